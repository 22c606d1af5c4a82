// Token and node ranges. Chevrotain tracks only a token's start offset here (see lexer.ts), so its
// end is computed from its image.

import type { Range } from './ast';
import type { IToken } from './chevrotain';

// Offsets pass through `| 0` (a no-op for real offsets) because V8 stores an object field as a
// double box once any object of that shape held a non-small-integer there, for the whole process.
// While Chevrotain records the grammar its placeholder token's offset is such a number (-1 kept as a
// heap number, since its end-of-file token holds NaN), and ranges made then would turn every range
// of every later parse into two extra heap objects.

export function tokenEnd(token: IToken): number {
  return (token.startOffset + token.image.length) | 0;
}

export function tokenRange(token: IToken): Range {
  const start = token.startOffset | 0;
  return { start, end: (start + token.image.length) | 0 };
}

export function span(first: { range: Range } | Range, last: { range: Range } | Range): Range {
  const start = 'range' in first ? first.range.start : first.start;
  const end = 'range' in last ? last.range.end : last.end;
  return { start, end: Math.max(start, end) };
}

/** True when `next` starts exactly where `previous` ends: no whitespace between them. */
export function adjacent(previous: IToken, next: IToken): boolean {
  return next.startOffset === previous.startOffset + previous.image.length;
}
