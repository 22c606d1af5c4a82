// Finds where quoted strings, here-strings and `$( )` inside strings end. The lexer uses these as
// custom token patterns (a string is one token, whatever it contains), and the string decoder uses
// them to find the subexpressions inside a string's content.
//
// An unterminated quoted string ends at the end of its line rather than at the end of the file: the
// editor then still parses (and checks) the lines after the one being typed. Here-strings and `$( )`
// have no such cut, as their content naturally spans lines.

import { endOfLine, isDoubleQuote, isDoubleQuoteCode, isInlineSpace, isLineBreak, isSingleQuote, isSingleQuoteCode } from './characters';

export interface ScanResult {
  /** Offset just after the construct (or where it was cut off). */
  end: number;
  terminated: boolean;
}

/** Deeper nesting of strings in `$( )` in strings than this is treated as unterminated. */
const MAX_NESTING = 64;

/** `'...'` starting at the opening quote; `''` is an escaped quote. */
export function scanSingleQuoted(text: string, start: number, limit = text.length): ScanResult {
  for (let i = start + 1; i < limit; i++) {
    if (!isSingleQuoteCode(text.charCodeAt(i))) continue;
    if (i + 1 < limit && isSingleQuoteCode(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    return { end: i + 1, terminated: true };
  }
  return { end: Math.min(endOfLine(text, start), limit), terminated: false };
}

/** `"..."` starting at the opening quote: backtick escapes, `""`, and `$( )` with its own strings. */
export function scanDoubleQuoted(text: string, start: number, limit = text.length, nesting = 0): ScanResult {
  let i = start + 1;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (code === 96 /* ` */) {
      i += 2;
    } else if (code === 36 /* $ */ && text.charCodeAt(i + 1) === 40 /* ( */) {
      const inner = scanSubExpression(text, i + 2, limit, nesting + 1);
      if (!inner.terminated) break;
      i = inner.end;
    } else if (isDoubleQuoteCode(code)) {
      if (i + 1 < limit && isDoubleQuoteCode(text.charCodeAt(i + 1))) i += 2;
      else return { end: i + 1, terminated: true };
    } else {
      i++;
    }
  }
  return { end: Math.min(endOfLine(text, start), limit), terminated: false };
}

/**
 * The body of a `$( )` inside a string, from just after `$(`: nested parentheses and strings are
 * skipped, so `"$( "(" )"` ends at the right place. `end` is just after the closing `)`.
 */
export function scanSubExpression(text: string, from: number, limit = text.length, nesting = 0): ScanResult {
  if (nesting > MAX_NESTING) return { end: limit, terminated: false };
  let depth = 1;
  let i = from;
  while (i < limit) {
    const ch = text[i];
    if (ch === '`') {
      i += 2;
    } else if (ch === '(') {
      depth++;
      i++;
    } else if (ch === ')') {
      i++;
      if (--depth === 0) return { end: i, terminated: true };
    } else if (isSingleQuote(ch) || isDoubleQuote(ch)) {
      const inner = isSingleQuote(ch) ? scanSingleQuoted(text, i, limit) : scanDoubleQuoted(text, i, limit, nesting + 1);
      if (!inner.terminated) return { end: limit, terminated: false };
      i = inner.end;
    } else {
      i++;
    }
  }
  return { end: limit, terminated: false };
}

export interface HereStringScan extends ScanResult {
  contentStart: number;
  contentEnd: number;
}

/**
 * `@"` or `@'` at `start`, then only spaces up to the line break, then the content, then the closing
 * quote and `@` at the start of a line. Returns undefined when the header line has other text (then
 * it is not a here-string). Unterminated, it runs to the end of the text.
 */
export function scanHereString(text: string, start: number): HereStringScan | undefined {
  const quote = text[start + 1];
  const isQuote = isSingleQuote(quote) ? isSingleQuote : isDoubleQuote;
  let i = start + 2;
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  if (i >= text.length || !isLineBreak(text.charCodeAt(i))) return undefined;
  const contentStart = i + (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
  for (let p = contentStart; p < text.length; p++) {
    if (!isQuote(text[p]) || text[p + 1] !== '@') continue;
    if (p === contentStart) return { end: p + 2, contentStart, contentEnd: p, terminated: true };
    if (!isLineBreak(text.charCodeAt(p - 1))) continue;
    const breakLength = text[p - 1] === '\n' && text[p - 2] === '\r' ? 2 : 1;
    return { end: p + 2, contentStart, contentEnd: p - breakLength, terminated: true };
  }
  return { end: text.length, contentStart, contentEnd: text.length, terminated: false };
}

/** `<# ... #>` at `start`; unterminated, it runs to the end of the text. */
export function scanBlockComment(text: string, start: number): ScanResult {
  const close = text.indexOf('#>', start + 2);
  return close < 0 ? { end: text.length, terminated: false } : { end: close + 2, terminated: true };
}
