// textDocument/formatting and rangeFormatting, conservative by design: only what has one right
// answer changes. Cmdlet and parameter names get the catalog's casing (an abbreviation keeps its
// length), the blanks between a command's name and arguments on one line become one space, and a
// line that continues a command (after a backtick or a trailing `|`) is indented one level deeper
// than the line the statement starts on. Text inside strings and comments is never touched.

import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import { findCmdlet, resolveParameter } from '../catalog/catalog';
import type { CmdletSpec } from '../catalog/types';
import type { CommandParameter, Node, Range } from '../syntax/ast';
import type { LineRange } from '../syntax/positions';
import { childrenOf } from '../syntax/visit';
import type { CommandBinding } from '../binding/binding';
import type { DocumentAnalysis } from './documentAnalysis';

interface OffsetEdit {
  range: Range;
  newText: string;
}

export function formatDocument(analysis: DocumentAnalysis, options: FormattingOptions): TextEdit[] {
  return toTextEdits(analysis, formattingEdits(analysis, options));
}

/** The document's formatting edits that touch the lines of `range`. */
export function formatRange(analysis: DocumentAnalysis, range: LineRange, options: FormattingOptions): TextEdit[] {
  const from = analysis.lines.lineStartOffset(range.start.line);
  const to = analysis.lines.lineEndOffset(range.end.line);
  return toTextEdits(analysis, formattingEdits(analysis, options).filter((edit) => edit.range.start >= from && edit.range.end <= to));
}

function toTextEdits(analysis: DocumentAnalysis, edits: OffsetEdit[]): TextEdit[] {
  return edits
    .sort((a, b) => a.range.start - b.range.start)
    .map((edit) => ({ range: analysis.lines.rangeAt(edit.range.start, edit.range.end), newText: edit.newText }));
}

export function formattingEdits(analysis: DocumentAnalysis, options: FormattingOptions): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  for (const binding of analysis.bindings) {
    if (binding.cmdlet) edits.push(...casingEdits(binding, binding.cmdlet));
    edits.push(...spacingEdits(analysis, binding));
  }
  edits.push(...continuationEdits(analysis, options));
  return edits;
}

// ---- casing -------------------------------------------------------------------------------------

function casingEdits(binding: CommandBinding, cmdlet: CmdletSpec): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  const name = binding.command.name;
  const canonicalName = canonicalCommandName(cmdlet, name.text);
  if (!name.expression && canonicalName !== name.text) edits.push({ range: name.range, newText: canonicalName });
  for (const element of binding.command.elements) {
    if (element.kind !== 'Parameter') continue;
    const canonical = canonicalParameterName(cmdlet, element);
    if (canonical !== undefined && canonical !== element.name) {
      const start = element.nameRange.end - element.name.length;
      edits.push({ range: { start, end: element.nameRange.end }, newText: canonical });
    }
  }
  return edits;
}

/** The cmdlet's name, or the alias as the catalog spells it when an alias is written. */
function canonicalCommandName(cmdlet: CmdletSpec, written: string): string {
  if (findCmdlet(written) !== cmdlet) return written;
  const alias = cmdlet.aliases?.find((candidate) => candidate.toLowerCase() === written.toLowerCase());
  return alias ?? (written.toLowerCase() === cmdlet.name.toLowerCase() ? cmdlet.name : written);
}

/** The written name in the catalog's casing: the name, an alias, or the same-length prefix of either. */
function canonicalParameterName(cmdlet: CmdletSpec, element: CommandParameter): string | undefined {
  const resolution = resolveParameter(cmdlet, element.name);
  if (!('parameter' in resolution)) return undefined;
  const written = element.name.toLowerCase();
  const spellings = [resolution.parameter.name, ...(resolution.parameter.aliases ?? [])];
  const match = spellings.find((spelling) => spelling.toLowerCase().startsWith(written));
  return match?.slice(0, element.name.length);
}

// ---- spacing ------------------------------------------------------------------------------------

/** One space between the name and each argument written on the same line. */
function spacingEdits(analysis: DocumentAnalysis, binding: CommandBinding): OffsetEdit[] {
  const pieces: Range[] = [binding.command.name.range, ...binding.command.elements.map((element) => element.range)];
  const edits: OffsetEdit[] = [];
  for (let i = 1; i < pieces.length; i++) {
    const gap = { start: pieces[i - 1].end, end: pieces[i].start };
    const text = analysis.text.slice(gap.start, gap.end);
    if (text !== ' ' && /^[ \t]+$/.test(text)) edits.push({ range: gap, newText: ' ' });
  }
  return edits;
}

// ---- continuation lines -------------------------------------------------------------------------

function continuationEdits(analysis: DocumentAnalysis, options: FormattingOptions): OffsetEdit[] {
  const unit = options.insertSpaces ? ' '.repeat(Math.max(1, options.tabSize)) : '\t';
  const continued = continuationLines(analysis);
  const edits: OffsetEdit[] = [];
  for (const line of [...continued].sort((a, b) => a - b)) {
    let first = line - 1;
    while (continued.has(first)) first--;
    const wanted = indentOf(analysis, first) + unit;
    const start = analysis.lines.lineStartOffset(line);
    const current = indentOf(analysis, line);
    const blank = start + current.length === analysis.lines.lineEndOffset(line);
    if (current !== wanted && !blank) edits.push({ range: { start, end: start + current.length }, newText: wanted });
  }
  return edits;
}

/** Lines that continue the statement of the line before: after a backtick, or a pipeline element after a line break. */
function continuationLines(analysis: DocumentAnalysis): Set<number> {
  const lines = new Set<number>();
  const lineOf = (offset: number) => analysis.lines.positionAt(offset).line;
  for (const backtick of analysis.script.continuations) {
    const next = lineOf(backtick.end) + 1;
    if (next < analysis.lines.lineCount) lines.add(next);
  }
  const visit = (node: Node): void => {
    if (node.kind === 'Pipeline') {
      for (const element of node.elements.slice(1)) {
        const line = lineOf(element.range.start);
        if (line > lineOf(node.range.start) && firstOnLine(analysis, element.range.start)) lines.add(line);
      }
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(analysis.script);
  return lines;
}

/** True when only blanks (or a leading `|`) come before the offset on its line. */
function firstOnLine(analysis: DocumentAnalysis, offset: number): boolean {
  const line = analysis.lines.positionAt(offset).line;
  return /^[ \t]*\|?[ \t]*$/.test(analysis.text.slice(analysis.lines.lineStartOffset(line), offset));
}

function indentOf(analysis: DocumentAnalysis, line: number): string {
  const start = analysis.lines.lineStartOffset(line);
  const end = analysis.lines.lineEndOffset(line);
  return /^[ \t]*/.exec(analysis.text.slice(start, end))?.[0] ?? '';
}
