// Durable file operations for the simulator. Every operation acts inside a folder held open by
// heldFolder.ts, reached from the workspace root without following a link that leaves it, so no
// swap of a folder for a link can send it outside (the path guard before it only words the refusal
// for the common case). Every write that must survive a crash is atomic: the data goes to a
// temporary file in the same folder, is flushed to disk, then renamed over the target, and the
// folder itself is flushed so the rename is on disk too. A reader therefore sees the old file or the new one, never half of either.

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PathRefusedError, SimulatorError, StateFileError } from '../errors';
import { holdFile, holdFolder, isFolderUnreachable, namedForUser, withHeldFile, withHeldFolder, type HeldFolder } from './heldFolder';
import { assertInsideWorkspace, assertReadInsideWorkspace } from './pathGuard';

/** Suffix of the temporary files atomic writes use; such files are never message files. */
export const TEMPORARY_SUFFIX = '.exconn-tmp';

/** Writes `data` to `file` atomically (temp file, fsync, rename, fsync of the folder). */
export async function writeFileAtomic(workspaceRoot: string, file: string, data: string | Uint8Array): Promise<void> {
  assertInsideWorkspace(workspaceRoot, file, `write ${file}`);
  await withHeldFolder(workspaceRoot, path.dirname(file), { create: true, what: `write ${file}` }, async (folder) => {
    await replaceWithTemporary(folder, path.basename(file), data);
    await fsyncHeld(folder);
  });
}

export async function writeJsonAtomic(workspaceRoot: string, file: string, value: unknown): Promise<void> {
  await writeFileAtomic(workspaceRoot, file, `${JSON.stringify(value, null, 2)}\n`);
}

export interface FileToWrite {
  file: string;
  data: string | Uint8Array;
}

/**
 * Writes several files atomically, each as writeFileAtomic would, but with one flush per folder
 * instead of one per file and the file flushes running side by side, so the file system can commit
 * them together. When it returns every file is on disk whole; after a crash each one is there whole
 * or not at all, as with single writes.
 */
export async function writeFilesAtomic(workspaceRoot: string, files: readonly FileToWrite[]): Promise<void> {
  for (const { file } of files) assertInsideWorkspace(workspaceRoot, file, `write ${file}`);
  await withHeldFolders(workspaceRoot, files.map(({ file }) => file), { create: true, verb: 'write' }, async (folderOf) => {
    await inParallel(files, ({ file, data }) => replaceWithTemporary(folderOf(file), path.basename(file), data));
    for (const folder of new Set(files.map(({ file }) => folderOf(file)))) await fsyncHeld(folder);
  });
}

/**
 * Holds the folder of every file in `files` (each once, created when missing if `create`) while
 * `act` runs; `act` finds a file's held folder with the function it is given.
 */
async function withHeldFolders<T>(
  workspaceRoot: string, files: readonly string[], options: { create: boolean; verb: string }, act: (folderOf: (file: string) => HeldFolder) => Promise<T>,
): Promise<T> {
  const held = new Map<string, HeldFolder>();
  try {
    for (const folder of distinctFolders(files)) {
      held.set(folder, holdFolder(workspaceRoot, folder, { create: options.create, what: `${options.verb} files in ${folder}` }));
    }
    return await act((file) => held.get(path.dirname(file))!);
  } catch (error) {
    for (const folder of held.values()) namedForUser(error, folder);
    throw error;
  } finally {
    for (const folder of held.values()) folder.release();
  }
}

