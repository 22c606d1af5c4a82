// Benchmark 2: the language server as an editor meets it, through a real LSP client over stdio
// (test/server/lspClient.ts) on "the 1 MB script" (20,000 generated statements) in a copy of
// samples/contoso: the time to the first diagnostics after opening it, the diagnostics after a
// one-character edit, completion at a parameter and inside an X.400 string at the end of the file
// (on a settled document and right after a keystroke), and the server's peak memory.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest, DidChangeTextDocumentNotification, type CompletionItem, type CompletionList, type Position, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient, REPOSITORY } from '../server/lspClient';
import type { BenchGroup, BenchOptions } from './benchGroup';
import type { BenchRow, Goal } from './benchResult';
import { generateScript } from './scriptGenerator';
import { summarize } from './statistics';
import { sampleAsync } from './timing';

const STATEMENTS = 20000;
const SERVER = path.join(REPOSITORY, 'dist/server.js');
/** Set to a folder to have the last server write a V8 CPU profile there (`--cpu-prof`) when it exits. */
const PROFILE_DIR = process.env.EXCONN_BENCH_PROFILE;
/** Set to another server bundle (an earlier build) to measure it instead of dist/server.js, for a before/after comparison. */
const OTHER_SERVER = process.env.EXCONN_BENCH_SERVER;
/**
 * Node.js flags for the server, space-separated, for a comparison (e.g. `--max-old-space-size=768`).
 * None by default, as the extension starts it (client/src/languageClient.ts).
 */
const SERVER_FLAGS = process.env.EXCONN_BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
/** A fast typist's pause between keystrokes: completion while typing is asked at this pace. */
const KEYSTROKE_MS = 80;
/** Between the one-character edits whose diagnostics are timed: longer than a keystroke, so each is an edit on its own. */
const EDIT_PAUSE_MS = 250;
/** Long enough for a 1 MB script even on a slow machine; a timeout fails the group, not a figure. */
const DIAGNOSTICS_TIMEOUT_MS = 60000;
const COMPLETION_GOAL: Goal = { text: 'p99 < 10 ms', on: 'p99', atMost: 10 };

export const lspBench: BenchGroup = {
  name: 'lsp',
  description: 'the language server over stdio on the 1 MB script: first diagnostics, diagnostics after an edit, completion, peak memory',
  run: async (options) => runLspBench(options),
};

async function runLspBench(options: BenchOptions): Promise<BenchRow[]> {
  if (OTHER_SERVER) options.log(`measuring ${OTHER_SERVER}`);
  else ensureServerBuilt(options.log);
  if (SERVER_FLAGS.length > 0) options.log(`server flags: ${SERVER_FLAGS.join(' ')}`);
  const workspace = path.join(options.workDir, 'contoso');
  fs.cpSync(path.join(REPOSITORY, 'samples/contoso'), workspace, { recursive: true });
  const text = generateScript({ statements: STATEMENTS, mistakes: 0.005 });
  const details = { bytes: Buffer.byteLength(text), statements: STATEMENTS };
  const samples = options.quick ? 30 : 200;
  const opens = options.quick ? 2 : 5;
  options.log(`${(details.bytes / 1e6).toFixed(2)} MB, ${opens} opens, ${samples} edits and completions each`);

  const { session, openTimes } = await measureOpens(workspace, text, opens);
  try {
    const rows: BenchRow[] = [row('first diagnostics after didOpen', openTimes, { ...details, note: 'fresh server per run' })];
    const sites = await addCompletionLines(session);
    options.log('completion on the settled document');
    rows.push(row('completion at a parameter, settled', await completeSettled(session, sites.parameter, '-DropDirectory', samples), details, COMPLETION_GOAL));
    rows.push(row('completion in X400 string at end, settled', await completeSettled(session, sites.x400, 'a=', samples), details, COMPLETION_GOAL));
    options.log('completion right after a keystroke');
    rows.push(row('completion at a parameter, after keystroke', await completeWhileTyping(session, sites.parameter, 'o', samples), details, COMPLETION_GOAL));
    rows.push(row('completion in X400 string at end, after keystroke', await completeWhileTyping(session, sites.x400, 'a', samples), details, COMPLETION_GOAL));
    options.log('diagnostics after one-character edits');
    rows.push(row('diagnostics after a one-character edit', await diagnosticsAfterEdits(session, samples), details, { text: 'p99 < 100 ms', on: 'p99', atMost: 100 }));
    const peak = peakRssMegabytes(session.client.pid);
    if (peak !== undefined) rows.push({ group: 'lsp', name: 'server peak RSS (VmHWM)', ours: { unit: 'MB', summary: summarize([peak]) }, goal: { text: '< 150 MB', on: 'median', atMost: 150 }, details });
    return rows;
  } finally {
    await session.client.stop();
  }
}

