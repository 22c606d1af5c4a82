// The full analysis of a new version of a long script, made from the previous one instead of from
// scratch. Top-level statements are independent once the text before them is unchanged, so:
// statements before the edit are kept as they are (same nodes, bindings and findings); the
// statements the edit touches, with one neighbour on each side, are parsed again from the new text;
// statements after the edit are kept too, their ranges moved by the edit's length, and bound again.
// When the re-parsed part leaves something open (a string, a comment, a bracket), the rest of the
// script may read differently, so the caller falls back to a full parse.
//
// The work runs as a generator that yields between slices of statements, so the language server can
// let other requests in between, and stop when a newer edit makes the result pointless.
//
// A caller that gives the previous analysis up (the language server, which replaces it at once) may
// ask for the statements after the edit to be moved in place instead: their ranges, bindings,
// findings and facts are kept and only their offsets change, which costs a walk over their nodes
// instead of a copy and a new binding of half the script after every keystroke.

import type { Comment, Range, Script, Statement, SyntaxDiagnostic } from '../syntax/ast';
import { parseScript } from '../syntax/parser';
import { LineIndex } from '../syntax/positions';
import type { CommandBinding } from './binding';
import type { Finding } from './diagnostic';
import { analyzeScript, type DocumentAnalysis, type DocumentFacts } from './documentAnalysis';
import { changedSpan, shiftNode, touchedStatements } from './editedRegion';

/** Syntax problems after which the text that follows may parse differently. */
const OPEN_CONSTRUCT_CODES = new Set([
  'unterminated-string', 'unterminated-comment', 'missing-closing-paren', 'missing-closing-brace',
  'missing-closing-bracket', 'unmatched-closing-bracket', 'nesting-too-deep', 'parser-failure',
]);

/** About how much text is bound between two yields. */
const SLICE_CHARACTERS = 24 * 1024;

interface Part {
  statements: Statement[];
  comments: Comment[];
  continuations: Range[];
  diagnostics: SyntaxDiagnostic[];
}

export interface ReanalyzeOptions {
  /**
   * The caller gives `previous` up once the generator returns: the nodes, bindings and findings
   * after the edit are moved in place into the new analysis, in the last step (so a generator
   * abandoned earlier leaves `previous` intact), and `previous` must not be read afterwards.
   */
  movePrevious?: boolean;
}

/**
 * Yields between slices of work; returns the new analysis, or undefined when the edit needs a full
 * parse (the caller then parses the whole text).
 */
export function* reanalyze(previous: DocumentAnalysis, text: string, options: ReanalyzeOptions = {}): Generator<void, DocumentAnalysis | undefined> {
  const span = changedSpan(previous.text, text);
  const delta = span.newEnd - span.oldEnd;
  const old = previous.script;
  const { first, end } = touchedStatements(old.statements, previous.text, span.start, span.oldEnd);
  const regionStart = first > 0 ? old.statements[first].range.start : 0;
  const regionEnd = end < old.statements.length ? old.statements[end - 1].range.end : previous.text.length;
  const parsed = parseScript(text.slice(regionStart, regionEnd + delta));
  if (leavesSomethingOpen(parsed) || (parsed.paramBlock && regionStart > 0)) return undefined;
  const region = shiftNode(parsed, regionStart);
  // The last statement re-parsed is the unchanged neighbour after the edit: it must read as before,
  // or the edit changed how the text around it is lexed and the rest may read differently too.
  if (end < old.statements.length && !sameShape(region.statements.at(-1), shiftNode(old.statements[end - 1], delta))) return undefined;
  yield;
  const before = partOf(old, (range) => range.start < regionStart);
  const hasAfter = end < old.statements.length;
  const afterOld = partOf(old, (range) => hasAfter && range.start >= regionEnd);
  const lines = new LineIndex(text);
  const kept = keptAnalysis(previous, regionStart);
  yield;
  if (options.movePrevious) {
    const made = analyzeScript(previous.uri, text, scriptOf(region, text.length), lines);
    yield;
    // The last step, with no yield after it: from here on `previous` is given up.
    const moved = movedAnalysis(previous, afterOld, regionEnd, delta);
    return {
      uri: previous.uri,
      text,
      script: joinedScript(old, regionStart, [before, region, moved.part], text.length),
      lines,
      bindings: [...kept.bindings, ...made.bindings, ...moved.bindings],
      facts: mergeFacts([kept.facts, made.facts, moved.facts]),
      findings: [...kept.findings, ...made.findings, ...moved.findings],
    };
  }
  // Each slice is moved and bound in its own step, so no step holds the event loop for long.
  const made = [analyzeScript(previous.uri, text, scriptOf(region, text.length), lines)];
  const afterStatements: Statement[] = [];
  for (const slice of slicesOf(afterOld)) {
    yield;
    const moved = shiftPart(slice, delta);
    afterStatements.push(...moved.statements);
    made.push(analyzeScript(previous.uri, text, scriptOf(moved, text.length), lines));
  }
  yield;
  const after = shiftPart({ ...afterOld, statements: [] }, delta);
  return {
    uri: previous.uri,
    text,
    script: joinedScript(old, regionStart, [before, region, { ...after, statements: afterStatements }], text.length),
    lines,
    bindings: [...kept.bindings, ...made.flatMap((analysis) => analysis.bindings)],
    facts: mergeFacts([kept.facts, ...made.map((analysis) => analysis.facts)]),
    findings: [...kept.findings, ...made.flatMap((analysis) => analysis.findings)],
  };
}

