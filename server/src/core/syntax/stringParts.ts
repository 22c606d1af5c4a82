// Decodes the content of a string (or of an expandable bareword) into parts: runs of literal text,
// escape sequences (each a part of its own, so offsets stay recoverable), `$variable` references and
// `$( ... )` subexpressions. The decoded value keeps expansions as their source text.

import type { StringPart, StringQuote, SubExpression } from './ast';
import { isDoubleQuote, isSingleQuote } from './characters';
import { scanSubExpression } from './stringScan';
import { matchVariable, variableNode } from './variables';

/** Where a `$( ... )` sits inside string content. */
export interface SubExpressionSite {
  /** Offset of the `$`. */
  start: number;
  /** Just after the `)`, or the content's end when there is none. */
  end: number;
  /** The statements between the parentheses. */
  innerStart: number;
  innerEnd: number;
  terminated: boolean;
}

/** Supplies the SubExpression node for a site (parsed now, or later by the caller). */
export type SubExpressionResolver = (site: SubExpressionSite) => SubExpression;

/** How content is read: quoted strings as their quote says, and unquoted (`bare`) arguments. */
export type ContentKind = StringQuote | 'bare';

export interface DecodedContent {
  value: string;
  parts: StringPart[];
}

export function decodeContent(text: string, start: number, end: number, kind: ContentKind, resolve: SubExpressionResolver): DecodedContent {
  if (kind === 'hereSingle') return literalContent(text, start, end);
  if (kind === 'single') return singleQuotedContent(text, start, end);
  return expandableContent(text, start, end, kind, resolve);
}

function literalContent(text: string, start: number, end: number): DecodedContent {
  const value = text.slice(start, end);
  return { value, parts: value ? [{ kind: 'Text', range: { start, end }, value }] : [] };
}

/** Collects parts, merging consecutive literal characters into one Text part. */
class PartBuilder {
  readonly parts: StringPart[] = [];
  value = '';
  private textStart = -1;

  constructor(private readonly text: string) {}

  literal(at: number): void {
    if (this.textStart < 0) this.textStart = at;
  }

  /** Ends the pending literal run at `at`. */
  flush(at: number): void {
    if (this.textStart < 0) return;
    const value = this.text.slice(this.textStart, at);
    this.parts.push({ kind: 'Text', range: { start: this.textStart, end: at }, value });
    this.value += value;
    this.textStart = -1;
  }

  add(part: StringPart, value: string): void {
    this.parts.push(part);
    this.value += value;
  }
}

function singleQuotedContent(text: string, start: number, end: number): DecodedContent {
  const builder = new PartBuilder(text);
  for (let i = start; i < end; i++) {
    if (isSingleQuote(text[i]) && i + 1 < end && isSingleQuote(text[i + 1])) {
      builder.flush(i);
      builder.add({ kind: 'Text', range: { start: i, end: i + 2 }, value: text[i], escape: true }, text[i]);
      i++;
    } else {
      builder.literal(i);
    }
  }
  builder.flush(end);
  return { value: builder.value, parts: builder.parts };
}

/** The characters that may start an escape or an expansion (quotes for `""`). */
const SPECIAL = /[`$"\u201C-\u201E]/g;

function expandableContent(text: string, start: number, end: number, kind: ContentKind, resolve: SubExpressionResolver): DecodedContent {
  const builder = new PartBuilder(text);
  let i = start;
  while (i < end) {
    // Literal text runs to the next special character: most strings have none at all.
    SPECIAL.lastIndex = i;
    const special = SPECIAL.exec(text);
    const stop = special && special.index < end ? special.index : end;
    if (stop > i) builder.literal(i);
    i = stop;
    if (i >= end) break;
    const next = expandablePart(text, i, end, kind, resolve);
    if (!next) {
      builder.literal(i);
      i++;
      continue;
    }
    builder.flush(i);
    builder.add(next.part, next.value);
    i = next.part.range.end;
  }
  builder.flush(end);
  return { value: builder.value, parts: builder.parts };
}

/** The escape, variable or subexpression starting at `i`, if any. */
function expandablePart(text: string, i: number, end: number, kind: ContentKind, resolve: SubExpressionResolver): { part: StringPart; value: string } | undefined {
  const ch = text[i];
  if (ch === '`' && i + 1 < end) return escapePart(text, i, end);
  if (kind === 'double' && isDoubleQuote(ch) && i + 1 < end && isDoubleQuote(text[i + 1])) {
    return { part: { kind: 'Text', range: { start: i, end: i + 2 }, value: ch, escape: true }, value: ch };
  }
  if (ch !== '$') return undefined;
  if (text[i + 1] === '(') return subExpressionPart(text, i, end, resolve);
  const image = matchVariable(text, i, end);
  if (!image) return undefined;
  const range = { start: i, end: i + image.length };
  return { part: { kind: 'VariablePart', range, variable: variableNode(image, range) }, value: image };
}

function subExpressionPart(text: string, i: number, end: number, resolve: SubExpressionResolver): { part: StringPart; value: string } {
  const scan = scanSubExpression(text, i + 2, end);
  const site: SubExpressionSite = {
    start: i,
    end: scan.end,
    innerStart: i + 2,
    innerEnd: scan.terminated ? scan.end - 1 : scan.end,
    terminated: scan.terminated,
  };
  const expression = resolve(site);
  // A bareword's `$( )` was parsed from tokens already; its node decides where the part ends.
  const partEnd = Math.min(Math.max(expression.range.end, i + 2), end);
  return { part: { kind: 'SubExpressionPart', range: { start: i, end: partEnd }, expression }, value: text.slice(i, partEnd) };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** `` `n ``, `` `$ ``, `` `u{263A} `` and a backtick before any other character (that character). */
function escapePart(text: string, i: number, end: number): { part: StringPart; value: string } {
  const unicode = /^u\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 1, Math.min(end, i + 10)));
  let length = 2;
  let value: string;
  if (unicode && parseInt(unicode[1], 16) <= 0x10ffff) {
    length = 1 + unicode[0].length;
    value = String.fromCodePoint(parseInt(unicode[1], 16));
  } else {
    const escaped = text[i + 1];
    // A backtick before "\r\n" escapes the whole line break.
    if (escaped === '\r' && text[i + 2] === '\n' && i + 2 < end) length = 3;
    value = SIMPLE_ESCAPES[escaped] ?? text.slice(i + 1, i + length);
  }
  return { part: { kind: 'Text', range: { start: i, end: i + length }, value, escape: true }, value };
}
