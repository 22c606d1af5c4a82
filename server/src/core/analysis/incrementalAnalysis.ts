// The full analysis of a new version of a long script, made from the previous one instead of from
// scratch. Top-level statements are independent once the text before them is unchanged, so:
// statements before the edit are kept as they are (same nodes, bindings and findings); the
// statements the edit touches, with one neighbour on each side, are parsed again from the new text;
// statements after the edit are kept too, with their bindings, findings and facts, and only their
// offsets are moved in place by the edit's length: a walk over their nodes instead of a copy and a
// new binding of half the script after every keystroke. So the previous analysis is given up: the
// language server replaces it at once.
// When the re-parsed part leaves something open (a string, a comment, a bracket), the rest of the
// script may read differently, so the caller falls back to a full parse.
//
// The work runs as a generator that yields between slices of statements, so the language server can
// let other requests in between, and stop when a newer edit makes the result pointless.

import type { Comment, Range, Script, Statement, SyntaxDiagnostic } from '../syntax/ast';
import { parseScript } from '../syntax/parser';
import { LineIndex } from '../syntax/positions';
import type { CommandBinding } from '../binding/binding';
import type { Finding } from '../binding/finding';
import { analyzeScript, type DocumentAnalysis, type DocumentFacts, type NameOccurrence } from './documentAnalysis';
import { changedSpan, detachedCopy, shiftNode, touchedStatements } from './editedRegion';

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

/** The part after the re-parsed region with the analysis that belongs to it. */
interface AfterPart {
  part: Part;
  bindings: CommandBinding[];
  findings: Finding[];
  facts: DocumentFacts;
}

/**
 * Yields between slices of work; returns the new analysis, or undefined when the edit needs a full
 * parse (the caller then parses the whole text). The nodes, bindings and findings after the edit are
 * moved into the new analysis in the last step, so a generator abandoned earlier (or one that returns
 * undefined) leaves `previous` intact; once it returns an analysis, `previous` must not be read.
 */
export function* reanalyze(previous: DocumentAnalysis, text: string): Generator<void, DocumentAnalysis | undefined> {
  const span = changedSpan(previous.text, text);
  const delta = span.newEnd - span.oldEnd;
  const old = previous.script;
  const { first, end } = touchedStatements(old.statements, previous.text, span.start, span.oldEnd);
  const regionStart = first > 0 ? old.statements[first].range.start : 0;
  const regionEnd = end < old.statements.length ? old.statements[end - 1].range.end : previous.text.length;
  // Parsed from a copy of the region: the nodes' strings are slices of the text they are parsed from,
  // and these nodes outlive this version (the statements an edit leaves alone are kept), so slices
  // of the whole text would keep a copy of the 1 MB script alive per edited place.
  const parsed = parseScript(detachedCopy(text.slice(regionStart, regionEnd + delta)));
  if (leavesSomethingOpen(parsed) || (parsed.paramBlock && regionStart > 0)) return undefined;
  const region = shiftNode(parsed, regionStart);
  // The last statement re-parsed is the unchanged neighbour after the edit: it must read as before,
  // or the edit changed how the text around it is lexed and the rest may read differently too.
  if (end < old.statements.length && !sameShape(region.statements.at(-1), shiftNode(old.statements[end - 1], delta))) return undefined;
  yield;
  const before = partOf(old, (range) => range.start < regionStart, 0, splitAt(old.statements, regionStart));
  const hasAfter = end < old.statements.length;
  const afterOld = partOf(old, (range) => hasAfter && range.start >= regionEnd, hasAfter ? splitAt(old.statements, regionEnd) : old.statements.length, old.statements.length);
  // The line starts before the edit are the previous index's; only those after it move.
  const lines = LineIndex.afterEdit(previous.lines, text, span.start, span.oldEnd, span.newEnd);
  const kept = keptAnalysis(previous, regionStart);
  yield;
  const made = analyzeScript(previous.uri, text, scriptOf(region, text.length), lines);
  yield;
  const moved = afterAnalysis(previous, afterOld, regionEnd);
  if (delta !== 0) yield* moveInPlace(moved, delta);
  return {
    uri: previous.uri,
    text,
    script: joinedScript(old, regionStart, [before, region, moved.part], text.length),
    lines,
    bindings: kept.bindings.concat(made.bindings, moved.bindings),
    facts: mergeFacts([kept.facts, made.facts, moved.facts]),
    findings: kept.findings.concat(made.findings, moved.findings),
  };
}

