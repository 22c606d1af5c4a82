// textDocument/semanticTokens: cmdlet names, parameters, strings, variables and numbers, and inside
// an address-space string its type, attribute keys, attribute values and cost, so a theme can colour
// an X.400 address. Tokens never span lines (a here-string gives one token per line) and are encoded
// as LSP's relative five-number groups.

import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import { parseAddressSpace } from '../addressSpace/parseAddressSpace';
import type { Node, Range, Statement, StringLiteral } from '../syntax/ast';
import type { LineRange } from '../syntax/positions';
import { sourceOffsetInString } from '../syntax/strings';
import { childrenOf } from '../syntax/visit';
import type { CommandBinding } from '../binding/binding';
import type { DocumentAnalysis } from './documentAnalysis';
import { scalarsOf, staticValueOf } from './staticValue';

export const TOKEN_TYPES = ['function', 'parameter', 'string', 'type', 'property', 'enumMember', 'variable', 'number', 'operator'] as const;
export const TOKEN_MODIFIERS = ['defaultLibrary', 'readonly'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** A token as document offsets, before encoding. */
export interface Token {
  start: number;
  end: number;
  type: TokenType;
  modifiers?: TokenModifier[];
}

/** Full results per analysis: an editor asks again for the same version (after a scroll, a theme change). */
const fullResults = new WeakMap<DocumentAnalysis, SemanticTokens>();

/** The document's tokens, or those of the lines of `range` only (which an editor asks first for the visible part). */
export function semanticTokens(analysis: DocumentAnalysis, range?: LineRange): SemanticTokens {
  if (!range) {
    let result = fullResults.get(analysis);
    if (!result) fullResults.set(analysis, (result = { data: encode(analysis, collectTokens(analysis)) }));
    return result;
  }
  const window = { start: analysis.lines.offsetAt(range.start), end: analysis.lines.offsetAt(range.end) };
  return { data: encode(analysis, collectTokens(analysis, window).filter((token) => token.end > window.start && token.start < window.end)) };
}

/** The tokens of the document (or of the top-level statements that meet `window`), sorted, not overlapping. */
export function collectTokens(analysis: DocumentAnalysis, window?: Range): Token[] {
  const tokens: Token[] = [];
  const statements = window ? statementsMeeting(analysis.script.statements, window) : analysis.script.statements;
  const covered = statements.length > 0 ? { start: statements[0].range.start, end: statements[statements.length - 1].range.end } : undefined;
  const bindings = covered ? analysis.bindings.filter((binding) => binding.command.range.start >= covered.start && binding.command.range.start <= covered.end) : [];
  const addressSpaceStrings = addressSpaceStringsOf(bindings);
  const cmdletNames = new Set(bindings.filter((binding) => binding.cmdlet).map((binding) => binding.command.name));
  const visit = (node: Node): void => {
    switch (node.kind) {
      case 'CommandName':
        if (!node.expression) tokens.push(token(node.range, 'function', cmdletNames.has(node) ? ['defaultLibrary'] : undefined));
        break;
      case 'Parameter':
        tokens.push(token(node.nameRange, 'parameter'));
        break;
      case 'String':
        if (addressSpaceStrings.has(node)) tokens.push(...addressSpaceTokens(node));
        else tokens.push(...stringTokens(node, visit));
        return;
      case 'Variable':
        tokens.push(token(node.range, 'variable', /^(true|false|null)$/i.test(node.name) && !node.scope ? ['readonly'] : undefined));
        break;
      case 'Number':
        tokens.push(token(node.range, 'number'));
        break;
    }
    for (const child of childrenOf(node)) visit(child);
  };
  for (const statement of statements) visit(statement);
  return tokens.filter((candidate) => candidate.end > candidate.start).sort((a, b) => a.start - b.start);
}

function token(range: Range, type: TokenType, modifiers?: TokenModifier[]): Token {
  return modifiers ? { start: range.start, end: range.end, type, modifiers } : { start: range.start, end: range.end, type };
}

/** The top-level statements that overlap `window`, found by binary search. */
function statementsMeeting(statements: readonly Statement[], window: Range): readonly Statement[] {
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (statements[mid].range.end < window.start) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < statements.length && statements[end].range.start <= window.end) end++;
  return statements.slice(low, end);
}

