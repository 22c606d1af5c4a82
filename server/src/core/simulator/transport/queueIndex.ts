// What the queue viewer adds to the queue folders: each queue's number (Exchange names a delivery
// queue `Server\<number>`, numbered in the order the queues appeared) and which queues
// Suspend-Queue stopped, kept in `.exconn/queues.json`. A queue without a number yet gets the next
// one the first time it is listed.

import { readJsonFile, writeJsonAtomic } from '../workspace/storage';
import type { SimulatorLayout } from '../workspace/simulatorLayout';
import { isRecord } from '../../values/plainObject';

export interface QueueIndex {
  /** Queue folder name to its number. */
  numbers: Record<string, number>;
  /** Folder names of the suspended queues. */
  suspended: string[];
}

export async function readQueueIndex(layout: SimulatorLayout): Promise<QueueIndex> {
  const raw = await readJsonFile(layout.root, layout.queueIndexFile);
  if (!isRecord(raw)) return { numbers: {}, suspended: [] };
  const numbers = isRecord(raw.numbers) ? Object.fromEntries(Object.entries(raw.numbers).filter((entry): entry is [string, number] => Number.isInteger(entry[1]))) : {};
  const suspended = Array.isArray(raw.suspended) ? raw.suspended.filter((name): name is string => typeof name === 'string') : [];
  return { numbers, suspended };
}

/**
 * The index with a number for every folder given, written back when a number was added (unless
 * `readOnly`: then the new numbers are the ones the next writer will give, and nothing is written).
 */
export async function numberedQueues(layout: SimulatorLayout, folders: readonly string[], readOnly = false): Promise<QueueIndex> {
  const index = await readQueueIndex(layout);
  let next = Math.max(0, ...Object.values(index.numbers)) + 1;
  let added = false;
  for (const folder of folders) {
    if (index.numbers[folder] !== undefined) continue;
    index.numbers[folder] = next++;
    added = true;
  }
  if (added && !readOnly) await writeQueueIndex(layout, index);
  return index;
}

export async function writeQueueIndex(layout: SimulatorLayout, index: QueueIndex): Promise<void> {
  await writeJsonAtomic(layout.root, layout.queueIndexFile, index);
}
