// Token and node ranges. Chevrotain tracks only a token's start offset here (see lexer.ts), so its
// end is computed from its image.

import type { Range } from './ast';
import type { IToken } from './chevrotain';

export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

export function tokenRange(token: IToken): Range {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
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