/** The script made of the parts before, in and after the re-parsed region, in order. */
function joinedScript(old: Script, regionStart: number, parts: [Part, Script, Part], length: number): Script {
  const region = parts[1];
  const paramBlock = regionStart === 0 ? region.paramBlock : old.paramBlock;
  return {
    kind: 'Script',
    range: { start: 0, end: length },
    statements: parts[0].statements.concat(region.statements, parts[2].statements),
    comments: parts[0].comments.concat(region.comments, parts[2].comments),
    continuations: parts[0].continuations.concat(region.continuations, parts[2].continuations),
    diagnostics: parts[0].diagnostics.concat(region.diagnostics, parts[2].diagnostics),
    ...(paramBlock ? { paramBlock } : {}),
  };
}

/**
 * The part after the region with its bindings, findings and facts, every range moved by `delta` in
 * place. Range objects are replaced rather than changed, because one may be shared (a pipeline's
 * range is often its command's, a finding's its node's); the syntax tree is a tree, so each of its
 * nodes is reached once, and the few objects listed twice (findings, occurrences) are moved once.
 */
function movedAnalysis(previous: DocumentAnalysis, part: Part, regionEnd: number, delta: number): { part: Part; bindings: CommandBinding[]; findings: Finding[]; facts: DocumentFacts } {
  const after = (range: Range) => part.statements.length > 0 && range.start >= regionEnd;
  const bindings = previous.bindings.filter((binding) => after(binding.command.range));
  const findings = previous.findings.filter((finding) => after(finding.range));
  const facts = factsWhere(previous.facts, after);
  if (delta === 0) return { part, bindings, findings, facts };
  const continuations = part.continuations.map((range) => movedRange(range, delta));
  for (const nodes of [part.statements, part.comments, part.diagnostics]) moveRanges(nodes, delta);
  const moved = new Set<object>();
  // The command and argument nodes are the statements' own, moved above; the catalog specs hold no offsets.
  for (const binding of bindings) {
    for (const bound of binding.bound) bound.range = movedRange(bound.range, delta);
    for (const finding of binding.findings) moveRangeOnce(finding, delta, moved);
  }
  for (const finding of findings) moveRangeOnce(finding, delta, moved);
  // An occurrence may be in two lists (a removed connector is also referenced).
  for (const occurrences of Object.values(facts)) for (const occurrence of occurrences) moveRangeOnce(occurrence, delta, moved);
  return { part: { ...part, continuations }, bindings, findings, facts };
}

function movedRange(range: Range, by: number): Range {
  return { start: range.start + by, end: range.end + by };
}

function moveRangeOnce(holder: { range: Range }, by: number, moved: Set<object>): void {
  if (moved.has(holder)) return;
  moved.add(holder);
  holder.range = movedRange(holder.range, by);
}

/** Replaces every range in `value` (plain syntax data, a tree) by one moved by `by`. */
function moveRanges(value: object, by: number): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item !== null && typeof item === 'object') value[index] = movedObject(item, by);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (item !== null && typeof item === 'object') record[key] = movedObject(item, by);
  }
}

