// Pushes diagnostics for the open scripts. An edit starts a short wait; then the document is
// rebuilt in phases — parsed and bound, indexed, validated — yielding to the event loop between
// phases so a newer edit, which restarts the wait, cancels the running rebuild at the next phase.
// Validation republishes every open script of the same folder, because a connector created in one
// script is known in the others; a document's diagnostics are sent only when they changed.

import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeUri, withRunFailures, type WorkspaceIndex } from '../core/analysis';
import type { RunFailures } from './runFailures';
import { yieldToEventLoop, type ScriptDocuments } from './scriptDocuments';

const ALL = '*';
const MEGABYTE = 1024 * 1024;
/** Parsing a megabyte takes about half a second: wait for a real pause before a full parse. */
const DELAY_PER_MEGABYTE_MS = 400;
/** Changes closer together than this are typing; faster typists leave about 100 ms between keys. */
const TYPING_PAUSE_MS = 150;

export class DiagnosticsPipeline {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Map<string, string>();
  private readonly lastChange = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly scripts: ScriptDocuments,
    private readonly index: WorkspaceIndex,
    private readonly runFailures: RunFailures,
    /** Long enough to let a burst of keystrokes (or an editor's multi-change edit) arrive, short enough to feel immediate. */
    private readonly delayMs = 20,
  ) {}

  /**
   * The document was opened or edited: rebuild it after a pause. A short script is parsed whole, so
   * the pause grows with its length; a long one is re-parsed only around the edit, and its rebuild
   * waits by itself before a full re-parse (ScriptDocuments.rebuild), so a short pause is enough.
   */
  documentChanged(uri: string): void {
    const document = this.scripts.open(uri);
    const fullParse = document && !this.scripts.isLong(document) ? Math.round((document.getText().length / MEGABYTE) * DELAY_PER_MEGABYTE_MS) : 0;
    const key = normalizeUri(uri);
    this.debounce(key, () => this.rebuild(uri), (this.typing(key) ? TYPING_PAUSE_MS : this.delayMs) + fullParse);
  }

  /**
   * Whether this change follows the previous one closely (someone typing): then the rebuild waits
   * for a pause, so that it does not hold up the completion asked after every keystroke.
   */
  private typing(key: string): boolean {
    const now = Date.now();
    const previous = this.lastChange.get(key);
    this.lastChange.set(key, now);
    return previous !== undefined && now - previous < TYPING_PAUSE_MS;
  }

  /** Something every folder's checks read changed (a script on disk, exconn.json, the simulator state). */
  workspaceChanged(): void {
    this.debounce(ALL, () => this.publishAll());
  }

  closed(uri: string): void {
    const key = normalizeUri(uri);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.lastChange.delete(key);
    if (this.published.delete(key)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private debounce(key: string, run: () => Promise<void>, delayMs = this.delayMs): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      run().catch((error: unknown) => this.connection.console.error(`diagnostics failed: ${error instanceof Error ? error.stack : String(error)}`));
    }, delayMs));
  }

  private async rebuild(uri: string): Promise<void> {
    const document = this.scripts.open(uri);
    if (!document) return;
    const version = document.version;
    const superseded = () => this.scripts.open(uri)?.version !== version;
    // Parsed, bound and checked, indexed: each phase gives a newer edit the chance to cancel.
    if (!(await this.scripts.rebuild(uri, superseded)) || superseded()) return;
    // Validated: this document first, then its folder's other open scripts.
    const group = this.index.groupOf(uri);
    const others = this.scripts.openScripts().filter((other) => other !== document && this.index.groupOf(other.uri) === group);
    for (const target of [document, ...others]) {
      this.publish(target);
      await yieldToEventLoop();
      if (superseded()) return;
    }
  }

  async publishAll(): Promise<void> {
    for (const document of this.scripts.openScripts()) {
      this.publish(document);
      await yieldToEventLoop();
    }
  }

  private publish(document: TextDocument): void {
    // A long script edited since its last analysis is published by its own rebuild.
    const ready = this.scripts.isLong(document) ? this.scripts.current(document) : this.scripts.analysis(document.uri);
    if (!ready) return;
    const checked = this.index.check(document.uri)?.diagnostics ?? [];
    const failures = this.runFailures.of(document.uri, document.version);
    const lineLength = (line: number) => document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '').length;
    const diagnostics = failures.length > 0 ? withRunFailures(document.uri, checked, failures, lineLength) : checked;
    const key = normalizeUri(document.uri);
    const fingerprint = JSON.stringify(diagnostics);
    if (this.published.get(key) === fingerprint) return;
    this.published.set(key, fingerprint);
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }
}

