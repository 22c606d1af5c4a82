// The open documents (synchronised incrementally by vscode-languageserver's TextDocuments) and the
// analysis of each one's latest version, made at most once per version and put in the workspace
// index. Three ways to get it:
// - `rebuild`: the diagnostics pipeline's, in phases (parsed, then bound and checked, then indexed)
//   with a yield between them, so that a newer edit cancels it; on a long script, from the previous
//   analysis, re-parsing only the statements the edit touched (see incrementalAnalysis.ts);
// - `settledAnalysis`: for the requests that need the whole script exact (symbols, folding, tokens,
//   formatting, navigation): the current analysis, or on a long script the rebuild's result, awaited
//   without blocking the requests made while typing;
// - `interactiveAnalysis`: for completion, hover and signature help, answered at once, on a long
//   script just edited from a partial analysis exact around the cursor (see editedRegion.ts).

import { TextDocuments, type Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeAround, analyzeDocument, analyzeScript, type DocumentAnalysis, type LineIndex, linesAfterEdit, normalizeUri, parseScript, reanalyze, type WorkspaceIndex } from '../core/analysis';
/** Below this size a full analysis is fast enough to make whenever a request needs it. */
export const LONG_SCRIPT = 128 * 1024;
const MEGABYTE = 1024 * 1024;
/** Re-parsing a megabyte takes about half a second: before doing it after an edit, wait this long per megabyte. */
const FULL_PARSE_PAUSE_PER_MEGABYTE_MS = 400;
/** How long a request waits for the rebuild of a long script before making the analysis itself. */
const SETTLE_TIMEOUT_MS = 5000;

interface Cached {
  version: number;
  analysis: DocumentAnalysis;
}

export class ScriptDocuments {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, Cached>();
  /** The line index of each long script's latest version seen by an interactive request, made from the previous one. */
  private readonly lineIndexes = new Map<string, { version: number; lines: LineIndex }>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly index: WorkspaceIndex) {}

  /** Scripts are PowerShell documents; anything else the editor opens is ignored. */
  isScript(document: TextDocument): boolean {
    return document.languageId === 'powershell' || /\.ps1$/i.test(document.uri);
  }

  open(uri: string): TextDocument | undefined {
    const document = this.documents.get(uri);
    return document && this.isScript(document) ? document : undefined;
  }

  openScripts(): TextDocument[] {
    return this.documents.all().filter((document) => this.isScript(document));
  }

  isLong(document: TextDocument): boolean {
    return document.getText().length >= LONG_SCRIPT;
  }

  /** The analysis of an open script's latest version (made now if needed), or of a closed script as indexed from disk. */
  analysis(uri: string): DocumentAnalysis | undefined {
    const document = this.open(uri);
    if (!document) return this.documents.get(uri) ? undefined : this.index.get(uri);
    const current = this.current(document);
    if (current) return current;
    return this.store(document, analyzeDocument(document.uri, document.getText()));
  }

  /**
   * Rebuilds an open script's analysis in phases, yielding between them; resolves undefined when
   * `superseded` says a newer edit made the work pointless.
   */
  async rebuild(uri: string, superseded: () => boolean): Promise<DocumentAnalysis | undefined> {
    const document = this.open(uri);
    if (!document) return undefined;
    const current = this.current(document);
    if (current) return current;
    const text = document.getText();
    const previous = this.cache.get(normalizeUri(document.uri))?.analysis;
    if (previous && this.isLong(document)) {
      // Most edits touch a few statements: re-parse those and keep the rest (incrementalAnalysis.ts).
      // The rest is moved in place: `store` replaces the previous analysis as soon as the work is done.
      const work = reanalyze(previous, text);
      for (let step = work.next(); ; step = work.next()) {
        if (step.done) {
          if (step.value) return this.current(document) ?? this.store(document, step.value);
          break;
        }
        await yieldToEventLoop();
        if (superseded()) return undefined;
      }
      // The edit left something open (a quote, a bracket), which the next keystrokes likely close:
      // wait for a real pause before the full parse, so typing does not pay for it.
      await delay(Math.round((text.length / MEGABYTE) * FULL_PARSE_PAUSE_PER_MEGABYTE_MS));
      if (superseded()) return undefined;
    }
    const script = parseScript(text);
    await yieldToEventLoop();
    if (superseded()) return undefined;
    const analysis = analyzeScript(document.uri, text, script);
    await yieldToEventLoop();
    if (superseded()) return undefined;
    return this.current(document) ?? this.store(document, analysis);
  }

  /** The exact analysis of the whole script, without blocking typing on a long one (see the file comment). */
  async settledAnalysis(uri: string, cancelled: () => boolean = () => false): Promise<DocumentAnalysis | undefined> {
    const document = this.open(uri);
    if (!document || !this.isLong(document)) return this.analysis(uri);
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    while (!this.current(document)) {
      if (cancelled()) return undefined;
      if (Date.now() >= deadline || !this.open(uri)) return this.analysis(uri);
      await this.nextAnalysis(document.uri, deadline - Date.now());
    }
    return this.current(document);
  }

  interactiveAnalysis(uri: string, position: Position): DocumentAnalysis | undefined {
    const document = this.open(uri);
    const cached = document && this.cache.get(normalizeUri(document.uri));
    if (!document || !cached || !this.isLong(document)) return this.analysis(uri);
    return this.current(document) ?? analyzeAround(cached.analysis, document.getText(), document.offsetAt(position), this.linesOf(document, cached.analysis)) ?? this.analysis(uri);
  }

  /**
   * The line index of the document's current version, cached per version: made from the index of the
   * version before (or of the analysis), moved by the edit, rather than by a scan of the whole text
   * for each request made while typing.
   */
  private linesOf(document: TextDocument, analysis: DocumentAnalysis): LineIndex {
    const key = normalizeUri(document.uri);
    const cached = this.lineIndexes.get(key);
    if (cached?.version === document.version) return cached.lines;
    const lines = linesAfterEdit(cached?.lines ?? analysis.lines, document.getText());
    this.lineIndexes.set(key, { version: document.version, lines });
    return lines;
  }

  forget(uri: string): void {
    this.cache.delete(normalizeUri(uri));
    this.lineIndexes.delete(normalizeUri(uri));
    this.wake(normalizeUri(uri));
  }

  /** The analysis of the document's current version, if made. */
  current(document: TextDocument): DocumentAnalysis | undefined {
    const cached = this.cache.get(normalizeUri(document.uri));
    if (!cached) return undefined;
    if (cached.version !== document.version) {
      // An edit undone (a character typed, then deleted) gives back the text already analysed:
      // re-analysing it would cost a full parse on a long script for nothing.
      if (cached.analysis.text !== document.getText()) return undefined;
      cached.version = document.version;
    }
    return cached.analysis;
  }

  private store(document: TextDocument, analysis: DocumentAnalysis): DocumentAnalysis {
    const key = normalizeUri(document.uri);
    this.cache.set(key, { version: document.version, analysis });
    // The analysis has the index of its version; an earlier one kept for typing would only hold its text alive.
    this.lineIndexes.delete(key);
    this.index.update(analysis);
    this.wake(key);
    return analysis;
  }

  private nextAnalysis(uri: string, timeoutMs: number): Promise<void> {
    const key = normalizeUri(uri);
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.waiting.set(key, [...(this.waiting.get(key) ?? []), done]);
    });
  }

  private wake(key: string): void {
    const waiters = this.waiting.get(key) ?? [];
    this.waiting.delete(key);
    for (const wake of waiters) wake();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
