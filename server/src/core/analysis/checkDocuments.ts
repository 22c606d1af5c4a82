// Checks a set of scripts together: each document's own findings plus the workspace-wide ones,
// sorted by position. The CLI's `check` and the language server's diagnostics both come from here.

import { analyzeDocument, type DocumentAnalysis } from './documentAnalysis';
import type { Finding } from '../binding/finding';
import { toLspDiagnostic, type LspDiagnostic } from './diagnostic';
import { NO_WORKSPACE_FACTS, type WorkspaceFacts } from '../model/workspaceFacts';
import { analyzeByRegion, LONG_SCRIPT } from './regionAnalysis';
import { checkWorkspace, workspaceBindingFilter } from './workspaceChecks';

export interface CheckedDocument {
  analysis: DocumentAnalysis;
  findings: Finding[];
  diagnostics: LspDiagnostic[];
}

export function checkDocuments(documents: readonly { uri: string; text: string }[], facts: WorkspaceFacts = NO_WORKSPACE_FACTS): CheckedDocument[] {
  const analyses = documents.map((document) => analyzeForCheck(document.uri, document.text, facts));
  const workspaceFindings = checkWorkspace(analyses, facts);
  return analyses.map((analysis) => checkedDocument(analysis, workspaceFindings.get(analysis.uri) ?? []));
}

/** A long script is analysed a region at a time (regionAnalysis.ts), keeping what the checks need. */
function analyzeForCheck(uri: string, text: string, facts: WorkspaceFacts): DocumentAnalysis {
  return (text.length > LONG_SCRIPT ? analyzeByRegion(uri, text, workspaceBindingFilter(facts)) : undefined) ?? analyzeDocument(uri, text);
}

/** A document's own findings and its workspace findings, sorted by position, with their LSP form. */
export function checkedDocument(analysis: DocumentAnalysis, workspaceFindings: readonly Finding[]): CheckedDocument {
  const findings = [...analysis.findings, ...workspaceFindings]
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { analysis, findings, diagnostics: findings.map((finding) => toLspDiagnostic(finding, analysis.lines)) };
}
