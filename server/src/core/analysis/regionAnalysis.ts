// Checking a long script a region at a time. The syntax tree of a script takes about 25 times the
// script's size in memory, so `exconn check` of a 20 MB script held half a gigabyte of tree, and the
// tokens beside it while parsing. Its diagnostics need far less: the findings, the facts (and of
// each fact's command, its name), and the few bindings the workspace checks read. So a long script
// is parsed and analysed a quarter of a megabyte at a time, and each region's tree is let go once
// its findings are taken.
//
// Regions end where a top-level statement begins a line, the boundary editedRegion.ts relies on too:
// the lexer reads a line's first character on its own, so the statements before it parse as they do
// in the whole text. The last statement of a region may be cut off by the region's end, so it is
// parsed again as the first of the next region. The result is the same as analyzeDocument's; a test
// compares the two on scripts with blocks, here-strings and comments across region ends.

import type { CommandBinding } from '../binding/binding';
import type { Finding } from '../binding/finding';
import type { Command, Script, Statement, SyntaxDiagnostic } from '../syntax/ast';
import { parseScriptRange } from '../syntax/parser';
import { LineIndex } from '../syntax/positions';
import { analyzeScript, type DocumentAnalysis, type DocumentFacts } from './documentAnalysis';
import { startsSoundly } from './editedRegion';

/** Scripts longer than this (in characters) are analysed by region. */
export const LONG_SCRIPT = 4 * 1024 * 1024;
const REGION = 256 * 1024;

/**
 * The analysis of `text`, made a region of about `region` characters at a time. Its findings and
 * facts are the whole script's; its syntax tree holds no statements and `bindings` only those
 * `keepBinding` accepts (called in script order). For `exconn check`, not for editor features.
 * Undefined for the rare script that only the whole parse can read (a param block after a region end).
 */
export function analyzeByRegion(uri: string, text: string, keepBinding: (binding: CommandBinding) => boolean, region = REGION): DocumentAnalysis | undefined {
  const lines = new LineIndex(text);
  const whole = new RegionTotals();
  let start = 0;
  let size = region;
  while (start < text.length) {
    const end = lineStartAtOrAfter(text, start + size);
    const script = parseScriptRange(text, start, end);
    // A param block is only one at the start of the script; elsewhere the whole parse decides.
    if (start > 0 && script.paramBlock) return undefined;
    const last = end >= text.length;
    const cut = last ? script.statements.length : lastSoundStart(script.statements, text);
    // A region that is one statement (a long block, a huge here-string) makes no progress: widen it.
    if (!last && cut === 0) {
      size *= 2;
      continue;
    }
    const until = cut < script.statements.length ? script.statements[cut].range.start : end;
    const kept: Script = {
      ...script,
      statements: script.statements.slice(0, cut),
      comments: script.comments.filter((comment) => comment.range.start < until),
      continuations: script.continuations.filter((continuation) => continuation.start < until),
      diagnostics: script.diagnostics.filter((diagnostic) => diagnostic.range.start < until),
    };
    whole.add(analyzeScript(uri, text, kept, lines), kept.diagnostics, keepBinding);
    start = until;
    size = region;
  }
  return whole.analysis(uri, text, lines);
}

/** What the regions add up to. */
class RegionTotals {
  private readonly findings: Finding[] = [];
  private readonly bindings: CommandBinding[] = [];
  private readonly diagnostics: SyntaxDiagnostic[] = [];
  private readonly facts: DocumentFacts = { connectorsCreated: [], connectorReferences: [], serverReferences: [], connectorsRemoved: [] };
  private paramBlock: Script['paramBlock'];

  /** A region's analysis, made of the statements kept before its cut only, so all of it counts. */
  add(analysis: DocumentAnalysis, diagnostics: readonly SyntaxDiagnostic[], keepBinding: (binding: CommandBinding) => boolean): void {
    for (const finding of analysis.findings) this.findings.push(finding);
    for (const binding of analysis.bindings) if (keepBinding(binding)) this.bindings.push(binding);
    for (const diagnostic of diagnostics) this.diagnostics.push(diagnostic);
    // A fact names its command; the workspace checks read only the command's name, and the whole
    // command would keep its region's tree alive.
    const outlines = new Map<Command, Command>();
    const outline = (command: Command): Command => {
      let found = outlines.get(command);
      if (!found) outlines.set(command, (found = { kind: 'Command', range: command.range, name: command.name, elements: [] }));
      return found;
    };
    for (const key of Object.keys(this.facts) as (keyof DocumentFacts)[]) {
      for (const fact of analysis.facts[key]) this.facts[key].push({ ...fact, command: outline(fact.command) });
    }
    this.paramBlock ??= analysis.script.paramBlock;
  }

  analysis(uri: string, text: string, lines: LineIndex): DocumentAnalysis {
    const script: Script = { kind: 'Script', range: { start: 0, end: text.length }, statements: [], comments: [], continuations: [], diagnostics: this.diagnostics };
    if (this.paramBlock) script.paramBlock = this.paramBlock;
    return { uri, text, script, lines, bindings: this.bindings, facts: this.facts, findings: this.findings };
  }
}

/**
 * The index of the last statement that may start the next region (startsSoundly), not the first
 * and not right after error recovery. 0 when there is none.
 */
function lastSoundStart(statements: readonly Statement[], text: string): number {
  for (let index = statements.length - 1; index > 0; index--) {
    if (startsSoundly(statements[index], text) && !followsError(statements, index)) return index;
  }
  return 0;
}

/** A statement right after error recovery may belong to what recovery skipped: not a place to cut. */
function followsError(statements: readonly Statement[], index: number): boolean {
  return statements[index - 1].kind === 'Error';
}

function lineStartAtOrAfter(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}
