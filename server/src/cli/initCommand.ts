// `exconn init [--workspace <dir>]`: writes an exconn.json for the workspace from what its scripts
// and sample messages mention (core/simulator/initOrganization.ts), prints it, and changes nothing
// else. An existing exconn.json is never replaced.

import * as fs from 'node:fs';
import { analyzeDocument, decodeText, scriptMentions } from '../core/analysis';
import { initOrganization } from '../core/simulator';
import { parseArguments } from './arguments';
import { exitCodes, UsageError, type CliIo } from './io';
import { collectScripts } from './scriptFiles';
import { workspaceFolderOption } from './workspaceRoot';

export const initHelp = `Usage: exconn init [--workspace <dir>]

Writes exconn.json for the workspace from what it already says: the servers its scripts name (the
server whose Transport service they set is localServer), the senders' domains of the sample messages
in its Pickup and Replay folders as acceptedDomains, and a mailbox for each sender and each recipient
in those domains. Prints the file; changes nothing else. Refuses when the workspace has an
exconn.json already.

Exit code 0 when written, 1 when not (an exconn.json exists, a file cannot be read), 2 on a usage
error.

Options:
  --workspace <dir>   the workspace folder (default: the current folder)
`;

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { values: ['workspace'], booleans: [] }, 'init');
  if (parsed.operands.length > 0) throw new UsageError(`init takes no file names (got '${parsed.operands[0]}'); name the workspace with --workspace <dir>.`);
  const workspace = workspaceFolderOption(parsed.values.get('workspace'), '.');
  const documents = collectScripts([workspace]).map((script) => analyzeDocument(script.absolute, decodeText(fs.readFileSync(script.absolute))));
  const result = await initOrganization(workspace, scriptMentions(documents));
  if (result.success) io.out(result.output);
  else io.err(`exconn init: ${result.output}`);
  return result.success ? exitCodes.ok : exitCodes.inputErrors;
}