function row(name: string, samples: number[], details: Record<string, number | string>, goal?: Goal): BenchRow {
  return { group: 'lsp', name, ours: { unit: 'ms', summary: summarize(samples) }, ...(goal ? { goal } : {}), details };
}

/** `npm run bench` builds first; a direct run of the runner after editing the server would otherwise measure a stale bundle. */
function ensureServerBuilt(log: (line: string) => void): void {
  const built = fs.existsSync(SERVER) ? fs.statSync(SERVER).mtimeMs : 0;
  if (built >= newestModification(path.join(REPOSITORY, 'server/src'))) return;
  log('dist/server.js is missing or older than server/src: building');
  execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' });
}

function newestModification(folder: string): number {
  return fs.readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestModification(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

/** The open document as the client sees it, kept line by line so edits can be placed by position. */
class Session {
  private lines: string[];
  /** didOpen sent version 1. */
  private version = 1;

  constructor(readonly client: LspTestClient, readonly uri: string, text: string) {
    this.lines = text.split('\n');
  }

  get lineCount(): number {
    return this.lines.length;
  }

  line(index: number): string {
    return this.lines[index];
  }

  /** Sends one incremental change, inserting `text` (which may hold line breaks) at `at`; returns the new version. */
  insert(at: Position, text: string): Promise<number> {
    const line = this.lines[at.line];
    this.lines.splice(at.line, 1, ...`${line.slice(0, at.character)}${text}${line.slice(at.character)}`.split('\n'));
    return this.send({ range: { start: at, end: at }, text });
  }

  /** Sends one incremental change removing `length` characters of one line at `at`. */
  remove(at: Position, length: number): Promise<number> {
    const line = this.lines[at.line];
    this.lines[at.line] = line.slice(0, at.character) + line.slice(at.character + length);
    return this.send({ range: { start: at, end: { line: at.line, character: at.character + length } }, text: '' });
  }

  /** The version the next change will make, to wait for its diagnostics before sending it. */
  get nextVersion(): number {
    return this.version + 1;
  }

  private async send(change: TextDocumentContentChangeEvent): Promise<number> {
    const version = ++this.version;
    await this.client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri, version }, contentChanges: [change] });
    return version;
  }
}

/**
 * Opens the script in a fresh server per run (the first open is the one a user waits for, with a
 * cold JIT), timing didOpen to the first publishDiagnostics. The last server is kept for the rest.
 */
async function measureOpens(workspace: string, text: string, runs: number): Promise<{ session: Session; openTimes: number[] }> {
  const openTimes: number[] = [];
  for (let run = 0; ; run++) {
    const last = run === runs - 1;
    const nodeArguments = [...SERVER_FLAGS, ...(last && PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [])];
    const { client } = await LspTestClient.start(pathToFileURL(workspace).href, { nodeArguments, ...(OTHER_SERVER ? { serverPath: path.resolve(OTHER_SERVER) } : {}) });
    // The server indexes the sample folder right after `initialized`; let that finish so it does not share the figure.
    await delay(500);
    // Not on disk: the figure is the open alone, not the open plus indexing the same file from disk.
    const uri = pathToFileURL(path.join(workspace, `generated-${run}.ps1`)).href;
    const [elapsed] = await sampleAsync({ runs: 1, warmup: 0 }, async () => {
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, () => true, DIAGNOSTICS_TIMEOUT_MS);
    });
    openTimes.push(elapsed);
    if (last) return { session: new Session(client, uri, text), openTimes };
    await client.stop();
  }
}

interface CompletionSites {
  /** After `-Dr` of a `Set-ForeignConnector` line in the middle of the script. */
  parameter: Position;
  /** After `;` of an unfinished X.400 address space on the last line. */
  x400: Position;
}

