// Where the cursor is, for completion: at a command name, at a parameter name, at a parameter's
// value (unquoted, or inside a string), or nowhere useful. The text right before the cursor decides
// the kind of position (it is what the user is typing, and the tree around it is often broken);
// the bound command decides which parameter a value belongs to.

import { resolveParameter } from '../catalog/catalog';
import type { ParameterSpec } from '../catalog/types';
import type { Range, StringLiteral } from '../syntax/ast';
import type { BoundArgument, CommandBinding } from '../binding/binding';
import type { DocumentAnalysis } from './documentAnalysis';
import { membership, positionalParametersIn } from '../binding/parameterSets';
import { commandBindingAt, inComment, stringAt, typedCommand } from './syntaxQueries';

export type CompletionContext =
  | { kind: 'command'; range: Range }
  | { kind: 'parameter'; binding: CommandBinding; range: Range }
  | { kind: 'value'; binding: CommandBinding; parameter: ParameterSpec; range: Range; listed: string[] }
  | { kind: 'string'; binding: CommandBinding; parameter: ParameterSpec; string: StringLiteral; listed: string[] }
  /** An argument position with no positional parameter left: parameter names go there. */
  | { kind: 'argument'; binding: CommandBinding; range: Range }
  | { kind: 'none' };

/** Characters that end an unquoted word going backwards from the cursor. */
const wordBoundary = /[\s,|;(){}"'`]/;
const nameChars = /[\w-]/;

export function completionContextAt(analysis: DocumentAnalysis, offset: number): CompletionContext {
  if (inComment(analysis.script, offset)) return { kind: 'none' };
  const string = stringAt(analysis.script, offset);
  if (string) return stringContext(analysis, string, offset);
  const text = analysis.text;
  const wordStart = scanBack(text, offset, (ch) => !wordBoundary.test(ch));
  const word = text.slice(wordStart, offset);
  const wordEnd = scanForward(text, offset, (ch) => nameChars.test(ch));
  if (/^-\w*$/.test(word)) return parameterContext(analysis, offset, { start: wordStart, end: wordEnd });
  const colonValue = /^-(\w+):(.*)$/.exec(word);
  if (colonValue) return colonValueContext(analysis, offset, wordStart, colonValue[1], word.length - colonValue[2].length);
  if (isCommandPosition(text, wordStart)) {
    return /^[\w-]*$/.test(word) ? { kind: 'command', range: { start: wordStart, end: wordEnd } } : { kind: 'none' };
  }
  return argumentContext(analysis, offset, { start: wordStart, end: scanForward(text, offset, (ch) => !wordBoundary.test(ch)) });
}

function scanBack(text: string, from: number, keep: (ch: string) => boolean): number {
  let start = from;
  while (start > 0 && keep(text[start - 1])) start--;
  return start;
}

function scanForward(text: string, from: number, keep: (ch: string) => boolean): number {
  let end = from;
  while (end < text.length && keep(text[end])) end++;
  return end;
}

/**
 * A new command may start here: at the start of a line that does not continue the previous one,
 * or after `|`, `;`, `{`, `(` or an assignment's `=`.
 */
export function isCommandPosition(text: string, wordStart: number): boolean {
  let i = wordStart - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return true;
  const ch = text[i];
  if (ch === '\n' || ch === '\r') return !continuesOnNextLine(text, i);
  if (ch === '{') return text[i - 1] !== '@';
  if (ch === '=') return !/[-!<>=]/.test(text[i - 1] ?? '');
  return ch === '|' || ch === ';' || ch === '(';
}

/** Whether the line that ends at the line break at `breakAt` continues onto the next line. */
function continuesOnNextLine(text: string, breakAt: number): boolean {
  let i = breakAt - 1;
  if (text[breakAt] === '\n' && text[i] === '\r') i--;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '`' || text[i] === '|' || text[i] === ',';
}

function parameterContext(analysis: DocumentAnalysis, offset: number, range: Range): CompletionContext {
  const binding = typedCommand(analysis, offset, range.start);
  return binding?.cmdlet ? { kind: 'parameter', binding, range } : { kind: 'none' };
}

/** `-Enabled:$t‸`: the value after the colon. */
function colonValueContext(analysis: DocumentAnalysis, offset: number, wordStart: number, name: string, valueStart: number): CompletionContext {
  const binding = typedCommand(analysis, offset, wordStart);
  if (!binding?.cmdlet) return { kind: 'none' };
  const resolution = resolveParameter(binding.cmdlet, name);
  if (!('parameter' in resolution)) return { kind: 'none' };
  const start = wordStart + valueStart;
  return { kind: 'value', binding, parameter: resolution.parameter, range: { start, end: Math.max(offset, start) }, listed: [] };
}

function stringContext(analysis: DocumentAnalysis, string: StringLiteral, offset: number): CompletionContext {
  const binding = commandBindingAt(analysis, offset, string.range.start);
  const bound = binding?.bound.find((candidate) => candidate.value && containsRange(candidate.value.range, string.range));
  if (!binding || !bound) return { kind: 'none' };
  return { kind: 'string', binding, parameter: bound.parameter, string, listed: listedValues(bound, string.range) };
}

function containsRange(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function argumentContext(analysis: DocumentAnalysis, offset: number, word: Range): CompletionContext {
  const binding = typedCommand(analysis, offset, word.start);
  if (!binding?.cmdlet) return { kind: 'none' };
  const target = listContinuation(analysis, binding, word) ?? namedValueTarget(binding, word);
  if (target) return { kind: 'value', binding, parameter: target.parameter, range: word, listed: listedValues(target, word) };
  const positional = nextPositional(binding, word);
  if (positional) return { kind: 'value', binding, parameter: positional, range: word, listed: [] };
  return word.start === word.end ? { kind: 'argument', binding, range: word } : { kind: 'none' };
}

/** `-SourceTransportServers Hub01,‸`: the bound argument whose list the word continues. */
function listContinuation(analysis: DocumentAnalysis, binding: CommandBinding, word: Range): BoundArgument | undefined {
  let i = word.start - 1;
  while (i >= 0 && /[ \t]/.test(analysis.text[i])) i--;
  if (analysis.text[i] !== ',') return undefined;
  const before = binding.bound.filter((bound) => bound.value && bound.value.range.start < i);
  return before.sort((a, b) => (a.value?.range.start ?? 0) - (b.value?.range.start ?? 0)).at(-1);
}

/** `-Enabled ‸` or `-Enabled $t‸`: the named parameter right before the word, when it takes a value. */
function namedValueTarget(binding: CommandBinding, word: Range): BoundArgument | undefined {
  const elements = binding.command.elements.filter((element) => element.range.end <= word.start);
  const previous = elements.at(-1);
  if (previous?.kind !== 'Parameter' || previous.hasColon) return undefined;
  const bound = binding.bound.find((candidate) => candidate.nameElement === previous);
  if (!bound || bound.parameter.type.kind === 'switch') return undefined;
  return bound;
}

/** The first positional parameter not bound yet, ignoring what is bound to the word being typed. */
function nextPositional(binding: CommandBinding, word: Range): ParameterSpec | undefined {
  const cmdlet = binding.cmdlet;
  if (!cmdlet) return undefined;
  const bound = binding.bound.filter((candidate) => !overlaps(candidate.range, word)).map((candidate) => candidate.parameter);
  const sets = binding.candidateSets.length > 0 ? binding.candidateSets : cmdlet.parameterSets;
  for (const set of sets) {
    const next = positionalParametersIn(cmdlet, set).find((parameter) => !bound.includes(parameter) && membership(cmdlet, parameter, set));
    if (next) return next;
  }
  return undefined;
}

/** Whether a node is (part of) the word being typed; an empty word only touches what encloses it. */
function overlaps(node: Range, word: Range): boolean {
  if (word.start === word.end) return node.start < word.start && word.start < node.end;
  return node.start < word.end && word.start < node.end;
}

/** The plain values already given to a list parameter, other than the one being typed. */
function listedValues(bound: BoundArgument, typing: Range): string[] {
  const value = bound.value;
  if (!value) return [];
  const elements = value.kind === 'Array' ? value.elements : [value];
  return elements
    .filter((element) => !overlaps(element.range, typing))
    .flatMap((element) => (element.kind === 'Bareword' ? [element.text] : element.kind === 'String' ? [element.value] : []));
}
