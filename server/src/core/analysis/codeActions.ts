// textDocument/codeAction: quick fixes for the diagnostics that have one obvious fix — a cmdlet,
// parameter or value "did you mean", expanding an ambiguous abbreviation, adding the missing
// mandatory parameters, normalising an X.400 attribute key or type, stating a missing cost, and
// removing a repeated parameter. Each fix is an edit the editor applies as is.

import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Range } from '../syntax/ast';
import type { LineRange } from '../syntax/positions';
import type { DocumentAnalysis } from './documentAnalysis';
import type { CodeAction } from './editorResults';
import { fixesFor, type Fix } from './quickFixes';
import { singleDocumentView, type WorkspaceView } from './workspaceView';

export function codeActions<D extends Diagnostic>(analysis: DocumentAnalysis, range: LineRange, diagnostics: readonly D[], view: WorkspaceView = singleDocumentView(analysis)): CodeAction<D>[] {
  const requested = toOffsets(analysis, range);
  const actions: CodeAction<D>[] = [];
  for (const diagnostic of diagnostics) {
    const at = toOffsets(analysis, diagnostic.range);
    if (at.end < requested.start || at.start > requested.end) continue;
    const data = dataOf(analysis, diagnostic, at);
    const fixes = fixesFor({ analysis, view, code: String(diagnostic.code ?? ''), range: at, data });
    fixes.forEach((fix) => actions.push(toAction(analysis, diagnostic, fix, fixes.length === 1)));
  }
  return actions;
}

function toOffsets(analysis: DocumentAnalysis, range: LineRange): Range {
  return { start: analysis.lines.offsetAt(range.start), end: analysis.lines.offsetAt(range.end) };
}

/** The diagnostic's data as sent back, or the data of the matching finding when the client dropped it. */
function dataOf(analysis: DocumentAnalysis, diagnostic: Diagnostic, at: Range): Record<string, unknown> {
  if (diagnostic.data && typeof diagnostic.data === 'object') return diagnostic.data as Record<string, unknown>;
  const finding = analysis.findings.find((candidate) => candidate.code === diagnostic.code && candidate.range.start === at.start && candidate.range.end === at.end);
  return finding?.data ?? {};
}

function toAction<D extends Diagnostic>(analysis: DocumentAnalysis, diagnostic: D, fix: Fix, only: boolean): CodeAction<D> {
  const edits: TextEdit[] = fix.edits.map((edit) => ({ range: analysis.lines.rangeAt(edit.range.start, edit.range.end), newText: edit.newText }));
  const action: CodeAction<D> = { title: fix.title, kind: 'quickfix', diagnostics: [diagnostic], edit: { changes: { [analysis.uri]: edits } } };
  if (only) action.isPreferred = true;
  return action;
}
