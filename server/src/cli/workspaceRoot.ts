// The workspace a script belongs to: the folder of the nearest exconn.json above it, or the
// script's own folder. `check` groups scripts by it and loads each group's workspace facts from it.
// And the workspace a command's --workspace names, checked the same way for every command.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './io';

export function workspaceRootOf(file: string): string {
  const start = path.dirname(path.resolve(file));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'exconn.json'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** The folder --workspace gives (`given`), else `fallback`, resolved; a usage error when it is not a folder. */
export function workspaceFolderOption(given: string | undefined, fallback: string): string {
  const workspace = path.resolve(given ?? fallback);
  if (!isFolder(workspace)) throw new UsageError(`No such workspace folder: '${given ?? workspace}'.`);
  return workspace;
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