/**
 * Moves the part after the region, with its bindings, findings and facts, by `delta` in place. The
 * ranges are gathered a slice at a time (reading only, so an abandoned generator leaves `previous`
 * intact), then moved in the last step, with no yield after it, which allocates nothing per node:
 * from there on `previous` is given up.
 */
function* moveInPlace(moved: AfterPart, delta: number): Generator<void, void> {
  const part = moved.part;
  const mover = new RangeMover(delta);
  for (const [from, to] of sliceBounds(part.statements, (statement) => statement.range)) {
    mover.addTree(part.statements.slice(from, to));
    yield;
  }
  for (let from = 0; from < moved.bindings.length; from += BINDINGS_PER_SLICE) {
    mover.addBindings(moved.bindings.slice(from, from + BINDINGS_PER_SLICE));
    yield;
  }
  mover.addTree(part.comments);
  mover.addTree(part.diagnostics);
  for (const range of part.continuations) mover.add(range);
  for (const finding of moved.findings) mover.add(finding.range);
  for (const occurrences of Object.values(moved.facts) as NameOccurrence[][]) for (const occurrence of occurrences) mover.add(occurrence.range);
  mover.move();
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
 * The part after the region with its bindings, findings and facts, to be moved by the edit's length
 * in place (RangeMover): changing the objects instead of replacing them allocates nothing per node,
 * where a copy of every range of half the script after each keystroke was most of the edit's garbage.
 */
function afterAnalysis(previous: DocumentAnalysis, part: Part, regionEnd: number): AfterPart {
  const hasAfter = part.statements.length > 0;
  return {
    part,
    bindings: hasAfter ? previous.bindings.slice(splitAt(previous.bindings, regionEnd, commandStart)) : [],
    findings: hasAfter ? previous.findings.filter((finding) => finding.range.start >= regionEnd) : [],
    facts: factsFrom(previous.facts, hasAfter ? regionEnd : Infinity),
  };
}

/** Bindings whose ranges are gathered between two yields. */
const BINDINGS_PER_SLICE = 4096;

/** [from, to) index pairs cutting `items` (in source order) into slices of about SLICE_CHARACTERS. */
function sliceBounds<T>(items: readonly T[], rangeOf: (item: T) => Range): [number, number][] {
  const bounds: [number, number][] = [];
  for (let from = 0; from < items.length;) {
    const start = rangeOf(items[from]).start;
    let to = from + 1;
    while (to < items.length && rangeOf(items[to]).end - start < SLICE_CHARACTERS) to++;
    bounds.push([from, to]);
    from = to;
  }
  return bounds;
}

/**
 * Moves range objects in place by one delta, each distinct object once: the ranges are gathered
 * (a shared one as often as it is reached), then each is marked as moved by storing its new offsets
 * negated, which the ranges reached again skip, and the marks are taken off. No set of the 200,000
 * ranges of half the 1 MB script, whose hashing cost more than the moves.
 */
class RangeMover {
  private readonly ranges: Range[] = [];

  constructor(private readonly by: number) {}

  add(range: Range): void {
    this.ranges.push(range);
  }

  /** The ranges a binding holds besides its command's nodes (gathered with the statements): its bound arguments' and findings'. */
  addBindings(bindings: readonly CommandBinding[]): void {
    for (const binding of bindings) {
      for (const bound of binding.bound) this.ranges.push(bound.range);
      for (const finding of binding.findings) this.ranges.push(finding.range);
    }
  }

  /** Gathers every range in `value` (plain syntax data, a tree). */
  addTree(value: object): void {
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (item !== null && typeof item === 'object') this.addObject(item);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (item === null || typeof item !== 'object') continue;
      // A node's `range` is a Range (ast.ts): most ranges are found without testing their shape.
      if (key === 'range') this.ranges.push(item as Range);
      else this.addObject(item);
    }
  }

  /** Moves every range gathered once. */
  move(): void {
    const by = this.by;
    const odd = new Set<Range>();
    for (const range of this.ranges) {
      if (range.start >= 0) {
        range.start = -1 - (range.start + by);
        range.end = -1 - (range.end + by);
      } else if (!(range.start < 0) && !odd.has(range)) {
        // Not an offset (NaN): moved as shiftNode moves it, once per object.
        odd.add(range);
        range.start += by;
        range.end += by;
      }
    }
    for (const range of this.ranges) {
      if (range.start < 0) {
        range.start = -1 - range.start;
        range.end = -1 - range.end;
      }
    }
    this.ranges.length = 0;
  }

  private addObject(item: object): void {
    if (isRangeObject(item)) this.ranges.push(item);
    else this.addTree(item);
  }
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

/** The statements [from, to) (which `keep` selects) with the comments, continuations and diagnostics `keep` selects. */
function partOf(script: Script, keep: (range: Range) => boolean, from: number, to: number): Part {
  return {
    statements: script.statements.slice(from, to),
    comments: script.comments.filter((comment) => keep(comment.range)),
    continuations: script.continuations.filter(keep),
    diagnostics: script.diagnostics.filter((diagnostic) => keep(diagnostic.range)),
  };
}

/** The bindings, findings and facts of the statements before the region: they start before it. */
function keptAnalysis(previous: DocumentAnalysis, regionStart: number): { bindings: CommandBinding[]; findings: Finding[]; facts: DocumentFacts } {
  const facts = previous.facts;
  return {
    bindings: previous.bindings.slice(0, splitAt(previous.bindings, regionStart, commandStart)),
    findings: previous.findings.filter((finding) => finding.range.start < regionStart),
    facts: {
      connectorsCreated: facts.connectorsCreated.slice(0, splitAt(facts.connectorsCreated, regionStart)),
      connectorReferences: facts.connectorReferences.slice(0, splitAt(facts.connectorReferences, regionStart)),
      serverReferences: facts.serverReferences.slice(0, splitAt(facts.serverReferences, regionStart)),
      connectorsRemoved: facts.connectorsRemoved.slice(0, splitAt(facts.connectorsRemoved, regionStart)),
    },
  };
}

/** The facts that start at `offset` or later. */
function factsFrom(facts: DocumentFacts, offset: number): DocumentFacts {
  return {
    connectorsCreated: facts.connectorsCreated.slice(splitAt(facts.connectorsCreated, offset)),
    connectorReferences: facts.connectorReferences.slice(splitAt(facts.connectorReferences, offset)),
    serverReferences: facts.serverReferences.slice(splitAt(facts.serverReferences, offset)),
    connectorsRemoved: facts.connectorsRemoved.slice(splitAt(facts.connectorsRemoved, offset)),
  };
}

const rangeStart = (item: { range: Range }) => item.range.start;
const commandStart = (binding: CommandBinding) => binding.command.range.start;

/**
 * The first index of `items` that starts at `offset` or later. Statements, bindings and each list of
 * facts are in source order, and the offsets split at are top-level statement boundaries, which
 * every binding and fact of a statement is on the same side of: a binary search instead of a filter.
 */
function splitAt<T>(items: readonly T[], offset: number, startOf: (item: T) => number = rangeStart as (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (startOf(items[mid]) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function scriptOf(part: Part, length: number): Script {
  return { kind: 'Script', range: { start: 0, end: length }, ...part };
}

function mergeFacts(all: DocumentFacts[]): DocumentFacts {
  const joined = (list: (facts: DocumentFacts) => NameOccurrence[]) => ([] as NameOccurrence[]).concat(...all.map(list));
  return {
    connectorsCreated: joined((facts) => facts.connectorsCreated),
    connectorReferences: joined((facts) => facts.connectorReferences),
    serverReferences: joined((facts) => facts.serverReferences),
    connectorsRemoved: joined((facts) => facts.connectorsRemoved),
  };
}
