// The scripts on disk: every *.ps1 of the workspace folders is analysed once at start and again
// when the editor reports that it changed (workspace/didChangeWatchedFiles). Open documents win: the
// editor's text replaces the file's while it is open. Reading yields between files so a large
// workspace does not hold up requests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, decodeText, normalizeUri, type WorkspaceIndex } from '../core/analysis';
import type { ScriptDocuments } from './scriptDocuments';
import { isScriptPath, pathOf, uriOf } from './uris';

/** Folders that never hold the workspace's own scripts. */
const SKIPPED = new Set(['node_modules', '.git', '.exconn', '.vscode-test', 'out', 'dist']);
/** Scripts larger than this are left to the editor (analysed only when opened). */
const MAX_INDEXED_BYTES = 4 * 1024 * 1024;

export class WorkspaceFiles {
  constructor(private readonly index: WorkspaceIndex, private readonly scripts: ScriptDocuments) {}

  /** Analyses every script of a folder; returns how many were indexed. */
  async indexFolder(folderUri: string): Promise<number> {
    const root = pathOf(folderUri);
    if (!root) return 0;
    let count = 0;
    for (const file of await listScripts(root)) {
      if (await this.indexFile(file)) count++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return count;
  }

  /** Re-reads a script after a change on disk, unless the editor has it open. */
  async indexFile(file: string): Promise<boolean> {
    const uri = uriOf(file);
    if (this.isOpen(uri)) return false;
    try {
      // lstat: a symbolic link is not followed, as the folder listing does not follow one, so a link
      // that leaves the workspace never brings an outside script into the index (its target, when
      // inside, is indexed under its own name).
      const stat = await fs.promises.lstat(file);
      if (!stat.isFile() || stat.size > MAX_INDEXED_BYTES) return false;
      this.index.update(analyzeDocument(uri, decodeText(await fs.promises.readFile(file))));
      return true;
    } catch {
      this.index.remove(uri);
      return false;
    }
  }

  deleted(uri: string): void {
    if (!this.isOpen(uri)) this.index.remove(uri);
  }

  /** A document that was closed falls back to the file on disk, or leaves the index when there is none. */
  async closed(uri: string): Promise<void> {
    const file = pathOf(uri);
    this.index.remove(uri);
    if (file && isScriptPath(file) && this.index.folderOf(uri) !== undefined) await this.indexFile(file);
  }

  private isOpen(uri: string): boolean {
    const key = normalizeUri(uri);
    return this.scripts.openScripts().some((document) => normalizeUri(document.uri) === key);
  }
}

async function listScripts(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) await walk(full);
      else if (entry.isFile() && isScriptPath(entry.name)) found.push(full);
    }
  };
  await walk(root);
  return found;
}
