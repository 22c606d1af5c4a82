// The saved counterexamples under test/fuzz/regressions/<target>/, written by run.ts when a property
// fails and replayed by regressions.test.ts. Names are a hash of the content, so the same shrunk case
// found twice is saved once.
//
//   scripts, addressSpaces: one text per file, `.txt` when it survives UTF-8 unchanged, else `.json`
//                           (a JSON string keeps lone surrogates and other code units exactly);
//   messages:               one `.eml` file (the bytes as dropped into Pickup), or a folder of them
//                           for a case that needs several files in the same pass.
//
// open-bugs.json maps `<target>/<name>` to the reason a case is still expected to fail.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export type TargetName = 'scripts' | 'addressSpaces' | 'messages';

export const REGRESSIONS_DIR = path.join(__dirname, 'regressions');
const OPEN_BUGS_FILE = path.join(REGRESSIONS_DIR, 'open-bugs.json');

export interface SavedText {
  /** `<target>/<file>`, the key of open-bugs.json. */
  id: string;
  text: string;
}

export interface SavedMessages {
  id: string;
  files: Buffer[];
}

function hashOf(parts: readonly Buffer[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 12);
}

function targetDir(target: TargetName): string {
  const dir = path.join(REGRESSIONS_DIR, target);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves a text case and returns its path. */
export function saveText(target: TargetName, text: string): string {
  const utf8Safe = Buffer.from(text, 'utf8').toString('utf8') === text;
  const content = Buffer.from(utf8Safe ? text : `${JSON.stringify(text)}\n`, 'utf8');
  const file = path.join(targetDir(target), `${hashOf([content])}.${utf8Safe ? 'txt' : 'json'}`);
  fs.writeFileSync(file, content);
  return file;
}

/** Saves a message case (one file, or a folder for several) and returns its path. */
export function saveMessages(files: readonly Buffer[]): string {
  const name = hashOf(files);
  if (files.length === 1) {
    const file = path.join(targetDir('messages'), `${name}.eml`);
    fs.writeFileSync(file, files[0]);
    return file;
  }
  const folder = path.join(targetDir('messages'), name);
  fs.mkdirSync(folder, { recursive: true });
  files.forEach((content, index) => fs.writeFileSync(path.join(folder, `${String(index + 1).padStart(3, '0')}.eml`), content));
  return folder;
}

function listDir(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

export function loadTexts(target: 'scripts' | 'addressSpaces'): SavedText[] {
  const dir = path.join(REGRESSIONS_DIR, target);
  return listDir(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.json'))
    .map((name) => {
      const raw = fs.readFileSync(path.join(dir, name), 'utf8');
      return { id: `${target}/${name}`, text: name.endsWith('.json') ? (JSON.parse(raw) as string) : raw };
    });
}

export function loadMessages(): SavedMessages[] {
  const dir = path.join(REGRESSIONS_DIR, 'messages');
  return listDir(dir).flatMap((name): SavedMessages[] => {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) {
      const files = listDir(full).filter((file) => file.endsWith('.eml')).map((file) => fs.readFileSync(path.join(full, file)));
      return [{ id: `messages/${name}`, files }];
    }
    return name.endsWith('.eml') ? [{ id: `messages/${name}`, files: [fs.readFileSync(full)] }] : [];
  });
}

/** `<target>/<name>` → why the case still fails (a bug reported, not yet fixed). */
export function openBugs(): Record<string, string> {
  return fs.existsSync(OPEN_BUGS_FILE) ? (JSON.parse(fs.readFileSync(OPEN_BUGS_FILE, 'utf8')) as Record<string, string>) : {};
}
