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

/** A problem of exconn.json as its loader reports it: 1-based line and column. */
export interface ConfigurationProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * exconn.json's problems as diagnostics of that file (`invalid-exconn-json`), each at its place: for
 * `exconn check`, which reports them beside the scripts' and goes on with what could be read.
 */
export function configurationDiagnostics(problems: readonly ConfigurationProblem[]): LspDiagnostic[] {
  return problems.map((problem) => {
    const at = { line: Math.max(0, problem.line - 1), character: Math.max(0, problem.column - 1) };
    return {
      range: { start: at, end: { line: at.line, character: at.character + 1 } },
      severity: severityNumber[ruleFor('invalid-exconn-json').severity],
      code: 'invalid-exconn-json',
      source: 'exconn',
      message: problem.message,
    };
  });
}
