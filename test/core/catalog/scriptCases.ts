// Table-driven catalog tests: each case is one script line checked the way `exconn check` checks it.
// A case without a code must come out clean (no error or warning); a case with a code must report it.

import * as assert from 'node:assert/strict';
import { checkDocuments } from '../../../server/src/core/analysis';
import { severityOf } from '../../../server/src/core/analysis/diagnostic';

export interface ScriptCase {
  /** What the line exercises: a value type or a parameter set. */
  what: string;
  script: string;
  /** The finding code the line must produce; absent for a line that must be clean. */
  code?: string;
}

function findingsOf(script: string): { code: string; severity: string; message: string }[] {
  const [checked] = checkDocuments([{ uri: 'case.ps1', text: script }]);
  return checked.findings.map((finding) => ({ code: finding.code, severity: severityOf(finding), message: finding.message }));
}

/** One `it` per case, valid and invalid alike. */
export function checkScriptCases(cases: readonly ScriptCase[]): void {
  for (const { what, script, code } of cases) {
    const shown = script.length > 100 ? `${script.slice(0, 97)}...` : script;
    it(`${code ? 'rejects' : 'accepts'} ${what}: ${shown}`, () => {
      const findings = findingsOf(script);
      if (code === undefined) {
        assert.deepEqual(findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning'), []);
      } else {
        assert.ok(findings.some((finding) => finding.code === code), `expected ${code}, got ${JSON.stringify(findings)}`);
      }
    });
  }
}
