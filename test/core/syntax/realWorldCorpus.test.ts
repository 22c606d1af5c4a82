// Issue 14's corpus: scripts of the kinds administrators and module authors publish (Exchange
// administration and support scripts, modules, DSC, Pester tests, build scripts), written for this
// repository in our own words after studying public collections (test/corpus/README.md). Every one
// is valid Windows PowerShell 5.1 and must get no error-severity diagnostic; the PowerShell 7 ones
// must get their version warning and no error.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocuments, decodeText } from '../../../server/src/core/analysis';
import { severityOf } from '../../../server/src/core/analysis/diagnostic';
import { POWERSHELL_7_ONLY } from '../../../server/src/core/analysis/powerShell7Check';
import type { Finding } from '../../../server/src/core/binding/finding';
import { NO_WORKSPACE_FACTS } from '../../../server/src/core/model/workspaceFacts';

const CORPUS = path.join(__dirname, '..', '..', 'corpus');
/** Issue 14 asks for at least this many real-world scripts. */
const MINIMUM_SCRIPTS = 300;

function scriptsUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ps1$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** As `exconn check` and the editor read a file: its encoding from its byte-order mark. */
function textOf(file: string): string {
  return decodeText(fs.readFileSync(file));
}

function findingsOf(file: string): Finding[] {
  return checkDocuments([{ uri: `file://${file}`, text: textOf(file) }], NO_WORKSPACE_FACTS)[0].findings;
}

function describeErrors(file: string, findings: Finding[]): string {
  const text = textOf(file);
  return findings.map((finding) => {
    const line = text.slice(0, finding.range.start).split('\n').length;
    return `${path.relative(CORPUS, file)}:${line} ${finding.code}: ${finding.message}`;
  }).join('\n');
}

const windowsPowerShell = scriptsUnder(path.join(CORPUS, 'powershell'));
const powerShell7 = scriptsUnder(path.join(CORPUS, 'powershell7'));

describe('real-world corpus: Windows PowerShell 5.1 scripts get no false error', () => {
  it(`holds at least ${MINIMUM_SCRIPTS} scripts`, () => {
    assert.ok(windowsPowerShell.length + powerShell7.length >= MINIMUM_SCRIPTS, `${windowsPowerShell.length + powerShell7.length} scripts`);
  });

  for (const file of windowsPowerShell) {
    it(path.relative(CORPUS, file), () => {
      const errors = findingsOf(file).filter((finding) => severityOf(finding) === 'error');
      assert.equal(errors.length, 0, describeErrors(file, errors));
    });
  }
});

describe('real-world corpus: PowerShell 7 scripts get the version warning and no error', () => {
  for (const file of powerShell7) {
    it(path.relative(CORPUS, file), () => {
      const findings = findingsOf(file);
      const errors = findings.filter((finding) => severityOf(finding) === 'error');
      assert.equal(errors.length, 0, describeErrors(file, errors));
      assert.ok(findings.some((finding) => finding.code === POWERSHELL_7_ONLY), 'expected a powershell-7-only warning');
    });
  }
});
