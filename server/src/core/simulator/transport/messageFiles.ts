// Finding and claiming message files in the Pickup and Replay directories. Only .eml files are
// messages; a .tmp file no claim record knows of was claimed by a run that died before planning it
// (or left by Exchange itself) and is processed again, as Exchange does at start-up. A file is
// claimed by renaming <name>.eml to <name>.tmp, or to <name><datetime>.tmp when that name is taken
// (the Exchange 2013 topic's rule); the rename is flushed to disk before the claim record is written.

import * as path from 'node:path';
import { fileExists, fsyncFolder, listFolder, renameDurably, renameInWorkspace } from '../storage';
import { workspaceRelative } from '../workspacePaths';
import type { ClaimedFile } from './claims';
import { compactTimestamp } from './rfc5322Date';
import type { TransportContext, TransportDirectory } from './transportContext';

/** The files to process in a directory, in name order: .eml files, and .tmp files no claim holds. */
export async function pendingMessageFiles(folder: string, claimedTmpNames: ReadonlySet<string>): Promise<string[]> {
  const names = await listFolder(folder);
  return names
    .filter((name) => /\.eml$/i.test(name) || (/\.tmp$/i.test(name) && !claimedTmpNames.has(name)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Claims a file; undefined when it disappeared before it could be renamed. */
export async function claimMessageFile(context: TransportContext, directory: TransportDirectory, name: string): Promise<ClaimedFile | undefined> {
  const folder = workspaceRelative(context.paths, directory.path);
  const base = name.replace(/\.(eml|tmp)$/i, '');
  if (/\.tmp$/i.test(name)) return { directory: directory.role, folder, emlName: `${base}.eml`, tmpName: name };
  const tmpName = await freeTmpName(directory.path, base, context.clock.now());
  try {
    await renameDurably(context.root, path.join(directory.path, name), path.join(directory.path, tmpName));
  } catch (error) {
    if (!(await fileExists(path.join(directory.path, name)))) return undefined;
    throw error;
  }
  return { directory: directory.role, folder, emlName: name, tmpName };
}

/**
 * Claims several files of one directory: each is renamed as claimMessageFile renames it, and the
 * directory is flushed once at the end, before any of them is planned (a claim record must never
 * reach the disk before its rename). Files that disappeared meanwhile are left out.
 */
export async function claimMessageFiles(context: TransportContext, directory: TransportDirectory, names: readonly string[]): Promise<ClaimedFile[]> {
  const folder = workspaceRelative(context.paths, directory.path);
  const claimed: ClaimedFile[] = [];
  for (const name of names) {
    const base = name.replace(/\.(eml|tmp)$/i, '');
    if (/\.tmp$/i.test(name)) {
      claimed.push({ directory: directory.role, folder, emlName: `${base}.eml`, tmpName: name });
      continue;
    }
    const tmpName = await freeTmpName(directory.path, base, context.clock.now());
    if (await renameUnflushed(context.root, path.join(directory.path, name), path.join(directory.path, tmpName))) {
      claimed.push({ directory: directory.role, folder, emlName: name, tmpName });
    }
  }
  await fsyncFolder(directory.path);
  return claimed;
}

/** Renames within the workspace without flushing; false when `from` is gone (taken by someone else). */
async function renameUnflushed(root: string, from: string, to: string): Promise<boolean> {
  try {
    await renameInWorkspace(root, from, to);
    return true;
  } catch (error) {
    if (!(await fileExists(from))) return false;
    throw error;
  }
}

async function freeTmpName(folder: string, base: string, now: Date): Promise<string> {
  if (!(await fileExists(path.join(folder, `${base}.tmp`)))) return `${base}.tmp`;
  const stamped = `${base}${compactTimestamp(now)}`;
  for (let attempt = 1; ; attempt++) {
    const name = attempt === 1 ? `${stamped}.tmp` : `${stamped}-${attempt}.tmp`;
    if (!(await fileExists(path.join(folder, name)))) return name;
  }
}
