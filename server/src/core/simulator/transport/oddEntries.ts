// Entries of a Pickup or Replay directory that the transport must not open as messages: a symbolic
// link, a folder, a FIFO or a device named `*.eml` (opening a FIFO would wait forever; following a
// link could read outside the workspace), and names that are not valid UTF-8 (which Node would
// otherwise hand over mangled, so the file could never be claimed). Each is dealt with by itself,
// once, before the directory's messages are taken, so one odd entry never holds up the others:
//   - a name that is not valid UTF-8 is renamed to one that is (each byte that is not ASCII
//     written %XX), and the file is then taken like any other;
//   - an entry that is not a regular file is renamed `<name>.bad`, never opened, with a reason file
//     beside it, as badmail is.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFolderEntries, renameEntryDurably, writeFileAtomic } from '../workspace/storage';
import { workspaceRelative } from '../workspace/workspacePaths';
import { numberedNames } from './freeNames';
import type { TransportContext, TransportDirectory } from './transportContext';

const MESSAGE_NAME = /\.(eml|tmp)$/i;

/** Sets the directory's odd entries aside; one warning per entry dealt with. */
export async function setAsideOddEntries(context: TransportContext, directory: TransportDirectory): Promise<string[]> {
  let entries: fs.Dirent<Buffer>[];
  try {
    entries = await readFolderEntries(context.root, directory.path);
  } catch {
    return []; // a missing directory is reported where the directories are resolved
  }
  const warnings: string[] = [];
  const taken = new Set(entries.map((entry) => entry.name.toString('latin1').toLowerCase()));
  for (const entry of entries) {
    let name = entry.name.toString('utf8');
    if (!Buffer.from(name, 'utf8').equals(entry.name)) {
      if (!MESSAGE_NAME.test(entry.name.toString('latin1'))) continue;
      name = freeName(readableName(entry.name), taken);
      await renameEntryDurably(context.root, directory.path, entry.name, name);
      warnings.push(`${where(context, directory, name)}: renamed from a name that is not valid UTF-8 (${readableName(entry.name)} shows each other byte as %XX), so it can be processed.`);
    }
    if (!MESSAGE_NAME.test(name) || entry.isFile()) continue;
    const bad = freeName(`${name}.bad`, taken);
    await renameEntryDurably(context.root, directory.path, name, bad);
    const reason = `${name} is ${kindOf(entry)}, not a message file: the ${directory.role} directory takes regular .eml files only, so it was set aside without being opened. Put the message itself in the directory as a file.`;
    await writeFileAtomic(context.root, path.join(directory.path, `${bad}.reason.txt`), `${reason}\r\n`);
    warnings.push(`${where(context, directory, name)}: ${reason} It is now ${bad}.`);
  }
  return warnings;
}

function where(context: TransportContext, directory: TransportDirectory, name: string): string {
  return `${workspaceRelative(context.paths, directory.path)}/${name}`;
}

function kindOf(entry: fs.Dirent<Buffer>): string {
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isDirectory()) return 'a folder';
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  return 'a device';
}

/** The name with every byte outside printable ASCII (and `%`) written %XX: valid UTF-8, and reversible. */
function readableName(raw: Buffer): string {
  return [...raw].map((byte) => (byte >= 0x20 && byte < 0x7f && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** `name`, or `name` with -2, -3... before its extension when an entry of the folder has it. */
function freeName(name: string, taken: Set<string>): string {
  for (const candidate of numberedNames(name)) {
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
  throw new Error('numberedNames never ends');
}
