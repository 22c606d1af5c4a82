// The `$exconn` problem matcher that package.json contributes must read every line `exconn check`
// prints for a diagnostic (with its file, position, severity and code) and nothing else, or Run Task
// would fill Problems wrongly.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exconn } from './exconnCli';

interface Pattern { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number }

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  contributes: { problemMatchers: { name: string; pattern: Pattern }[] };
};
const matcher = manifest.contributes.problemMatchers.find((candidate) => candidate.name === 'exconn');

describe('the $exconn problem matcher', () => {
  it('reads each diagnostic line of exconn check, and not the summary', async () => {
    assert.ok(matcher, 'package.json contributes no problem matcher named exconn');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-matcher-'));
    fs.cpSync(path.join(__dirname, '..', '..', 'samples', 'contoso'), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'bad.ps1'), [
      'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectori "C:\\Drop"',
      'Set-ForeignConnector "Nowhere" -Enabled $true',
      'New-ForeignConnector -Name "X" -AddressSpaces "X400:c=US;a=F;ou=Sales;5"',
    ].join('\n'));
    const result = await exconn('check', dir);
    const lines = result.out.trimEnd().split('\n');
    const regexp = new RegExp(matcher.pattern.regexp);
    const matched = lines.map((line) => regexp.exec(line));
    assert.equal(matched.at(-1), null, `the summary matched: ${lines.at(-1)}`);
    const diagnostics = matched.slice(0, -1);
    assert.ok(diagnostics.length >= 3 && diagnostics.every(Boolean), lines.join('\n'));
    const read = diagnostics.map((m) => ({
      file: path.basename(m![matcher.pattern.file]), line: Number(m![matcher.pattern.line]), column: Number(m![matcher.pattern.column]),
      severity: m![matcher.pattern.severity], code: m![matcher.pattern.code],
    }));
    assert.deepEqual(read.find((d) => d.code === 'unknown-parameter'), { file: 'bad.ps1', line: 1, column: 50, severity: 'error', code: 'unknown-parameter' });
    assert.ok(read.some((d) => d.code === 'unknown-connector' && d.severity === 'warning' && d.line === 2), JSON.stringify(read));
    assert.ok(read.some((d) => d.code === 'x400-unknown-attribute' && d.line === 3), JSON.stringify(read));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
