// The names in large folders, kept between lookups while the folder stays as it was. Matching a
// Windows path's names without regard to case (workspacePaths.ts) lists the folder whenever a name
// does not exist as written, and a script that gives each of thousands of connectors its own Drop
// directory would list a folder of thousands of names for every one of them. A listing is reused
// only while the folder's stat (modification and change times, link count, inode) is what it was
// when it was listed; the link count changes with every folder made in it, even within one tick of
// the file system's clock. The simulator's own new folders are put into the listing as it makes
// them (noteFolderMade), when the link count shows that nothing else was made meanwhile. What this
// can miss: a plain file another process makes within the same tick of the clock as a listing
// (files leave the link count alone), until the folder changes again; a folder it never misses.

import * as fs from 'node:fs';
import * as path from 'node:path';

interface Listing {
  stamp: string;
  links: bigint;
  inode: bigint;
  /** Every name of the folder, by its lower-case form. */
  byLowerName: Map<string, string[]>;
}

/** Folders with fewer entries are listed every time: that is cheap, and keeps the memory small. */
const LARGE_FOLDER = 64;
const MAX_LISTINGS = 64;

const listings = new Map<string, Listing>();

/** The names in `folder` that are `name` without regard to case; none when the folder cannot be listed. */
export function namesLike(folder: string, name: string): string[] {
  const stat = statOf(folder);
  if (!stat) return [];
  const cached = listings.get(folder);
  if (cached && cached.stamp === stampOf(stat)) return cached.byLowerName.get(name.toLowerCase()) ?? [];
  const names = listNames(folder);
  if (names.length >= LARGE_FOLDER) remember(folder, stat, names);
  else listings.delete(folder);
  return names.filter((entry) => entry.toLowerCase() === name.toLowerCase());
}

/**
 * Tells the listings that the simulator made the folder `made` (its parent was listed before). The
 * listing takes the new name if the parent's link count went up by exactly that one folder;
 * otherwise something else changed the parent too, and it will be listed again.
 */
export function noteFolderMade(made: string): void {
  const parent = path.dirname(made);
  const cached = listings.get(parent);
  if (!cached) return;
  const stat = statOf(parent);
  if (stat && stampOf(stat) === cached.stamp) return;
  const name = path.basename(made);
  const known = (cached.byLowerName.get(name.toLowerCase()) ?? []).includes(name);
  if (!stat || known || stat.ino !== cached.inode || stat.nlink !== cached.links + 1n) {
    listings.delete(parent);
    return;
  }
  cached.byLowerName.set(name.toLowerCase(), [...(cached.byLowerName.get(name.toLowerCase()) ?? []), name]);
  cached.stamp = stampOf(stat);
  cached.links = stat.nlink;
}

function remember(folder: string, stat: fs.BigIntStats, names: readonly string[]): void {
  const byLowerName = new Map<string, string[]>();
  for (const name of names) {
    const key = name.toLowerCase();
    byLowerName.set(key, [...(byLowerName.get(key) ?? []), name]);
  }
  listings.delete(folder);
  if (listings.size >= MAX_LISTINGS) listings.delete(listings.keys().next().value!);
  listings.set(folder, { stamp: stampOf(stat), links: stat.nlink, inode: stat.ino, byLowerName });
}

function stampOf(stat: fs.BigIntStats): string {
  return `${stat.dev}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.nlink}`;
}

function statOf(folder: string): fs.BigIntStats | undefined {
  try {
    const stat = fs.statSync(folder, { bigint: true, throwIfNoEntry: false });
    return stat?.isDirectory() ? stat : undefined;
  } catch {
    return undefined;
  }
}

function listNames(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}
