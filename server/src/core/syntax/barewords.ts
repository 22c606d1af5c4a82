// Unquoted arguments. In argument mode the parser glues adjacent tokens into one argument (see
// lexer.ts); this module decides what the glued text is: a number (`10MB`, `-5`), a plain bareword
// (`Hub01`, `C:\Drop\x`, `*.contoso.com`), or, when it holds `$variable` or `$( )`, an expandable
// string as PowerShell reads it (`$env:TEMP\Drop`, `log_$(Get-Date).txt`).

import type { Expression, Range, StringLiteral, SubExpression } from './ast';
import type { IToken } from './chevrotain';
import { numberLiteral } from './literals';
import { isBinaryLiteral, powerShell7Suffix } from './numbers';
import { tokenRange } from './ranges';
import { decodeContent, type SubExpressionResolver } from './stringParts';
import { Minus, NumberToken } from './tokens';

/** A glued run without expansions. */
export function plainArgument(text: string, tokens: IToken[]): Expression {
  const first = tokens[0];
  if (tokens.length === 1 && isArgumentNumber(first)) return numberLiteral(first);
  if (tokens.length === 2 && first.tokenType === Minus && isArgumentNumber(tokens[1])) {
    const operand = numberLiteral(tokens[1]);
    return { kind: 'Unary', range: { start: first.startOffset, end: operand.range.end }, operator: '-', operand };
  }
  const last = tokens[tokens.length - 1];
  const range = { start: first.startOffset, end: tokenRange(last).end };
  return { kind: 'Bareword', range, text: barewordText(text, range) };
}

/**
 * Whether a Number token is a number as an argument. With a PowerShell 7 type suffix (`10s`,
 * `12n`) or as a binary literal (`0b1010`) it is not: Windows PowerShell, which the Exchange Management Shell runs, reads it as the
 * bareword it looks like.
 */
function isArgumentNumber(token: IToken): boolean {
  return token.tokenType === NumberToken && powerShell7Suffix(token.image) === undefined && !isBinaryLiteral(token.image);
}

/** The bareword's value: its source with backtick escapes decoded (`` a`,b `` is `a,b`). */
function barewordText(text: string, range: Range): string {
  const source = text.slice(range.start, range.end);
  if (!source.includes('`')) return source;
  return decodeContent(text, range.start, range.end, 'bare', noSubExpression).value;
}

const noSubExpression: SubExpressionResolver = (site) => ({ kind: 'SubExpression', range: { start: site.start, end: site.end }, statements: [] });

/** A glued run with `$variable` or `$( )` in it: an expandable string without quotes. */
export function expandableArgument(text: string, range: Range, resolve: SubExpressionResolver): StringLiteral {
  const { value, parts } = decodeContent(text, range.start, range.end, 'bare', resolve);
  return { kind: 'String', range, quote: 'double', contentRange: { ...range }, value, parts, bare: true };
}

/** Resolves the `$( )` of a bareword to the nodes the parser already built, by start offset. */
export function resolverFor(parsed: SubExpression[], fallback: SubExpressionResolver): SubExpressionResolver {
  return (site) => parsed.find((node) => node.range.start === site.start) ?? fallback(site);
}
