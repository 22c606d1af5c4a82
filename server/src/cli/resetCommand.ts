// `exconn reset [--workspace <dir>] [--yes]`: starts the simulated organization over
// (resetOrganization.ts says what goes and what stays). At a terminal it asks first, unless --yes;
// in scripts and CI (input or output not a terminal) it goes ahead, as docs/interfaces.md fixes.

import { resetWithReport } from '../core/simulator';
import { RESET_SCOPE } from '../protocol/extensionProtocol';
import { parseArguments } from './arguments';
import { exitCodes, UsageError, type CliIo } from './io';
import { workspaceFolderOption } from './workspaceRoot';

export const resetHelp = `Usage: exconn reset [--workspace <dir>] [--yes]

Resets the workspace's simulated organization, so that the next exconn run starts from exconn.json
alone, as on a fresh server.
${wrap(`It removes ${RESET_SCOPE}.`)}

At a terminal it asks first; --yes (or input or output that is not a terminal) goes ahead.

Exit code 0 when reset (or when the question was answered no: nothing removed), 1 when the workspace
could not be reset (the lock is held by a running transport service, a file cannot be removed), 2 on
a usage error.

Options:
  --workspace <dir>   the workspace folder (default: the current folder)
  --yes               do not ask
`;

export async function resetCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { values: ['workspace'], booleans: ['yes'] }, 'reset');
  if (parsed.operands.length > 0) throw new UsageError(`reset takes no file names (got '${parsed.operands[0]}'); name the workspace with --workspace <dir>.`);
  const workspace = workspaceFolderOption(parsed.values.get('workspace'), '.');
  if (!parsed.booleans.has('yes') && io.ask) {
    const answer = await io.ask(`Reset the simulated organization in ${workspace}? This removes ${RESET_SCOPE}. [y/N] `);
    if (!/^\s*y(es)?\s*$/i.test(answer)) {
      io.out('Nothing was reset.\n');
      return exitCodes.ok;
    }
  }
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
