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

/**
 * Yields between slices of work; returns the new analysis, or undefined when the edit needs a full
 * parse (the caller then parses the whole text).
 */
export function* reanalyze(previous: DocumentAnalysis, text: string): Generator<void, DocumentAnalysis | undefined> {
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
  const script: Script = {
    kind: 'Script',
    range: { start: 0, end: text.length },
    statements: [...before.statements, ...region.statements, ...afterStatements],
    comments: [...before.comments, ...region.comments, ...after.comments],
    continuations: [...before.continuations, ...region.continuations, ...after.continuations],
    diagnostics: [...before.diagnostics, ...region.diagnostics, ...after.diagnostics],
    ...(regionStart === 0 ? (region.paramBlock ? { paramBlock: region.paramBlock } : {}) : old.paramBlock ? { paramBlock: old.paramBlock } : {}),
  };
  return {
    uri: previous.uri,
    text,
    script,
    lines,
    bindings: [...kept.bindings, ...made.flatMap((analysis) => analysis.bindings)],
    facts: mergeFacts([kept.facts, ...made.map((analysis) => analysis.facts)]),
    findings: [...kept.findings, ...made.flatMap((analysis) => analysis.findings)],
  };
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
  const facts = previous.facts;
  return {
    bindings: previous.bindings.filter((binding) => before(binding.command.range)),
    findings: previous.findings.filter((finding) => before(finding.range)),
    facts: {
      connectorsCreated: facts.connectorsCreated.filter((occurrence) => before(occurrence.range)),
      connectorReferences: facts.connectorReferences.filter((occurrence) => before(occurrence.range)),
      serverReferences: facts.serverReferences.filter((occurrence) => before(occurrence.range)),
      connectorsRemoved: facts.connectorsRemoved.filter((occurrence) => before(occurrence.range)),
    },
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
