// What a failed file operation means, in one sentence a user can act on. Node's errors read
// "ENAMETOOLONG: name too long, mkdir '/w/...'"; every place that reports a file fault to the user
// (the transport summary, a script's error, the CLI's last word) words it here instead, naming the
// file, what happened and what to do. Other errors (the simulator's own say all that already) pass
// as they are.

interface FaultWording {
  happened: string;
  fix: string;
}

const WORDING: Readonly<Record<string, FaultWording>> = {
  ENOSPC: { happened: 'the disk is full', fix: 'Free some space and run again; nothing was lost, the message waits where it was.' },
  EDQUOT: { happened: 'the disk quota is used up', fix: 'Free some space and run again; nothing was lost.' },
  ENAMETOOLONG: { happened: 'the name is longer than the file system allows (255 bytes per name)', fix: 'Use a shorter folder or file name.' },
  EISDIR: { happened: 'a folder has that name, where a file was expected', fix: 'Rename or remove the folder.' },
  ENOTDIR: { happened: 'part of the path is a file, where a folder was expected', fix: 'Rename or remove that file, or point the setting at a folder.' },
  ENOENT: { happened: 'it does not exist (it, or a folder on its path, was removed or renamed)', fix: 'Create it, or correct the path.' },
  EACCES: { happened: 'permission is denied', fix: 'Give the user running the simulator access to it.' },
  EPERM: { happened: 'the operation is not permitted', fix: 'Give the user running the simulator access to it, or remove what protects it.' },
  EROFS: { happened: 'the file system is read-only', fix: 'Open the workspace on a writable disk.' },
  EEXIST: { happened: 'something with that name exists already', fix: 'Rename or remove it.' },
  ENOTEMPTY: { happened: 'the folder is not empty', fix: 'Empty it, or leave it in place.' },
  EBUSY: { happened: 'it is in use by another program', fix: 'Close that program and run again.' },
  EMFILE: { happened: 'too many files are open at once', fix: 'Raise the limit of open files (ulimit -n) or process fewer messages per pass.' },
  ENFILE: { happened: 'the system has too many files open', fix: 'Close other programs and run again.' },
  ELOOP: { happened: 'it goes through too many symbolic links, or is a link where a plain file was expected', fix: 'Replace the link with the file or folder itself.' },
  EIO: { happened: 'the disk reported an input/output error', fix: 'Check the disk; the file may be damaged.' },
  EXDEV: { happened: 'it is on another disk than its destination', fix: 'Keep the simulator\'s folders on one disk.' },
};

/** The code and path of a Node file-system error, when it is one. */
export function systemError(error: unknown): { code: string; path?: string; syscall?: string } | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code, path, syscall } = error as { code: unknown; path?: unknown; syscall?: unknown };
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  return { code, ...(typeof path === 'string' ? { path } : {}), ...(typeof syscall === 'string' ? { syscall } : {}) };
}

const VERBS: Readonly<Record<string, string>> = {
  open: 'open', read: 'read', write: 'write', mkdir: 'create the folder', rename: 'rename', unlink: 'delete', rmdir: 'remove the folder',
  scandir: 'list the folder', stat: 'look at', lstat: 'look at', fsync: 'flush', readlink: 'read the link', copyfile: 'copy',
};

/**
 * One sentence for any error met while reading or writing files: for a system error, which file,
 * what happened (in words, with the code for searching) and what to do; otherwise the error's own
 * message, which the simulator's errors word that way already.
 */
export function describeFileFault(error: unknown, file?: string): string {
  const system = systemError(error);
  if (!system) return error instanceof Error ? error.message : String(error);
  const target = file ?? system.path;
  const verb = (system.syscall && VERBS[system.syscall]) ?? 'use';
  const subject = target ? `Could not ${verb} ${target}` : 'A file operation failed';
  return `${subject}: ${whatHappened(error)}`;
}

/**
 * For a system error, what happened and what to do, without naming the file (for a caller that
 * names it itself): "the disk is full (ENOSPC). Free some space and run again; ...". Undefined
 * for any other error.
 */
export function whatHappened(error: unknown): string | undefined {
  const system = systemError(error);
  if (!system) return undefined;
  const wording = WORDING[system.code];
  if (!wording) return `the system said ${system.code} (${error instanceof Error ? error.message : String(error)}).`;
  return `${wording.happened} (${system.code}). ${wording.fix}`;
}
