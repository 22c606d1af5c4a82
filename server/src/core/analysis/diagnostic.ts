// Diagnostics as the analysis layer publishes them: a Finding (core/binding/finding.ts) with its
// severity from the rule table. `toLspDiagnostic` turns findings into the LSP shape that
// `exconn check --format json` prints and the language server pushes.

import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../binding/finding';
import type { LineIndex } from '../syntax/positions';
import { ruleFor } from './rules';

/** LSP's Diagnostic (0-based lines, UTF-16 characters) as we always fill it in. */
export interface LspDiagnostic extends Diagnostic {
  severity: DiagnosticSeverity;
  code: string;
  source: 'exconn';
  data?: Record<string, unknown>;
}

const severityNumber: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function severityOf(finding: Finding): Severity {
  return finding.severity ?? ruleFor(finding.code).severity;
}

export function toLspDiagnostic(finding: Finding, lines: LineIndex): LspDiagnostic {
  const diagnostic: LspDiagnostic = {
    range: lines.rangeAt(finding.range.start, finding.range.end),
    severity: severityNumber[severityOf(finding)],
    code: finding.code,
    source: 'exconn',
    message: finding.message,
  };
  if (finding.data) diagnostic.data = finding.data;
  return diagnostic;
}
