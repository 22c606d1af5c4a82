// Where to resume after a statement the parser could not make sense of: at the next line break or
// `;` that is not inside a bracket the broken statement opened, or before a closing bracket that
// belongs to an enclosing block (so that block still closes). A bracket the broken statement opens
// and never closes would swallow the rest of the script; then the statement ends at its first
// line break instead.

import type { IToken, TokenType } from './chevrotain';
import { EOF } from './chevrotain';
import { ArrayExpressionStart, HashtableStart, LCurly, LParen, NewLine, RCurly, RParen, Semicolon, SubExpressionStart } from './tokens';

export type BracketKind = 'paren' | 'curly' | 'bracket';

const OPENERS = new Set<TokenType>([LParen, SubExpressionStart, ArrayExpressionStart, LCurly, HashtableStart]);

function closerKind(type: TokenType): BracketKind | undefined {
  if (type === RParen) return 'paren';
  if (type === RCurly) return 'curly';
  return undefined;
}

/** Brackets opened minus closed in `tokens` (never negative). */
export function openDepth(tokens: IToken[]): number {
  let depth = 0;
  for (const token of tokens) {
    if (OPENERS.has(token.tokenType)) depth++;
    else if (closerKind(token.tokenType) && depth > 0) depth--;
  }
  return depth;
}

/**
 * How many of the upcoming tokens (`lookAhead(1)`, `lookAhead(2)`, ...) belong to the broken
 * statement. `depth` counts the brackets the statement opened before the error; `isEnclosing` says
 * whether a closer belongs to a block around the statement.
 */
export function tokensToSkip(lookAhead: (i: number) => IToken, depth: number, isEnclosing: (kind: BracketKind) => boolean): number {
  let firstLineBreak = -1;
  for (let i = 1; ; i++) {
    const type = lookAhead(i).tokenType;
    if (type === EOF) return depth > 0 && firstLineBreak > 0 ? firstLineBreak - 1 : i - 1;
    if (OPENERS.has(type)) {
      depth++;
      continue;
    }
    const closes = closerKind(type);
    if (closes) {
      if (depth > 0) depth--;
      else if (isEnclosing(closes)) return i - 1;
      continue;
    }
    if (type !== NewLine && type !== Semicolon) continue;
    if (depth === 0) return i - 1;
    if (type === NewLine && firstLineBreak < 0) firstLineBreak = i;
  }
}