/** A range's moved copy, or any other object with its ranges moved. */
function movedObject(item: object, by: number): object {
  if (isRangeObject(item)) return movedRange(item, by);
  moveRanges(item, by);
  return item;
}

/** The same test as shiftNode's: an object of exactly `start` and `end`, both numbers. */
function isRangeObject(value: object): value is Range {
  const record = value as Record<string, unknown>;
  if (typeof record.start !== 'number' || typeof record.end !== 'number') return false;
  let keys = 0;
  for (const key in record) if (++keys > 2 || (key !== 'start' && key !== 'end')) return false;
  return true;
}

/**
 * Whether the region might parse differently as part of the whole text: it leaves a string, comment
 * or bracket open, or error recovery skipped text (recovery looks ahead for a closing bracket, which
 * the whole text may have further on).
 */
function leavesSomethingOpen(region: Script): boolean {
  return region.diagnostics.some((diagnostic) => OPEN_CONSTRUCT_CODES.has(diagnostic.code)) || region.statements.some((statement) => statement.kind === 'Error');
}

function sameShape(a: Statement | undefined, b: Statement): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function partOf(script: Script, keep: (range: Range) => boolean): Part {
  return {
    statements: script.statements.filter((statement) => keep(statement.range)),
    comments: script.comments.filter((comment) => keep(comment.range)),
    continuations: script.continuations.filter(keep),
    diagnostics: script.diagnostics.filter((diagnostic) => keep(diagnostic.range)),
  };
}

function shiftPart(part: Part, delta: number): Part {
  return delta === 0 ? part : shiftNode(part, delta);
}

/** The bindings, findings and facts of the statements before the region: they start before it. */
function keptAnalysis(previous: DocumentAnalysis, regionStart: number): { bindings: CommandBinding[]; findings: Finding[]; facts: DocumentFacts } {
  const before = (range: Range) => range.start < regionStart;
  return {
    bindings: previous.bindings.filter((binding) => before(binding.command.range)),
    findings: previous.findings.filter((finding) => before(finding.range)),
    facts: factsWhere(previous.facts, before),
  };
}

function factsWhere(facts: DocumentFacts, keep: (range: Range) => boolean): DocumentFacts {
  return {
    connectorsCreated: facts.connectorsCreated.filter((occurrence) => keep(occurrence.range)),
    connectorReferences: facts.connectorReferences.filter((occurrence) => keep(occurrence.range)),
    serverReferences: facts.serverReferences.filter((occurrence) => keep(occurrence.range)),
    connectorsRemoved: facts.connectorsRemoved.filter((occurrence) => keep(occurrence.range)),
  };
}

/** The part cut into slices of about SLICE_CHARACTERS of statements, each with its own comments and diagnostics. */
function slicesOf(part: Part): Part[] {
  const slices: Part[] = [];
  let start = 0;
  while (start < part.statements.length) {
    let end = start + 1;
    const from = part.statements[start].range.start;
    while (end < part.statements.length && part.statements[end].range.end - from < SLICE_CHARACTERS) end++;
    const to = part.statements[end - 1].range.end;
    const inside = (range: Range) => range.start >= from && range.start <= to;
    slices.push({
      statements: part.statements.slice(start, end),
      comments: [],
      continuations: [],
      diagnostics: part.diagnostics.filter((diagnostic) => inside(diagnostic.range)),
    });
    start = end;
  }
  // Diagnostics between statements (none are expected) stay with the last slice.
  const placed = new Set(slices.flatMap((slice) => slice.diagnostics));
  const stray = part.diagnostics.filter((diagnostic) => !placed.has(diagnostic));
  if (stray.length > 0) {
    if (slices.length === 0) slices.push({ statements: [], comments: [], continuations: [], diagnostics: [] });
    slices[slices.length - 1].diagnostics.push(...stray);
  }
  return slices;
}

function scriptOf(part: Part, length: number): Script {
  return { kind: 'Script', range: { start: 0, end: length }, ...part };
}

function mergeFacts(all: DocumentFacts[]): DocumentFacts {
  return {
    connectorsCreated: all.flatMap((facts) => facts.connectorsCreated),
    connectorReferences: all.flatMap((facts) => facts.connectorReferences),
    serverReferences: all.flatMap((facts) => facts.serverReferences),
    connectorsRemoved: all.flatMap((facts) => facts.connectorsRemoved),
  };
}
