// Containment by construction. Checking a path and then using it by name leaves a window: a folder
// swapped for a link between the two sends the write wherever the link points. So every file
// operation of the simulator acts on a folder it holds open instead of on a path name: the folder is
// reached by walking from the workspace root one name at a time, each step opened with O_NOFOLLOW
// relative to the folder held before it (through /proc/self/fd/N, which the kernel resolves to the
// open folder itself, not to whatever now has its name). A link met on the way is read and followed
// only when its target stays inside the workspace, by the same walk. Once held, the folder cannot be
// redirected: renaming or swapping its name moves nothing the simulator writes.
//
// Where /proc/self/fd does not exist (Windows, macOS), the walk still checks every step, but the
// operation that follows goes by the path name again, so the window is narrowed, not closed; the
// security model page says so.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { PathRefusedError } from '../errors';
import { systemError } from './fileFault';
import { isWithin, realPathOf } from './pathGuard';

/** A folder inside the workspace, held open; `path` names it for as long as it is held. */
export interface HeldFolder {
  /** Use this as the folder of every file name (`path.join(held.path, name)`). */
  readonly path: string;
  /** The folder as the caller named it, for messages. */
  readonly folder: string;
  /** The open folder, for fsync; undefined where folders are not held. */
  readonly fd: number | undefined;
  release(): void;
}

const FOLDER_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_DIRECTORY ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
/** How often one step is tried again while its name keeps changing under it (another process at work). */
const MAX_ATTEMPTS = 100;
/** More links than this on one path is a loop (Linux's own limit is 40). */
const MAX_LINKS = 40;

export const holdsFolders: boolean = process.platform === 'linux' && fs.existsSync('/proc/self/fd');

export interface HoldOptions {
  /** Create missing folders on the way (mkdir -p), each inside the one held before it. */
  create?: boolean;
  /** What was about to happen, for the refusal: "write C:\Drop\x.eml". */
  what: string;
}

/**
 * Holds `folder`, which must lie inside `root`: every step from the root is a real folder or a link
 * whose target stays inside. Throws PathRefusedError naming the link and where it points otherwise.
 */
export function holdFolder(root: string, folder: string, options: HoldOptions): HeldFolder {
  const absoluteRoot = path.resolve(root);
  const absoluteFolder = path.resolve(folder);
  if (!isWithin(absoluteRoot, absoluteFolder)) {
    throw refusal(folder, options.what, `${absoluteFolder} is outside the workspace ${absoluteRoot}.`);
  }
  const walk = new FolderWalk(absoluteRoot, folder, options);
  try {
    walk.descend(components(path.relative(absoluteRoot, absoluteFolder)));
  } catch (error) {
    walk.releaseAll();
    throw error;
  }
  return walk.result();
}

/** Runs `act` with `folder` held, and releases it however `act` ends. */
export async function withHeldFolder<T>(root: string, folder: string, options: HoldOptions, act: (held: HeldFolder) => Promise<T>): Promise<T> {
  const held = holdFolder(root, folder, options);
  try {
    return await act(held);
  } catch (error) {
    throw namedForUser(error, held);
  } finally {
    held.release();
  }
}

/**
 * Holds the folder of `file` and returns it with the file's name inside it. With `followFinal`, a
 * file that is itself a link staying inside is replaced by the file it leads to. Whoever uses the
 * name must open it with O_NOFOLLOW (or use an operation that does not follow a final link: rename,
 * unlink, O_CREAT|O_EXCL), and release the folder.
 */
export function holdFile(root: string, file: string, options: HoldOptions & { followFinal?: boolean }): { held: HeldFolder; name: string } {
  let target = path.resolve(file);
  for (let links = 0; ; links++) {
    const held = holdFolder(root, path.dirname(target), options);
    const name = path.join(held.path, path.basename(target));
    const link = options.followFinal ? readLinkOrUndefined(name) : undefined;
    if (link === undefined) return { held, name };
    held.release();
    if (links >= MAX_LINKS) throw refusal(file, options.what, `${file} goes through more than ${MAX_LINKS} symbolic links (a loop?).`);
    target = path.resolve(path.dirname(target), link);
  }
}

/** Runs `act` on the held name of `file` (see holdFile), and releases its folder however `act` ends. */
export async function withHeldFile<T>(
  root: string, file: string, options: HoldOptions & { followFinal?: boolean }, act: (name: string, folder: HeldFolder) => Promise<T>,
): Promise<T> {
  const { held, name } = holdFile(root, file, options);
  try {
    return await act(name, held);
  } catch (error) {
    throw namedForUser(error, held);
  } finally {
    held.release();
  }
}

/** The walk from the root, one name at a time, holding each folder it passes until it is done. */
class FolderWalk {
  /** Open folders from the root down; the last is the one reached. */
  private readonly stack: number[] = [];
  /** The names walked so far (without holding, the path is rebuilt from them). */
  private readonly names: string[] = [];
  private links = 0;
  private readonly realRoot: string;

  constructor(private readonly root: string, private readonly folder: string, private readonly options: HoldOptions) {
    this.realRoot = realPathOf(root);
    if (holdsFolders) this.stack.push(fs.openSync(root, fs.constants.O_RDONLY | (fs.constants.O_DIRECTORY ?? 0)));
  }

  /** Where the walk stands, as a name the kernel resolves to the held folder. */
  private here(): string {
    return holdsFolders ? `/proc/self/fd/${this.stack[this.stack.length - 1]}` : path.join(this.root, ...this.names);
  }

