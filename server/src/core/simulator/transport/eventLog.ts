// The application event log of the simulated server (`.exconn/events.log`): the Windows events
// Exchange raises for the transport's problems, such as MSExchangeTransport 9010 when a file in the
// Pickup or Replay directory becomes badmail (once per file) and 8005 when a Drop directory is over
// its quota.
//
// Bounded like Exchange's own logs: when the file would pass EVENT_LOG_MAX_FILE it is renamed
// `events.<n>.log` (n counting up) and a new one is begun; of the renamed files only the newest
// EVENT_LOG_MAX_FILES are kept, so the folder never holds much more than
// (EVENT_LOG_MAX_FILES + 1) x EVENT_LOG_MAX_FILE of events.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { appendDurably, listFolder, removeDurably, renameDurably } from '../workspace/storage';

export const EVENT_LOG_MAX_FILE = 10 * 1024 * 1024;
export const EVENT_LOG_MAX_FILES = 9;

export async function writeEventLog(workspaceRoot: string, file: string, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return;
  const text = lines.map((line) => `${line}\n`).join('');
  const size = (await fs.promises.lstat(file).catch(() => undefined))?.size ?? 0;
  if (size > 0 && size + Buffer.byteLength(text) > EVENT_LOG_MAX_FILE) await rotate(workspaceRoot, file);
  await appendDurably(workspaceRoot, file, text);
}

async function rotate(workspaceRoot: string, file: string): Promise<void> {
  const folder = path.dirname(file);
  const stem = path.basename(file, '.log');
  const pattern = new RegExp(`^${stem}\\.(\\d+)\\.log$`);
  const numbers = (await listFolder(folder)).map((name) => Number(pattern.exec(name)?.[1])).filter(Number.isInteger).sort((a, b) => a - b);
  const next = (numbers.at(-1) ?? 0) + 1;
  await renameDurably(workspaceRoot, file, path.join(folder, `${stem}.${next}.log`));
  for (const old of numbers.slice(0, Math.max(0, numbers.length + 1 - EVENT_LOG_MAX_FILES))) {
    await removeDurably(workspaceRoot, path.join(folder, `${stem}.${old}.log`));
  }
}
