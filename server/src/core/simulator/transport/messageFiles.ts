// Finding and claiming message files in the Pickup and Replay directories. Only .eml files are
// messages; a .tmp file no claim journal knows of was claimed by a run that died before planning it
// (or left by Exchange itself) and is processed again when the service starts, as Exchange does at
// start-up; a running service leaves such files alone (a gateway may still be writing one). A file is
// claimed by renaming <name>.eml to <name>.tmp, or to <name><datetime>.tmp when that name is taken
// (the Exchange 2013 topic's rule); the rename is flushed to disk before the claim journal is written.

import * as path from 'node:path';
import { fileExists, fsyncFolder, inParallel, listFolder, renameDurably, renameInWorkspace } from '../workspace/storage';
import { workspaceRelative } from '../workspace/workspacePaths';
import type { ClaimedFile } from './claims';
import { stampedNames } from './freeNames';
import type { TransportContext, TransportDirectory } from './transportContext';

/** The files to process in a directory, in name order: .eml files, and at start-up .tmp files no claim holds. */
export async function pendingMessageFiles(workspaceRoot: string, folder: string, claimedTmpNames: ReadonlySet<string>, startingUp = true): Promise<string[]> {
  const names = await listFolder(folder, workspaceRoot);
  return names
    .filter((name) => /\.eml$/i.test(name) || (startingUp && /\.tmp$/i.test(name) && !claimedTmpNames.has(name)))
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
 * directory is flushed once at the end, before any of them is planned (a journal must never reach
 * the disk before the renames of its files). Files that disappeared meanwhile are left out. A .tmp
 * name a claim of an earlier run still holds (`held`) is not given out again even when no such file
 * exists, so that claim can never take the new file for its own. The names are chosen first, in
 * order, then the renames run side by side.
 */
export async function claimMessageFiles(context: TransportContext, directory: TransportDirectory, names: readonly string[], held: ReadonlySet<string> = new Set()): Promise<ClaimedFile[]> {
  const folder = workspaceRelative(context.paths, directory.path);
  const now = context.clock.now();
  const base = (name: string) => name.replace(/\.(eml|tmp)$/i, '');
  const isTmp = (name: string) => /\.tmp$/i.test(name);
  // Names given out in this batch count as taken, as do the .tmp files it takes as they are.
  const taken = new Set([...held, ...names.filter(isTmp)]);
  const plainTaken = await inParallel(names, async (name) => !isTmp(name) && (await fileExists(path.join(directory.path, `${base(name)}.tmp`))));
  const claims: { name: string; file: ClaimedFile }[] = [];
  for (const [index, name] of names.entries()) {
    if (isTmp(name)) {
      claims.push({ name, file: { directory: directory.role, folder, emlName: `${base(name)}.eml`, tmpName: name } });
      continue;
    }
    const plain = `${base(name)}.tmp`;
    const tmpName = !plainTaken[index] && !taken.has(plain) ? plain : await freeTmpName(directory.path, base(name), now, taken);
    taken.add(tmpName);
    claims.push({ name, file: { directory: directory.role, folder, emlName: name, tmpName } });
  }
  const renamed = await inParallel(claims, async ({ name, file }) =>
    isTmp(name) || (await renameUnflushed(context.root, path.join(directory.path, name), path.join(directory.path, file.tmpName))));
  await fsyncFolder(directory.path);
  return claims.filter((_, index) => renamed[index]).map(({ file }) => file);
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

async function freeTmpName(folder: string, base: string, now: Date, held: ReadonlySet<string> = new Set()): Promise<string> {
  const free = async (name: string) => !held.has(name) && !(await fileExists(path.join(folder, name)));
  for (const name of stampedNames(base, '.tmp', now)) if (await free(name)) return name;
  throw new Error('stampedNames never ends');
}
