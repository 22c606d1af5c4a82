// File URIs and paths. The server receives URIs from the editor and reads files by path; scripts
// outside a `file:` URI (untitled documents) have no path.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOf(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}

/** Script files by extension: the server also analyses closed scripts found on disk. */
export function isScriptPath(file: string): boolean {
  return /\.ps1$/i.test(file);
}
