// Table-driven catalog checks: for each row, a script line `exconn check` must pass without error or
// warning findings, and one it must flag with the expected code. Shared by the per-family catalog tests.

import * as assert from 'node:assert/strict';
import { checkDocuments } from '../../server/src/core/analysis';
import { severityOf } from '../../server/src/core/analysis/diagnostic';
import type { Finding } from '../../server/src/core/binding/finding';

export interface ScriptRow {
  /** What the row covers: a value type or a parameter set. */
  what: string;
  valid: string;
  invalid: string;
  /** The code `invalid` must produce. */
  code: string;
  /** What the finding's message must say, when that matters to a user. */
  message?: RegExp;
}

/** The severities that count as a problem with a line; information and hints do not. */
const PROBLEMS = new Set(['error', 'warning']);

function findingsFor(text: string): Finding[] {
  return checkDocuments([{ uri: 'test.ps1', text }])[0].findings;
}

function codesOf(findings: Finding[]): string {
  return JSON.stringify(findings.map((finding) => `${finding.code}: ${finding.message}`));
}

export function describeScriptRows(title: string, rows: readonly ScriptRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(`${row.what}: accepts ${row.valid}`, () => {
        const findings = findingsFor(row.valid).filter((finding) => PROBLEMS.has(severityOf(finding)));
        assert.deepEqual(findings, [], codesOf(findings));
      });
      it(`${row.what}: reports ${row.code} for ${row.invalid}`, () => {
        const findings = findingsFor(row.invalid);
        const found = findings.filter((finding) => finding.code === row.code);
        assert.ok(found.length > 0, `expected ${row.code}, got ${codesOf(findings)}`);
        if (row.message) assert.match(found[0].message, row.message);
      });
    }
  });
}
