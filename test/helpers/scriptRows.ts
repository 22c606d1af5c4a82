// Table-driven catalog checks, shared by the per-family catalog tests: a script line checked the way
// `exconn check` checks it must either come out clean (no error or warning finding) or report the
// expected code. Rows pair a clean line with a flagged one; cases are single lines.

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

export interface ScriptCase {
  /** What the line exercises: a value type or a parameter set. */
  what: string;
  script: string;
  /** The finding code the line must produce; absent for a line that must be clean. */
  code?: string;
}

/** The severities that count as a problem with a line; information and hints do not. */
const PROBLEMS = new Set(['error', 'warning']);

function findingsFor(text: string): Finding[] {
  return checkDocuments([{ uri: 'test.ps1', text }])[0].findings;
}

function codesOf(findings: Finding[]): string {
  return JSON.stringify(findings.map((finding) => `${finding.code}: ${finding.message}`));
}

function assertClean(text: string): void {
  const problems = findingsFor(text).filter((finding) => PROBLEMS.has(severityOf(finding)));
  assert.deepEqual(problems, [], codesOf(problems));
}

function assertReports(text: string, code: string, message?: RegExp): void {
  const findings = findingsFor(text);
  const found = findings.filter((finding) => finding.code === code);
  assert.ok(found.length > 0, `expected ${code}, got ${codesOf(findings)}`);
  if (message) assert.match(found[0].message, message);
}

export function describeScriptRows(title: string, rows: readonly ScriptRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(`${row.what}: accepts ${row.valid}`, () => assertClean(row.valid));
      it(`${row.what}: reports ${row.code} for ${row.invalid}`, () => assertReports(row.invalid, row.code, row.message));
    }
  });
}

/** One `it` per case, clean and flagged alike. */
export function checkScriptCases(cases: readonly ScriptCase[]): void {
  for (const { what, script, code } of cases) {
    const shown = script.length > 100 ? `${script.slice(0, 97)}...` : script;
    it(`${code ? 'rejects' : 'accepts'} ${what}: ${shown}`, () => (code === undefined ? assertClean(script) : assertReports(script, code)));
  }
}
