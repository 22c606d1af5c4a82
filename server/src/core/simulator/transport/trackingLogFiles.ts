// The files of the message tracking log: named MSGTRK<yyyymmdd>-<n>.LOG after the UTC day they were
// begun on (n counts up when a file reaches MessageTrackingLogMaxFileSize), each starting with the
// header Exchange writes: #Software, #Version, #Log-type, #Date and #Fields. Source: the Exchange 2013
// topic "Message tracking" (naming convention, header lines, version 15.0.0.0, CSV format).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { appendDurably, listFolder, readTextInWorkspace, removeDurably } from '../workspace/storage';
import { formatCsvLine, parseCsvLine } from './trackingCsv';
import { TRACKING_FIELDS, type TrackingRow } from './trackingFields';

const FILE_NAME = /^MSGTRK(\d{8})-(\d+)\.LOG$/i;

export function trackingLogHeader(createdAt: string): string {
  return [
    '#Software: Microsoft Exchange Server',
    '#Version: 15.0.0.0',
    '#Log-type: Message Tracking Log',
    `#Date: ${createdAt}`,
    `#Fields: ${TRACKING_FIELDS.join(',')}`,
  ].join('\r\n') + '\r\n';
}

/** The log files of a folder, oldest first (by day, then by number). */
export async function trackingLogFiles(folder: string): Promise<string[]> {
  const files = (await listFolder(folder))
    .map((name) => ({ name, match: FILE_NAME.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .sort((a, b) => a.match[1].localeCompare(b.match[1]) || Number(a.match[2]) - Number(b.match[2]));
  return files.map((entry) => path.join(folder, entry.name));
}

export interface TrackingLogTarget {
  workspaceRoot: string;
  folder: string;
  maxFileSize: number;
  /** MessageTrackingLogMaxDirectorySize: past it the oldest files are deleted. */
  maxDirectorySize?: number | 'Unlimited';
  /** MessageTrackingLogMaxAge in seconds (0 keeps every file), judged by the simulator's clock. */
  maxAge?: number;
  now?: () => Date;
}

/** Appends rows (all with the same day) to the current file of that day, starting a new file when full. */
export async function appendTrackingRows(target: TrackingLogTarget, rows: readonly TrackingRow[]): Promise<void> {
  if (rows.length === 0) return;
  const dateTime = rows[0]['date-time'];
  const day = dateTime.slice(0, 10).replace(/-/g, '');
  const file = await currentFile(target, day);
  const lines = rows.map((row) => `${formatCsvLine(TRACKING_FIELDS.map((field) => row[field]))}\r\n`).join('');
  const header = fs.existsSync(file) ? '' : trackingLogHeader(dateTime);
  await appendDurably(target.workspaceRoot, file, header + lines);
  await pruneTrackingLog(target, file);
}

/**
 * Exchange's circular logging: files older than MaxAge are deleted, then the oldest ones until the
 * folder is within MaxDirectorySize. The file being written is never deleted. A file's age is taken
 * from the day in its name (the end of that day), so runs on a fixed clock repeat.
 */
async function pruneTrackingLog(target: TrackingLogTarget, current: string): Promise<void> {
  const files = (await trackingLogFiles(target.folder)).filter((file) => file !== current);
  const now = (target.now ?? (() => new Date()))().getTime();
  const sizes = new Map<string, number>();
  for (const file of [...files, current]) sizes.set(file, (await fs.promises.lstat(file).catch(() => undefined))?.size ?? 0);
  let total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  for (const file of files) {
    const day = FILE_NAME.exec(path.basename(file))?.[1] ?? '';
    const endOfDay = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)) + 1);
    const tooOld = (target.maxAge ?? 0) > 0 && now - endOfDay > (target.maxAge ?? 0) * 1000;
    const tooMuch = typeof target.maxDirectorySize === 'number' && total > target.maxDirectorySize;
    if (!tooOld && !tooMuch) continue;
    await removeDurably(target.workspaceRoot, file);
    total -= sizes.get(file) ?? 0;
  }
}

async function currentFile(target: TrackingLogTarget, day: string): Promise<string> {
  const today = (await trackingLogFiles(target.folder)).filter((file) => FILE_NAME.exec(path.basename(file))?.[1] === day);
  const last = today.at(-1);
  if (last === undefined) return path.join(target.folder, `MSGTRK${day}-1.LOG`);
  const size = (await fs.promises.stat(last)).size;
  if (size < target.maxFileSize) return last;
  const number = Number(FILE_NAME.exec(path.basename(last))?.[2] ?? '0') + 1;
  return path.join(target.folder, `MSGTRK${day}-${number}.LOG`);
}

/** Every event row in a folder's log files, oldest first. Lines cut short by a crash are skipped. */
export async function readTrackingRows(workspaceRoot: string, folder: string): Promise<TrackingRow[]> {
  const rows: TrackingRow[] = [];
  for (const file of await trackingLogFiles(folder)) {
    const text = await readTextInWorkspace(workspaceRoot, file);
    let fields: readonly string[] = TRACKING_FIELDS;
    for (const line of text.split(/\r?\n/)) {
      if (line.startsWith('#Fields:')) fields = line.slice('#Fields:'.length).trim().split(',');
      if (line === '' || line.startsWith('#')) continue;
      const values = parseCsvLine(line);
      if (!values || values.length !== fields.length) continue;
      rows.push(rowFromValues(fields, values));
    }
  }
  return rows;
}

function rowFromValues(fields: readonly string[], values: readonly string[]): TrackingRow {
  const row = Object.fromEntries(TRACKING_FIELDS.map((field) => [field, ''])) as TrackingRow;
  fields.forEach((field, index) => {
    if ((TRACKING_FIELDS as readonly string[]).includes(field)) row[field as keyof TrackingRow] = values[index];
  });
  return row;
}
