// `exconn reset [--workspace <dir>]`: starts the simulated organization over (resetOrganization.ts
// says what goes and what stays). No confirmation: it is meant for scripts and CI, and what it removes
// is what the scripts of the workspace make again.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { resetWithReport } from '../core/simulator';
import { RESET_SCOPE } from '../protocol/extensionProtocol';
import { parseArguments } from './arguments';
import { exitCodes, UsageError, type CliIo } from './io';

export const resetHelp = `Usage: exconn reset [--workspace <dir>]

Resets the workspace's simulated organization, so that the next exconn run starts from exconn.json
alone, as on a fresh server.
${wrap(`It removes ${RESET_SCOPE}.`)}

Exit code 0 when reset, 1 when the workspace could not be reset (the lock is held by a running
transport service, a file cannot be removed), 2 on a usage error.

Options:
  --workspace <dir>   the workspace folder (default: the current folder)
`;

export async function resetCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { values: ['workspace'], booleans: [] }, 'reset');
  if (parsed.operands.length > 0) throw new UsageError(`reset takes no file names (got '${parsed.operands[0]}'); name the workspace with --workspace <dir>.`);
  const given = parsed.values.get('workspace') ?? '.';
  const workspace = path.resolve(given);
  if (!fs.existsSync(workspace) || !fs.statSync(workspace).isDirectory()) throw new UsageError(`No such workspace folder: '${given}'.`);
  const result = await resetWithReport(workspace);
  if (result.success) io.out(result.output);
  else io.err(`exconn reset: ${result.output}`);
  return result.success ? exitCodes.ok : exitCodes.inputErrors;
}

/** Help text lines of at most 100 characters. */
function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > 100) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].join('\n');
}
