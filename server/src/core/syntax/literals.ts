// Literal nodes built from single tokens: strings, numbers, variables.

import type { NumberLiteral, StringLiteral, StringQuote, Variable } from './ast';
import type { IToken } from './chevrotain';
import { tokenRange } from './ranges';
import { decodeContent, type SubExpressionResolver } from './stringParts';
import { DoubleQuotedString, HereDoubleString, HereSingleString, type StringPayload } from './tokens';
import { numberValue } from './numbers';
import { variableNode } from './variables';

function quoteOf(token: IToken): StringQuote {
  if (token.tokenType === DoubleQuotedString) return 'double';
  if (token.tokenType === HereDoubleString) return 'hereDouble';
  if (token.tokenType === HereSingleString) return 'hereSingle';
  return 'single';
}

/** A string token; its `$( )` parts get their SubExpression nodes from `resolve`. */
export function stringLiteral(text: string, token: IToken, resolve: SubExpressionResolver): StringLiteral {
  const quote = quoteOf(token);
  const payload = token.payload as StringPayload;
  const contentRange = { start: token.startOffset + payload.contentStart, end: token.startOffset + payload.contentEnd };
  const { value, parts } = decodeContent(text, contentRange.start, contentRange.end, quote, resolve);
  return { kind: 'String', range: tokenRange(token), quote, contentRange, value, parts };
}

export function numberLiteral(token: IToken): NumberLiteral {
  return { kind: 'Number', range: tokenRange(token), text: token.image, value: numberValue(token.image) };
}

export function variable(token: IToken): Variable {
  return variableNode(token.image, tokenRange(token));
}