/** The literal strings bound to an address-space parameter (plain, in lists, in @{Add=...}). */
function addressSpaceStringsOf(bindings: readonly CommandBinding[]): Set<Node> {
  const strings = new Set<Node>();
  for (const binding of bindings) {
    for (const bound of binding.bound) {
      if (bound.parameter.type.kind !== 'addressSpace' || !bound.value) continue;
      const known = staticValueOf(bound.value);
      const values = known.kind === 'hashtable' ? known.entries.flatMap((entry) => (entry.value ? scalarsOf(entry.value) : [])) : scalarsOf(known);
      for (const scalar of values) if (scalar.kind === 'string' && scalar.expression.kind === 'String') strings.add(scalar.expression);
    }
  }
  return strings;
}

/** A string's text as string tokens, its embedded variables and subexpressions as their own tokens. */
function stringTokens(string: StringLiteral, visit: (node: Node) => void): Token[] {
  const tokens: Token[] = [];
  let textStart = string.range.start;
  for (const part of string.parts) {
    if (part.kind === 'Text') continue;
    tokens.push({ start: textStart, end: part.range.start, type: 'string' });
    if (part.kind === 'VariablePart') tokens.push({ ...part.variable.range, type: 'variable' });
    else visit(part.expression);
    textStart = part.range.end;
  }
  tokens.push({ start: textStart, end: string.range.end, type: 'string' });
  return tokens;
}

/** `"X400:c=US;a=Fabrikam;p=Contoso;5"`: type, keys, values and cost, the rest as string. */
function addressSpaceTokens(string: StringLiteral): Token[] {
  const { addressSpace } = parseAddressSpace(string.value);
  const parts: Token[] = [];
  const mapped = (range: Range | undefined, type: TokenType) => {
    if (range) parts.push({ start: sourceOffsetInString(string, range.start), end: sourceOffsetInString(string, range.end), type });
  };
  mapped(addressSpace?.typeRange, 'type');
  if (addressSpace?.kind === 'x400') {
    for (const attribute of addressSpace.attributes) {
      mapped(attribute.keyRange, 'property');
      mapped(attribute.valueRange, 'enumMember');
    }
  }
  mapped(addressSpace?.costRange, 'number');
  return fillWithString(string.range, parts.filter((part) => part.end > part.start).sort((a, b) => a.start - b.start));
}

function fillWithString(range: Range, parts: Token[]): Token[] {
  const tokens: Token[] = [];
  let at = range.start;
  for (const part of parts) {
    if (part.start < at) continue;
    if (part.start > at) tokens.push({ start: at, end: part.start, type: 'string' });
    tokens.push(part);
    at = part.end;
  }
  if (at < range.end) tokens.push({ start: at, end: range.end, type: 'string' });
  return tokens;
}

function encode(analysis: DocumentAnalysis, tokens: readonly Token[]): number[] {
  const data: number[] = [];
  const lines = analysis.lines;
  let previousLine = 0;
  let previousCharacter = 0;
  let lastEnd = 0;
  // Tokens come sorted, so the line only ever moves forward: no search per token.
  let line = 0;
  const push = (at: number, start: number, end: number, type: number, modifiers: number) => {
    const character = start - lines.lineStartOffset(at);
    const deltaLine = at - previousLine;
    data.push(deltaLine, deltaLine === 0 ? character - previousCharacter : character, end - start, type, modifiers);
    previousLine = at;
    previousCharacter = character;
  };
  for (const token of tokens) {
    if (token.start < lastEnd) continue;
    lastEnd = token.end;
    while (line + 1 < lines.lineCount && lines.lineStartOffset(line + 1) <= token.start) line++;
    const type = TOKEN_TYPES.indexOf(token.type);
    const modifiers = modifierBits(token.modifiers);
    // A token never spans lines: a multi-line one (a here-string) is cut at each line end.
    let start = token.start;
    while (start < token.end) {
      const lineEnd = Math.min(lines.lineEndOffset(line), token.end);
      if (lineEnd > start) push(line, start, lineEnd, type, modifiers);
      if (lineEnd >= token.end || line + 1 >= lines.lineCount) break;
      line++;
      start = lines.lineStartOffset(line);
    }
  }
  return data;
}

function modifierBits(modifiers: readonly TokenModifier[] | undefined): number {
  return (modifiers ?? []).reduce((bits, modifier) => bits | (1 << TOKEN_MODIFIERS.indexOf(modifier)), 0);
}
