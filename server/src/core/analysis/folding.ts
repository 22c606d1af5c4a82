// textDocument/foldingRange: block comments and runs of line comments, #region/#endregion, here-
// strings and other multi-line strings, script blocks, statement blocks, hashtables and @( ), and
// commands or pipelines continued over several lines. A bracketed construct folds up to the line
// before its closing bracket, so the bracket stays visible.

import type { FoldingRange } from 'vscode-languageserver-types';
import type { Node } from '../syntax/ast';
import { childrenOf } from '../syntax/visit';
import type { DocumentAnalysis } from './documentAnalysis';

const bracketed = new Set<Node['kind']>(['ScriptBlock', 'Block', 'Hashtable', 'ArraySubExpression', 'SubExpression', 'Class', 'Enum']);

export function foldingRanges(analysis: DocumentAnalysis): FoldingRange[] {
  const ranges = [...commentRanges(analysis), ...syntaxRanges(analysis)];
  // Editors keep one range per start line: the widest.
  const byStart = new Map<number, FoldingRange>();
  for (const range of ranges) {
    if (range.endLine <= range.startLine) continue;
    const existing = byStart.get(range.startLine);
    if (!existing || existing.endLine < range.endLine) byStart.set(range.startLine, range);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

function lineOf(analysis: DocumentAnalysis, offset: number): number {
  return analysis.lines.positionAt(offset).line;
}

function syntaxRanges(analysis: DocumentAnalysis): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (node: Node): void => {
    const startLine = lineOf(analysis, node.range.start);
    const endLine = lineOf(analysis, node.range.end);
    if (endLine > startLine) {
      if (bracketed.has(node.kind)) ranges.push({ startLine, endLine: endLine - 1 });
      else if (node.kind === 'String') ranges.push({ startLine, endLine: node.quote.startsWith('here') ? endLine - 1 : endLine });
      else if (node.kind === 'Command' || (node.kind === 'Pipeline' && node.elements.length > 1)) ranges.push({ startLine, endLine });
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(analysis.script);
  return ranges;
}

function commentRanges(analysis: DocumentAnalysis): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const regions: number[] = [];
  let run: { startLine: number; endLine: number } | undefined;
  const closeRun = () => {
    if (run && run.endLine > run.startLine) ranges.push({ ...run, kind: 'comment' });
    run = undefined;
  };
  for (const comment of analysis.script.comments) {
    const startLine = lineOf(analysis, comment.range.start);
    const endLine = lineOf(analysis, comment.range.end);
    if (comment.block) {
      closeRun();
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: 'comment' });
      continue;
    }
    const text = analysis.text.slice(comment.range.start, comment.range.end);
    if (/^#\s*region\b/i.test(text)) regions.push(startLine);
    else if (/^#\s*endregion\b/i.test(text) && regions.length > 0) ranges.push({ startLine: regions.pop() as number, endLine: startLine, kind: 'region' });
    if (!isOwnLine(analysis, comment.range.start) || /^#\s*(end)?region\b/i.test(text)) {
      closeRun();
      continue;
    }
    if (run && run.endLine === startLine - 1) run.endLine = startLine;
    else {
      closeRun();
      run = { startLine, endLine: startLine };
    }
  }
  closeRun();
  return ranges;
}

/** A comment alone on its line (only blanks before it). */
function isOwnLine(analysis: DocumentAnalysis, offset: number): boolean {
  const line = lineOf(analysis, offset);
  return analysis.text.slice(analysis.lines.lineStartOffset(line), offset).trim() === '';
}
