// Converts between UTF-16 offsets (what the syntax tree stores) and LSP line/character positions.
// Lines end at "\n", "\r\n" or a lone "\r", as LSP defines.

import type { Position, Range } from 'vscode-languageserver-types';

export type { Position };
/** A range in lines and UTF-16 characters, as LSP counts them (the AST's own ranges are offsets). */
export type LineRange = Range;

export class LineIndex {
  private readonly lineStarts: number[];

  /** `lineStarts` is for afterEdit, which has them already. */
  constructor(readonly text: string, lineStarts?: number[]) {
    this.lineStarts = lineStarts ?? lineStartsIn(text, 0, text.length, [0]);
  }

  /**
   * The index of `text`, a new version of `previous.text` that differs from it only in
   * [start, oldEnd) (old offsets), now [start, newEnd): the line starts before the edit are kept,
   * those inside it are found again and those after it are moved, instead of scanning the whole text.
   */
  static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = previous.lineStarts;
    const delta = newEnd - oldEnd;
    // A line start s depends on the characters at s - 1 and s only: it is unchanged before the edit
    // (s < start), found again inside it (start <= s <= newEnd) and moved after it (old s > oldEnd).
    const kept = firstAtLeast(old, start);
    const starts = old.slice(0, kept);
    if (kept === 0) starts.push(0);
    lineStartsIn(text, Math.max(0, start - 1), newEnd, starts);
    for (let index = firstAtLeast(old, oldEnd + 1); index < old.length; index++) starts.push(old[index] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    let clamped = Math.max(0, Math.min(offset, this.text.length));
    // Between the \r and \n of a line break is no position in LSP's terms: it is the end of the line.
    if (clamped > 0 && this.text.charCodeAt(clamped - 1) === 13 && this.text.charCodeAt(clamped) === 10) clamped--;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line];
    const lineEnd = this.lineEndOffset(position.line);
    return Math.max(lineStart, Math.min(lineStart + position.character, lineEnd));
  }

  rangeAt(start: number, end: number): LineRange {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  lineStartOffset(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEndOffset(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/**
 * Appends to `starts` the line starts after the line breaks that begin in [from, to), up to `to`
 * (a "\r\n" whose "\n" is at `to` starts its line after `to`: the caller has that one already).
 */
function lineStartsIn(text: string, from: number, to: number, starts: number[]): number[] {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      if (i + 1 <= to) starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The first index of the ascending `values` whose value is at least `value`. */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
