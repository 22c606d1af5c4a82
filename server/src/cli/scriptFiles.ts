// Finds the scripts `exconn check` reads: files as given, folders searched recursively for *.ps1
// (skipping dependency and state folders), in a stable order so output is deterministic.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './io';

const skippedFolders = new Set(['node_modules', '.git', '.exconn']);

export interface ScriptFile {
  /** The path as the user would recognise it: the operand, or the folder operand joined with the relative path. */
  display: string;
  absolute: string;
}

export function collectScripts(operands: readonly string[]): ScriptFile[] {
  const files: ScriptFile[] = [];
  for (const operand of operands) {
    const stat = statOrUndefined(operand);
    if (!stat) throw new UsageError(`No such file or folder: '${operand}'.`);
    if (stat.isDirectory()) files.push(...scriptsIn(operand));
    else files.push({ display: operand, absolute: path.resolve(operand) });
  }
  return files;
}

function scriptsIn(folder: string): ScriptFile[] {
  const found: ScriptFile[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory() && !skippedFolders.has(entry.name)) found.push(...scriptsIn(child));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.ps1')) found.push({ display: child, absolute: path.resolve(child) });
  }
  return found;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
