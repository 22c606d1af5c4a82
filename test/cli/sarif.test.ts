// `exconn check --format sarif` as code scanning reads it: a log valid against the SARIF 2.1.0
// schema, whose tool lists every diagnostic code the product reports as a rule with a name, help
// and default level, and whose results point at those rules.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildMatcher } from '@microsoft/sarif-matcher-utils';
import { rules } from '../../server/src/core/analysis';
import { exconn } from './exconnCli';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
}
interface SarifLog {
  runs: { tool: { driver: { name: string; version: string; rules: SarifRule[] } }; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string } }[] }[];
}

// The schema validator of Microsoft's SARIF SDK (the official 2.1.0 schema, rtm.5).
const validate = buildMatcher();

function assertValidSarif(log: unknown): void {
  const verdict = validate(log) as { pass: boolean; message: () => string };
  assert.ok(verdict.pass, verdict.pass ? '' : verdict.message());
}

describe('exconn check --format sarif', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-sarif-'));
    fs.cpSync(path.join(__dirname, '..', '..', 'samples', 'contoso'), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a log that the SARIF 2.1.0 schema accepts, with results that name their rule', async () => {
    fs.writeFileSync(path.join(dir, '05-mistakes.ps1'), [
      'Set-ForeignConnector "Contoso Foreign Connector" -Enabled true',
      'New-ForeignConnector -Name "Gateway" -AddressSpaces "X400:c=US;a=Fabrikam;ou2=Sales;5" -SourceTransportServers Hub03',
      '',
    ].join('\n'));
    const result = await exconn('check', dir, '--format', 'sarif');
    assert.equal(result.code, 1);
    const log = JSON.parse(result.out) as SarifLog;
    assertValidSarif(log);
    const [run] = log.runs;
    const codes = run!.results.map((r) => r.ruleId);
    assert.deepEqual([...new Set(codes)].sort(), ['invalid-boolean', 'unknown-server', 'x400-ou-gap']);
    for (const found of run!.results) {
      const rule = run!.tool.driver.rules[found.ruleIndex]!;
      assert.equal(rule.id, found.ruleId, 'ruleIndex points at the rule of ruleId');
    }
    assert.equal(run!.results.find((r) => r.ruleId === 'x400-ou-gap')?.level, 'warning');
  });

  it('publishes every diagnostic code as a rule with a name, help text and its default severity', async () => {
    const log = JSON.parse((await exconn('check', dir, '--format', 'sarif')).out) as SarifLog;
    assertValidSarif(log);
    const published = log.runs[0]!.tool.driver.rules;
    assert.deepEqual(published.map((rule) => rule.id), rules.map((rule) => rule.code));
    for (const rule of rules) {
      const sarif = published.find((candidate) => candidate.id === rule.code)!;
      assert.match(sarif.name, /^[A-Z][A-Za-z0-9]+$/, rule.code);
      assert.equal(sarif.shortDescription.text, rule.description);
      assert.ok(sarif.help.text.startsWith(rule.description), rule.code);
      assert.equal(sarif.defaultConfiguration.level, rule.severity === 'error' ? 'error' : rule.severity === 'warning' ? 'warning' : 'note', rule.code);
    }
    assert.equal(published.find((rule) => rule.id === 'unknown-parameter')?.name, 'UnknownParameter');
    assert.equal(published.find((rule) => rule.id === 'x400-ou-gap')?.defaultConfiguration.level, 'warning');
  });

  it('is told apart from an invalid log: the schema check refuses a result without a message', async () => {
    const log = JSON.parse((await exconn('check', dir, '--format', 'sarif')).out) as SarifLog;
    const broken = { ...log, runs: [{ ...log.runs[0], results: [{ ruleId: 'invalid-boolean' }] }] };
    assert.equal((validate(broken) as { pass: boolean }).pass, false);
  });
});
