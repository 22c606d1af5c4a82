// Diagnostics as the analysis layer produces them: offsets into the document, a stable code and a
// message that says what is wrong and what would fix it. `toLspDiagnostic` turns them into the LSP
// shape that `exconn check --format json` prints and the language server pushes.

import type { Range } from '../syntax/ast';
import type { LineIndex, LineRange } from '../syntax/positions';
import { ruleFor } from './rules';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  code: string;
  range: Range;
  message: string;
  /** Overrides the rule's default severity (address-space problems carry their own). */
  severity?: Severity;
  /** Machine-readable facts for quick fixes, e.g. the suggested name. */
  data?: Record<string, unknown>;
}

/** The LSP Diagnostic shape (0-based lines, UTF-16 characters). */
export interface LspDiagnostic {
  range: LineRange;
  severity: 1 | 2 | 3 | 4;
  code: string;
  source: 'exconn';
  message: string;
  data?: Record<string, unknown>;
}

const severityNumber: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

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
