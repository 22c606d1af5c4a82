// Interactive answers on long scripts. Re-parsing a 1 MB script after every keystroke would make
// completion and hover wait for the whole parse, yet they only look at the statement under the
// cursor. So, until the full analysis of the new version is ready, a request is answered from a
// partial analysis: the top-level statements of the previous tree that the edit (and the cursor)
// touch are re-parsed from the new text — statements are independent units once the text before
// them is unchanged — and their nodes are shifted to the new text's offsets. The full analysis,
// made after the pause that debounces diagnostics, then replaces it.

import type { Statement } from '../syntax/ast';
import { parseScriptRange } from '../syntax/parser';
import { LineIndex } from '../syntax/positions';
import { analyzeScript, type DocumentAnalysis } from './documentAnalysis';

/** Where two versions of a text differ: the common prefix ends at `start`; `oldEnd`/`newEnd` start the common suffix. */
export interface ChangedSpan {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Chunks compared at once before the character loop: V8 compares two slices far faster than char by char. */
const CHUNK = 4096;

export function changedSpan(before: string, after: string): ChangedSpan {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix + CHUNK <= shorter - start && before.slice(before.length - suffix - CHUNK, before.length - suffix) === after.slice(after.length - suffix - CHUNK, after.length - suffix)) suffix += CHUNK;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** The line index of `text` made from `lines`, the index of an earlier version whose difference is `span`. */
export function linesAfterEdit(lines: LineIndex, text: string, span: ChangedSpan = changedSpan(lines.text, text)): LineIndex {
  const unchanged = span.start === span.oldEnd && span.oldEnd === span.newEnd;
  return unchanged ? lines : LineIndex.afterEdit(lines, text, span.start, span.oldEnd, span.newEnd);
}

/**
 * A string equal to `part` that does not share the memory of the string it was sliced from: V8
 * makes a slice of 13 characters or more a view of the whole parent, so a slice of a region keeps
 * the whole text alive. Slicing a concatenation flattens it into a string of the region's size.
 */
export function detachedCopy(part: string): string {
  return ` ${part}`.slice(1);
}

/** Regions larger than this are not worth the shortcut: the full analysis is made instead. */
const MAX_REGION = 64 * 1024;

/**
 * A partial analysis of `text` (the new version of `previous.text`) that is exact around `focus`,
 * an offset in `text`; undefined when the edit is too large for the shortcut.
 */
export function analyzeAround(previous: DocumentAnalysis, text: string, focus: number, lines?: LineIndex): DocumentAnalysis | undefined {
  const span = changedSpan(previous.text, text);
  const delta = span.newEnd - span.oldEnd;
  const focusBefore = focus <= span.start ? focus : focus >= span.newEnd ? focus - delta : span.start;
  const statements = previous.script.statements;
  // Identical texts (an edit undone) have an empty span at the end of the text: only the cursor counts then.
  const unchanged = delta === 0 && span.start === span.oldEnd;
  const from = unchanged ? focusBefore : Math.min(span.start, focusBefore);
  const to = unchanged ? focusBefore : Math.max(span.oldEnd, focusBefore);
  // Sound boundaries when affordable; next to a long run of broken statements, just the neighbours.
  for (const sound of [true, false]) {
    const touched = touchedStatements(statements, previous.text, from, to, sound);
    const start = touched.first > 0 ? statements[touched.first].range.start : 0;
    const end = (touched.end < statements.length ? statements[touched.end - 1].range.end : previous.text.length) + delta;
    if (end < start || end - start > MAX_REGION) continue;
    const script = parseScriptRange(text, start, end);
    return analyzeScript(previous.uri, text, { ...script, range: { start: 0, end: text.length } }, lines ?? linesAfterEdit(previous.lines, text, span));
  }
  return undefined;
}

/**
 * The statements touching [from, to] (old offsets), with one neighbour each side: indexes [first, end).
 * The region is widened over statements that do not start a line (`a; b`, `<# c #>b`) or only exist
 * through error recovery (an Error statement): the lexer reads a line's first character on its own,
 * but anything else depends on what comes before it, so the region must start and end at line starts.
 * `sound: false` skips the widening, for an approximate answer on a region that stays small.
 */
export function touchedStatements(statements: readonly Statement[], text: string, from: number, to: number, sound = true): { first: number; end: number } {
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (statements[mid].range.end < from) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < statements.length && statements[end].range.start <= to) end++;
  const joined = (index: number) => sound && !startsSoundly(statements[index], text);
  const widen = (range: { first: number; end: number }) => {
    while (range.first > 0 && range.first < statements.length && joined(range.first)) range.first--;
    while (range.end < statements.length && joined(range.end)) range.end++;
    return range;
  };
  // Whole lines first, then one sound neighbour on each side (the edit may join its statement to the next).
  const touched = widen({ first: low, end });
  return widen({ first: Math.max(0, touched.first - 1), end: Math.min(statements.length, touched.end + 1) });
}

/**
 * Whether a region may begin at `statement`: it begins a line, where the lexer starts afresh, and
 * it is a statement of its own, not what error recovery made of a broken one. Region analysis cuts
 * a long script at the same places.
 */
export function startsSoundly(statement: Statement, text: string): boolean {
  return statement.kind !== 'Error' && startsLine(text, statement.range.start);
}

/** Only blanks between the line's start and the offset. */
function startsLine(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/** A copy of a syntax node with every range moved by `by`. Nodes are plain data, so a structural copy is exact. */
export function shiftNode<T>(node: T, by: number): T {
  if (Array.isArray(node)) return node.map((item) => shiftNode(item, by)) as T;
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  if (isRange(record)) return { start: record.start + by, end: record.end + by } as T;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) copy[key] = shiftNode(value, by);
  return copy as T;
}

function isRange(record: Record<string, unknown>): record is { start: number; end: number } {
  const keys = Object.keys(record);
  return keys.length === 2 && typeof record.start === 'number' && typeof record.end === 'number';
}
