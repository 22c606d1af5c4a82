// Questions the editor features ask of a syntax tree at a cursor offset: which nodes enclose it,
// which string it is inside, which command is being typed there. A cursor sits between characters,
// so a node "contains" an offset from its start up to and including its end: the cursor right after
// `-Addr` is still in that parameter.

import type { Command, Node, PipelineStatement, Range, Script, StringLiteral } from '../syntax/ast';
import { childrenOf } from '../syntax/visit';
import type { CommandBinding } from '../binding/binding';
import type { DocumentAnalysis } from './documentAnalysis';

export function containsOffset(range: Range, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

/** The nodes that enclose `offset`, outermost first (the script itself first). */
export function pathAt(script: Script, offset: number): Node[] {
  const path: Node[] = [script];
  let children = topLevelCandidates(script, offset);
  for (;;) {
    const child = children.find((candidate) => containsOffset(candidate.range, offset));
    if (!child) return path;
    path.push(child);
    children = childrenOf(child);
  }
}

/**
 * The top-level statements that may contain the offset, found by binary search so that a cursor in
 * a long script does not scan every statement before it.
 */
function topLevelCandidates(script: Script, offset: number): Node[] {
  const statements = script.statements;
  let low = 0;
  let high = statements.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (statements[mid].range.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  // Two neighbours: a cursor at the boundary of two statements touches both.
  return statements.slice(Math.max(0, found - 1), found + 1).reverse();
}

/** The innermost string literal whose content (between the quotes) holds the offset. */
export function stringAt(script: Script, offset: number): StringLiteral | undefined {
  const path = pathAt(script, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (node.kind === 'String' && containsOffset(node.contentRange, offset)) return node;
  }
  return undefined;
}

/** The pipeline a command is an element of, and the command's index in it. */
export function pipelineOf(script: Script, command: Command): { pipeline: PipelineStatement; index: number } | undefined {
  const path = pathAt(script, command.range.start);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (node.kind !== 'Pipeline') continue;
    const index = node.elements.indexOf(command);
    if (index >= 0) return { pipeline: node, index };
  }
  return undefined;
}

/** How many bindings before the cursor are examined; nested commands make a few necessary. */
const BINDING_LOOKBACK = 64;

/**
 * The command being typed at `offset`: the innermost command whose text reaches the offset, or the
 * last command before it when only blanks (and backtick line continuations) lie in between, since
 * the next argument has not been typed yet. `wordStart` is where the word under the cursor begins.
 */
export function commandBindingAt(analysis: DocumentAnalysis, offset: number, wordStart = offset): CommandBinding | undefined {
  const bindings = analysis.bindings;
  const last = lastBindingStartingAtOrBefore(bindings, wordStart);
  for (let i = last; i >= 0 && i > last - BINDING_LOOKBACK; i--) {
    const range = bindings[i].command.range;
    if (containsOffset(range, offset) && range.start < offset) return bindings[i];
    if (range.end <= wordStart && onlyBlanksBetween(analysis.text, range.end, wordStart)) return bindings[i];
  }
  return undefined;
}

function lastBindingStartingAtOrBefore(bindings: readonly CommandBinding[], offset: number): number {
  let low = 0;
  let high = bindings.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (bindings[mid].command.range.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

const blanksAndContinuations = /^(?:[ \t]|`\r?\n|`\r)*$/;

/** True when only spaces, tabs and backtick line continuations lie between the offsets. */
export function onlyBlanksBetween(text: string, from: number, to: number): boolean {
  return from <= to && blanksAndContinuations.test(text.slice(from, to));
}

/** Where an expression of its own begins inside a command's arguments (`{ $_.Name -eq 1 }`, `(...)`). */
const nestedKinds = new Set<Node['kind']>(['ScriptBlock', 'Paren', 'SubExpression', 'ArraySubExpression', 'Hashtable']);

/**
 * The command whose arguments are being typed at `offset`: commandBindingAt, except a command whose
 * script block, parentheses or hashtable hold the cursor (the cursor is in an expression there).
 */
export function typedCommand(analysis: DocumentAnalysis, offset: number, wordStart = offset): CommandBinding | undefined {
  const binding = commandBindingAt(analysis, offset, wordStart);
  if (!binding) return undefined;
  const path = pathAt(analysis.script, offset);
  const at = path.indexOf(binding.command);
  return at >= 0 && path.slice(at + 1).some((node) => nestedKinds.has(node.kind)) ? undefined : binding;
}

/** The binding of a command node, looked up by identity. */
export function bindingOf(analysis: DocumentAnalysis, command: Command): CommandBinding | undefined {
  const bindings = analysis.bindings;
  const index = lastBindingStartingAtOrBefore(bindings, command.range.start);
  for (let i = index; i >= 0 && bindings[i].command.range.start === command.range.start; i--) {
    if (bindings[i].command === command) return bindings[i];
  }
  return undefined;
}

/** The innermost command whose text covers the character at `offset`. */
export function bindingCovering(analysis: DocumentAnalysis, offset: number): CommandBinding | undefined {
  const bindings = analysis.bindings;
  const last = lastBindingStartingAtOrBefore(bindings, offset);
  for (let i = last; i >= 0 && i > last - BINDING_LOOKBACK; i--) {
    const range = bindings[i].command.range;
    if (range.start <= offset && offset < range.end) return bindings[i];
  }
  return undefined;
}

/** Whether the offset is inside a comment (a line comment runs to its line's end, which is still inside). */
export function inComment(script: Script, offset: number): boolean {
  const comments = script.comments;
  let low = 0;
  let high = comments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = comments[mid].range;
    if (offset <= range.start) high = mid - 1;
    else if (offset > range.end || (comments[mid].block && offset === range.end)) low = mid + 1;
    else return true;
  }
  return false;
}