/** Types the two lines completion is asked on, then waits for the diagnostics of the result. */
async function addCompletionLines(session: Session): Promise<CompletionSites> {
  const middle = Math.floor(session.lineCount / 2);
  const parameterLine = 'Set-ForeignConnector "Gateway 0" -Dr';
  await session.insert({ line: middle, character: 0 }, `${parameterLine}\n`);
  // The generated script ends with a line break, so its last line is empty.
  const last = session.lineCount - 1;
  const x400Line = 'New-ForeignConnector -Name "Z" -AddressSpaces "X400:c=US;';
  const version = await session.insert({ line: last, character: 0 }, x400Line);
  await session.client.waitForVersion(session.uri, version, DIAGNOSTICS_TIMEOUT_MS);
  return { parameter: { line: middle, character: parameterLine.length }, x400: { line: last, character: x400Line.length } };
}

async function completionAt(session: Session, position: Position): Promise<CompletionItem[]> {
  const result = await session.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri }, position });
  return Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? [];
}

/** A wrong answer must not pass for a fast one. */
function expectItem(items: readonly CompletionItem[], label: string, where: Position): void {
  if (!items.some((item) => item.label === label)) throw new Error(`completion at ${where.line}:${where.character} did not offer ${label}: ${items.map((item) => item.label).join(', ')}`);
}

async function completeSettled(session: Session, at: Position, label: string, runs: number): Promise<number[]> {
  return sampleAsync({ runs, warmup: 5 }, async () => expectItem(await completionAt(session, at), label, at));
}

/**
 * Types `character` at `at` and deletes it again, alternately, asking for completion right after
 * each keystroke (the editor asks as soon as the change is sent); only the request is timed.
 */
async function completeWhileTyping(session: Session, at: Position, character: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let keystroke = 0; keystroke < runs; keystroke++) {
    const typed = keystroke % 2 === 0;
    if (typed) await session.insert(at, character);
    else await session.remove(at, character.length);
    const cursor = { line: at.line, character: at.character + (typed ? character.length : 0) };
    const [elapsed] = await sampleAsync({ runs: 1, warmup: 0 }, async () => {
      if ((await completionAt(session, cursor)).length === 0) throw new Error(`no completion at ${cursor.line}:${cursor.character} while typing`);
    });
    samples.push(elapsed);
    await delay(KEYSTROKE_MS);
  }
  // Let the last keystroke's analysis finish, so it does not share the next figures.
  await delay(2000);
  return samples;
}

interface EditSite {
  at: Position;
  character: string;
}

/**
 * One-character edits in the middle of the script that change its diagnostics (a parameter name
 * made unknown, an X.400 attribute made unknown), so the server has something new to publish;
 * each is undone by the next edit, so the document does not drift.
 */
function editSites(session: Session): EditSite[] {
  const parameters: EditSite[] = [];
  const strings: EditSite[] = [];
  for (let line = Math.floor(session.lineCount * 0.4); line < session.lineCount * 0.6; line++) {
    const text = session.line(line);
    const parameter = text.indexOf(' -DropDirectory ');
    if (parameter >= 0 && parameters.length < 8) parameters.push({ at: { line, character: parameter + ' -Drop'.length }, character: 'x' });
    const x400 = text.indexOf('"X400:c=');
    if (x400 >= 0 && strings.length < 8) strings.push({ at: { line, character: x400 + '"X400:c'.length }, character: 'x' });
  }
  if (parameters.length === 0 || strings.length === 0) throw new Error('the generated script has no -DropDirectory or X400 line in its middle');
  return parameters.flatMap((site, index) => (strings[index] ? [site, strings[index]] : [site]));
}

/**
 * From sending didChange to the publishDiagnostics of that version, one edit at a time, each after a
 * pause as when someone fixes one character and looks (a burst of keystrokes is the typing rows' case).
 */
async function diagnosticsAfterEdits(session: Session, runs: number): Promise<number[]> {
  const sites = editSites(session);
  const samples: number[] = [];
  for (let edit = 0; edit < runs; edit++) {
    const site = sites[Math.floor(edit / 2) % sites.length];
    const undo = edit % 2 === 1;
    const version = session.nextVersion;
    const published = session.client.waitForVersion(session.uri, version, DIAGNOSTICS_TIMEOUT_MS);
    const [elapsed] = await sampleAsync({ runs: 1, warmup: 0 }, async () => {
      await (undo ? session.remove(site.at, site.character.length) : session.insert(site.at, site.character));
      await published;
    });
    samples.push(elapsed);
    await delay(EDIT_PAUSE_MS);
  }
  return samples;
}

/** The server's peak resident memory in MB (VmHWM, kB in /proc), where Linux tells it. */
function peakRssMegabytes(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kilobytes === undefined ? undefined : Number(kilobytes) / 1024;
  } catch {
    return undefined;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
