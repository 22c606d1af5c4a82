// The application event log of the simulated server (`.exconn/events.log`): the Windows events
// Exchange raises for the transport's problems, such as MSExchangeTransport 9010 when a file in the
// Pickup or Replay directory becomes badmail (once per file) and 8005 when a Drop directory is over
// its quota.

import { appendDurably } from '../workspace/storage';

export async function writeEventLog(workspaceRoot: string, file: string, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return;
  await appendDurably(workspaceRoot, file, lines.map((line) => `${line}\n`).join(''));
}