  descend(queue: string[]): void {
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (name === '.') continue;
      if (name === '..') {
        this.up();
        continue;
      }
      const link = this.step(name);
      if (link !== undefined) queue.unshift(...this.redirect(name, link));
    }
  }

  private up(): void {
    if (this.names.length === 0) {
      throw refusal(this.folder, this.options.what, `${this.folder} goes above the workspace ${this.root} through a symbolic link.`);
    }
    this.names.pop();
    if (holdsFolders) fs.closeSync(this.stack.pop()!);
  }

  /** Enters `name`; when it is a symbolic link, returns its target instead. */
  private step(name: string): string | undefined {
    try {
      return this.tryStep(name);
    } catch (error) {
      throw markUnreachable(namedForUser(error, { path: path.join(this.here(), name), folder: path.join(this.root, ...this.names, name) }));
    }
  }

  private tryStep(name: string): string | undefined {
    const entry = path.join(this.here(), name);
    for (let attempt = 0; ; attempt++) {
      // Held, the open itself refuses a link (O_NOFOLLOW), so the link is read only when it fails;
      // by name, the link must be read first, since stat would follow it.
      if (!holdsFolders) {
        const link = readLinkOrUndefined(entry);
        if (link !== undefined) return link;
      }
      try {
        this.enter(entry, name);
        return undefined;
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS) throw error;
        const code = systemError(error)?.code;
        if (code === 'ENOENT' && this.options.create) {
          mkdirTolerant(entry);
          continue;
        }
        // ELOOP, or ENOTDIR with O_DIRECTORY: a link (follow it if it stays inside), a plain file
        // (no folder, however often), or a name that changed between two looks (look again).
        if (code === 'ELOOP' || code === 'ENOTDIR') {
          const link = readLinkOrUndefined(entry);
          if (link !== undefined) return link;
          if (fs.lstatSync(entry, { throwIfNoEntry: false })?.isFile()) throw error;
          continue;
        }
        throw error;
      }
    }
  }

  private enter(entry: string, name: string): void {
    if (holdsFolders) {
      this.stack.push(fs.openSync(entry, FOLDER_FLAGS));
    } else if (!fs.statSync(entry).isDirectory()) {
      throw Object.assign(new Error(`ENOTDIR: not a directory, ${entry}`), { code: 'ENOTDIR' });
    }
    this.names.push(name);
  }

  /** The names to walk instead of a link: its target, from the root when it is absolute. */
  private redirect(name: string, link: string): string[] {
    if (++this.links > MAX_LINKS) {
      throw refusal(this.folder, this.options.what, `${this.folder} goes through more than ${MAX_LINKS} symbolic links (a loop?).`);
    }
    if (!path.isAbsolute(link)) return components(link);
    const base = [this.root, this.realRoot].find((candidate) => isWithin(candidate, link));
    if (base === undefined) {
      const at = path.join(this.root, ...this.names, name);
      throw refusal(this.folder, this.options.what, `${at} is a symbolic link to ${link}, which is outside the workspace ${this.root}.`);
    }
    while (this.names.length > 0) this.up();
    return components(path.relative(base, link));
  }

  result(): HeldFolder {
    const fd = holdsFolders ? this.stack.pop()! : undefined;
    this.releaseAll();
    const folder = path.join(this.root, ...this.names);
    let released = false;
    return {
      path: fd === undefined ? folder : `/proc/self/fd/${fd}`,
      folder,
      fd,
      release: () => {
        if (released || fd === undefined) return;
        released = true;
        fs.closeSync(fd);
      },
    };
  }

  releaseAll(): void {
    while (this.stack.length > 0) fs.closeSync(this.stack.pop()!);
  }
}

const UNREACHABLE = Symbol('folder unreachable');

function markUnreachable(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) (error as { [UNREACHABLE]?: true })[UNREACHABLE] = true;
  return error;
}

/**
 * Whether `error` came from the walk to a folder (a folder on the way missing, or not a folder),
 * rather than from the file inside it. A caller that concludes from "not found" that a file is gone
 * asks this first: the folder's name may only be away for a moment.
 */
export function isFolderUnreachable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { [UNREACHABLE]?: true })[UNREACHABLE] === true;
}

/**
 * An error from an operation on a held name, reworded with the folder's own name: users must never
 * see /proc/self/fd/N. The error keeps its code, so callers still tell ENOENT from the rest.
 */
export function namedForUser(error: unknown, held: { path: string; folder: string }): unknown {
  if (!(error instanceof Error) || held.path === held.folder) return error;
  const rename = (text: string): string => text.split(held.path).join(held.folder);
  error.message = rename(error.message);
  const withPaths = error as Error & { path?: unknown; dest?: unknown };
  if (typeof withPaths.path === 'string') withPaths.path = rename(withPaths.path);
  if (typeof withPaths.dest === 'string') withPaths.dest = rename(withPaths.dest);
  return error;
}

function components(relative: string): string[] {
  return relative.split(/[\\/]+/).filter((part) => part !== '');
}

function readLinkOrUndefined(entry: string): string | undefined {
  try {
    return fs.readlinkSync(entry);
  } catch {
    // EINVAL (not a link) or ENOENT (nothing there yet): not a link to follow.
    return undefined;
  }
}

function mkdirTolerant(entry: string): void {
  try {
    fs.mkdirSync(entry);
  } catch (error) {
    if (systemError(error)?.code !== 'EEXIST') throw error;
  }
}


function refusal(target: string, what: string, problem: string): PathRefusedError {
  return new PathRefusedError(target, `Refused to ${what}: ${problem}`,
    'The simulator reads and writes only inside the workspace; point the setting at a folder in the workspace, or remove the symbolic link.');
}