/** Writes `data` to a temporary file beside `name` in `folder`, then renames it over `name` (removing it if that fails). */
async function replaceWithTemporary(folder: HeldFolder, name: string, data: string | Uint8Array): Promise<void> {
  const temporary = await writeTemporary(folder, name, data);
  try {
    await fs.promises.rename(temporary, path.join(folder.path, name));
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}

/** A temporary copy of `data` beside `name`, flushed, named so a later run can clear it if we die. */
async function writeTemporary(folder: HeldFolder, name: string, data: string | Uint8Array): Promise<string> {
  const temporary = path.join(folder.path, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}${TEMPORARY_SUFFIX}`);
  // O_EXCL: a name that exists already, a link included, is never opened.
  const handle = await fs.promises.open(temporary, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temporary;
}

/** Deletes several files inside the workspace and makes the deletions durable, one flush per folder. */
export async function removeFilesDurably(workspaceRoot: string, files: readonly string[]): Promise<void> {
  for (const file of files) assertInsideWorkspace(workspaceRoot, file, `delete ${file}`);
  for (const folder of distinctFolders(files)) {
    const names = files.filter((file) => path.dirname(file) === folder).map((file) => path.basename(file));
    await withHeldFolder(workspaceRoot, folder, { what: `delete files in ${folder}` }, async (held) => {
      const removed = await inParallel(names, (name) => unlinkIfPresent(path.join(held.path, name)));
      if (removed.some(Boolean)) await fsyncHeld(held);
    });
  }
}

function distinctFolders(files: readonly string[]): string[] {
  return [...new Set(files.map((file) => path.dirname(file)))];
}

/** How many file operations run at once: enough to keep libuv's threads busy, few enough for any fd limit. */
const PARALLEL_FILE_OPERATIONS = 16;

/**
 * Runs `task` over `items` with a bounded number in flight; results in the order of `items`. When a
 * task fails, the others still finish (no operation is left running behind the caller's back), then
 * the first error is thrown.
 */
export async function inParallel<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  const errors: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FILE_OPERATIONS, items.length) }, worker));
  if (errors.length > 0) throw errors[0];
  return results;
}

/**
 * A workspace file's bytes, refused (PathRefusedError) when it is, or goes through, a link that
 * leaves the workspace. Every read of a workspace file goes through here or readTextInWorkspace.
 */
export async function readInWorkspace(workspaceRoot: string, file: string): Promise<Buffer> {
  assertReadInsideWorkspace(workspaceRoot, file);
  return withHeldFile(workspaceRoot, file, { what: `read ${file}`, followFinal: true }, async (name) => {
    const handle = await fs.promises.open(name, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  });
}

/** readInWorkspace as UTF-8 text. */
export async function readTextInWorkspace(workspaceRoot: string, file: string): Promise<string> {
  return (await readInWorkspace(workspaceRoot, file)).toString('utf8');
}

/** The synchronous twin of readTextInWorkspace, for callers that cannot wait. */
export function readTextInWorkspaceSync(workspaceRoot: string, file: string): string {
  assertReadInsideWorkspace(workspaceRoot, file);
  const { held, name } = holdFile(workspaceRoot, file, { what: `read ${file}`, followFinal: true });
  try {
    const fd = fs.openSync(name, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    try {
      return fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw namedForUser(error, held);
  } finally {
    held.release();
  }
}

/** The parsed JSON of a workspace file, or undefined when it does not exist. Damaged JSON is a StateFileError. */
export async function readJsonFile(workspaceRoot: string, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readTextInWorkspace(workspaceRoot, file);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new StateFileError(file, `the file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** Appends `text` and flushes it to disk (the tracking and event logs, files AssembleMessage writes). */
export async function appendDurably(workspaceRoot: string, file: string, text: string | Uint8Array): Promise<void> {
  assertInsideWorkspace(workspaceRoot, file, `append to ${file}`);
  await withHeldFolder(workspaceRoot, path.dirname(file), { create: true, what: `append to ${file}` }, async (folder) => {
    const flags = fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
    const handle = await fs.promises.open(path.join(folder.path, path.basename(file)), flags);
    try {
      if (!(await handle.stat()).isFile()) throw new NotRegularFileError(file);
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/** A file open for appending, written with one write() per append and no flush (see openAppendOnly). */
export interface AppendOnlyFile {
  /** Bytes in the file so far. */
  readonly size: number;
  /** Appends `text` whole before it returns. */
  append(text: string): void;
  close(): void;
}

/**
 * Creates `file` (it must not exist yet) inside the workspace and keeps it open for appending: for
 * a journal that takes many small appends, where opening the file each time would cost more than
 * the write. Each append returns once the operating system has the bytes (they outlive this
 * process); nothing is flushed to the disk, so the caller decides when that must happen.
 */
export async function openAppendOnly(workspaceRoot: string, file: string): Promise<AppendOnlyFile> {
  assertInsideWorkspace(workspaceRoot, file, `write ${file}`);
  return withHeldFolder(workspaceRoot, path.dirname(file), { create: true, what: `write ${file}` }, async (folder) => {
    // O_EXCL: a name that exists already, a link included, is never opened.
    const flags = fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;
    const fd = fs.openSync(path.join(folder.path, path.basename(file)), flags);
    return appendOnlyFile(fd);
  });
}

function appendOnlyFile(fd: number): AppendOnlyFile {
  let size = 0;
  return {
    get size() {
      return size;
    },
    append(text) {
      const bytes = Buffer.from(text);
      // A write to a regular file may take fewer bytes than asked (a signal, a full disk): go on from there.
      for (let written = 0; written < bytes.length;) written += fs.writeSync(fd, bytes, written);
      size += bytes.length;
    },
    close() {
      fs.closeSync(fd);
    },
  };
}

/** Creates a folder (and its parents) inside the workspace. */
export async function ensureFolder(workspaceRoot: string, folder: string): Promise<void> {
  assertInsideWorkspace(workspaceRoot, folder, `create the folder ${folder}`);
  holdFolder(workspaceRoot, folder, { create: true, what: `create the folder ${folder}` }).release();
}

/** Renames within the workspace and makes the rename durable. Throws when `from` does not exist. */
export async function renameDurably(workspaceRoot: string, from: string, to: string): Promise<void> {
  await renameHeld(workspaceRoot, from, to, async (fromFolder, toFolder) => {
    await fsyncHeld(toFolder);
    if (fromFolder !== toFolder) await fsyncHeld(fromFolder);
  });
}

/**
 * Renames within the workspace without flushing: for batches, whose caller flushes each folder once
 * afterwards, before anything that depends on the renames is written.
 */
export async function renameInWorkspace(workspaceRoot: string, from: string, to: string): Promise<void> {
  await renameHeld(workspaceRoot, from, to, async () => undefined);
}

/** rename(2) between two held folders (one when they are the same), then `after` while both are held. */
async function renameHeld(
  workspaceRoot: string, from: string, to: string, after: (fromFolder: HeldFolder, toFolder: HeldFolder) => Promise<void>,
): Promise<void> {
  assertInsideWorkspace(workspaceRoot, from, `rename ${from}`);
  assertInsideWorkspace(workspaceRoot, to, `rename ${from} to ${to}`);
  await withHeldFolders(workspaceRoot, [from, to], { create: false, verb: 'rename' }, async (folderOf) => {
    await fs.promises.rename(path.join(folderOf(from).path, path.basename(from)), path.join(folderOf(to).path, path.basename(to)));
    await after(folderOf(from), folderOf(to));
  });
}

/**
 * Renames an entry of a folder inside the workspace by name, whatever it is (a link, a FIFO, a
 * folder): rename(2) acts on the entry itself and follows no final link, so only the folder is
 * checked. `from` may be the raw bytes of a name that is not valid UTF-8. Flushed.
 */
export async function renameEntryDurably(workspaceRoot: string, folder: string, from: string | Buffer, to: string): Promise<void> {
  assertInsideWorkspace(workspaceRoot, folder, `rename an entry of ${folder}`);
  await withHeldFolder(workspaceRoot, folder, { what: `rename an entry of ${folder}` }, async (held) => {
    const source = typeof from === 'string' ? path.join(held.path, from) : Buffer.concat([Buffer.from(`${held.path}${path.sep}`), from]);
    await fs.promises.rename(source, path.join(held.path, to));
    await fsyncHeld(held);
  });
}

/**
 * Reads a file that must be a regular file: a symbolic link is not followed and a FIFO or device
 * is not waited on (O_NOFOLLOW, O_NONBLOCK); the open handle is checked before anything is read,
 * so the file read is the file checked. For claimed messages, whose absence means "delivered": a
 * folder that cannot be reached is a FolderUnreachableError, never "not found".
 */
export async function readRegularFile(workspaceRoot: string, file: string): Promise<Buffer> {
  assertReadInsideWorkspace(workspaceRoot, file);
  try {
    return await withHeldFile(workspaceRoot, file, { what: `read ${file}` }, async (name) => {
      const handle = await fs.promises.open(name, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
      try {
        if (!(await handle.stat()).isFile()) throw new NotRegularFileError(file);
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    });
  } catch (error) {
    if (isFolderUnreachable(error) && !(error instanceof PathRefusedError)) throw new FolderUnreachableError(path.dirname(file), error);
    throw error;
  }
}

/** The folder of a file could not be reached: not the same as the file being gone. */
export class FolderUnreachableError extends SimulatorError {
  constructor(readonly folder: string, cause: unknown) {
    super(`The folder ${folder} cannot be reached just now (${cause instanceof Error ? cause.message : String(cause)}); it may have been renamed or replaced while the simulator was working.`,
      'Nothing was lost: the message stays claimed and the next pass takes it up again.');
  }
}

export class NotRegularFileError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a regular file (a folder, a named pipe or a device); message files must be plain files.`);
  }
}

/**
 * Deletes a file inside the workspace durably; a file that is already gone is fine, but a folder
 * that cannot be reached is an error: its name may be away for a moment (another process swapping
 * it), and a caller told "deleted" would forget a file that is still there.
 */
export async function removeDurably(workspaceRoot: string, file: string): Promise<void> {
  assertInsideWorkspace(workspaceRoot, file, `delete ${file}`);
  await withHeldFolder(workspaceRoot, path.dirname(file), { what: `delete ${file}` }, async (folder) => {
    if (await unlinkIfPresent(path.join(folder.path, path.basename(file)))) await fsyncHeld(folder);
  });
}

/**
 * Deletes a file without waiting for the deletion to reach the disk: for files whose reappearance
 * after a power failure is harmless (a finished claim record is finished again; a spool file is
 * garbage collected). True when the file existed.
 */
export async function removeFile(workspaceRoot: string, file: string): Promise<boolean> {
  assertInsideWorkspace(workspaceRoot, file, `delete ${file}`);
  return withHeldFolder(workspaceRoot, path.dirname(file), { what: `delete ${file}` }, (folder) =>
    unlinkIfPresent(path.join(folder.path, path.basename(file))));
}

/** unlink(2), which removes a link itself, never what it points to. True when the name existed. */
async function unlinkIfPresent(name: string): Promise<boolean> {
  try {
    await fs.promises.unlink(name);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.promises.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Names in a folder; an absent folder has none (nor has one whose name is too long to exist). With
 * the workspace root, the folder is listed held (heldFolder.ts), so a folder swapped for a link to
 * outside is refused rather than listed: for the folders whose names become output (Pickup, Replay).
 */
export async function listFolder(folder: string, workspaceRoot?: string): Promise<string[]> {
  try {
    if (workspaceRoot !== undefined) return await withHeldFolder(workspaceRoot, folder, { what: `list ${folder}` }, (held) => fs.promises.readdir(held.path));
    return await fs.promises.readdir(folder);
  } catch (error) {
    if (isNotFound(error) || isNotFolder(error) || hasCode(error, 'ENAMETOOLONG')) return [];
    throw error;
  }
}

/** fsyncFolder for a held folder: its open handle when there is one. */
async function fsyncHeld(folder: HeldFolder): Promise<void> {
  if (folder.fd === undefined) return fsyncFolder(folder.path);
  await new Promise<void>((resolve) => fs.fsync(folder.fd!, () => resolve()));
}

/**
 * Removes a file or a folder with everything in it, inside the workspace; how many files went. Each
 * folder is emptied through its held handle, so a folder swapped for a link never has an outside
 * folder emptied: a link is removed as a link, never followed.
 */
export async function removeTree(workspaceRoot: string, target: string): Promise<number> {
  assertInsideWorkspace(workspaceRoot, target, `delete ${target}`);
  return withHeldFolder(workspaceRoot, path.dirname(target), { what: `delete ${target}` }, async (parent) => {
    const name = path.join(parent.path, path.basename(target));
    const stat = await fs.promises.lstat(name).catch((error: unknown) => (isNotFound(error) ? undefined : Promise.reject(error)));
    if (!stat) return 0;
    if (!stat.isDirectory()) {
      await fs.promises.unlink(name);
      return 1;
    }
    let files = 0;
    for (const entry of await listFolder(target, workspaceRoot)) files += await removeTree(workspaceRoot, path.join(target, entry));
    await fs.promises.rmdir(name);
    await fsyncHeld(parent);
    return files;
  });
}

/** Every entry of a folder inside the workspace, held, with its type and its name as raw bytes (names need not be UTF-8). */
export async function readFolderEntries(workspaceRoot: string, folder: string): Promise<fs.Dirent<Buffer>[]> {
  return withHeldFolder(workspaceRoot, folder, { what: `list ${folder}` }, (held) => fs.promises.readdir(held.path, { withFileTypes: true, encoding: 'buffer' }));
}

/** Flushes a folder's entries (new, renamed, deleted names) to disk. Some platforms cannot; that is harmless. */
export async function fsyncFolder(folder: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open folders for flushing; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

export function isNotFound(error: unknown): boolean {
  return hasCode(error, 'ENOENT');
}

function isNotFolder(error: unknown): boolean {
  return hasCode(error, 'ENOTDIR');
}

export function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === code;
}
