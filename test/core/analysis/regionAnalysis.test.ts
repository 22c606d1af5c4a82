// `exconn check` of a long script analyses it a region at a time; what it reports must be exactly
// what the whole parse reports, wherever the regions happen to end.
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/analysis/documentAnalysis';
import { analyzeByRegion } from '../../../server/src/core/analysis/regionAnalysis';
import { checkWorkspace, workspaceBindingFilter } from '../../../server/src/core/analysis/workspaceChecks';
import type { WorkspaceFacts } from '../../../server/src/core/model/workspaceFacts';
import { generateScript } from '../../bench/scriptGenerator';

/** Statements that span lines or confuse a naive split: blocks, here-strings, comments, continuations, errors. */
const AWKWARD = [
  'if ($true) {\n  New-ForeignConnector -Name "Inner $i" -AddressSpaces "X400:c=US;a=F;p=P;5" -SourceTransportServers Hub01\n}\nelse {\n  Get-ForeignConnector\n}',
  '$text = @"\nNew-ForeignConnector -Name NotACommand\n  -Bogus "@\n"@',
  '<# a block comment\nSet-ForeignConnector Ghost -Bogus 1\n#>',
  'Set-ForeignConnector "Gateway 1" `\n  -MaxMessageSize 10MB `\n  -Enabled $true',
  'Get-ForeignConnector |\n  Where-Object { $_.Enabled } |\n  Format-Table Name',
  'New-ForeignConnector -Name ( "Broken"',
  'function Add-Gateway {\n  param($Name)\n  New-ForeignConnector -Name $Name -AddressSpaces "X400:c=US;a=F;p=P;5" -SourceTransportServers Hub03\n}',
  'Set-TransportService Hub01 -RootDropDirectoryPath "D:\\\\Drops"',
  'New-ReceiveConnector -Name "Relay $i" -Server Hub01 -Bindings 0.0.0.0:25 -RemoteIPRanges 10.0.0.0/8 -Usage Custom',
  'Set-ForeignConnector "Gateway 2" -DropDirectory "C:\\\\Absolute"; Get-ForeignConnector',
  '$a = @{\n  Name = "Splat"\n}',
];

function awkwardScript(count: number): string {
  const generated = generateScript({ statements: count, mistakes: 0.05 }).split('\n');
  const lines: string[] = [];
  generated.forEach((line, index) => {
    lines.push(line);
    if (index % 7 === 3) lines.push(AWKWARD[index % AWKWARD.length].replace(/\$i/g, String(index)));
  });
  return lines.join('\n');
}

const FACTS: WorkspaceFacts = { declaredServers: ['Hub01', 'Hub02'], servers: ['Hub01', 'Hub02'], simulatedConnectors: [], exchangeVersion: '2010' };

function diagnosticsOf(analysis: ReturnType<typeof analyzeDocument>, facts: WorkspaceFacts = FACTS): string[] {
  const workspace = checkWorkspace([analysis], facts).get(analysis.uri) ?? [];
  return [...analysis.findings, ...workspace]
    .map((finding) => `${finding.range.start}-${finding.range.end} ${finding.code ?? ''} ${finding.message}`)
    .sort();
}

describe('checking a long script a region at a time', () => {
  const text = awkwardScript(3000);
  const whole = analyzeDocument('file:///long.ps1', text);
  const expected = diagnosticsOf(whole);

  it('has something to compare: the script has errors, warnings and workspace findings', () => {
    assert.ok(expected.length > 50, `${expected.length} findings`);
  });

  for (const region of [700, 2048, 9000, 64 * 1024]) {
    it(`reports exactly what the whole parse reports, with regions of ${region} characters`, () => {
      const byRegion = analyzeByRegion('file:///long.ps1', text, workspaceBindingFilter(FACTS), region);
      assert.ok(byRegion, 'the script could not be analysed by region');
      assert.deepEqual(diagnosticsOf(byRegion), expected);
      assert.deepEqual(byRegion.facts.connectorsCreated.map((fact) => [fact.name, fact.range.start]), whole.facts.connectorsCreated.map((fact) => [fact.name, fact.range.start]));
      assert.equal(byRegion.script.diagnostics.length, whole.script.diagnostics.length);
    });
  }

  it('compares the workspace checks too: duplicates, unknown servers, versions, Drop roots, Receive bindings', () => {
    const codes = new Set(expected.map((line) => line.split(' ')[1]));
    for (const code of ['receive-connector-binding-conflict', 'unknown-server', 'not-in-exchange-version', 'duplicate-connector']) assert.ok(codes.has(code), [...codes].join(', '));
  });

  it('keeps none of the bindings of a plain script, whose workspace checks read none', () => {
    const plain = generateScript({ statements: 2000 });
    const facts: WorkspaceFacts = { ...FACTS, exchangeVersion: undefined };
    const byRegion = analyzeByRegion('file:///plain.ps1', plain, workspaceBindingFilter(facts), 4096)!;
    assert.equal(byRegion.bindings.length, 0);
    assert.deepEqual(diagnosticsOf(byRegion, facts), diagnosticsOf(analyzeDocument('file:///plain.ps1', plain), facts));
  });

  it('leaves a param block after a region end to the whole parse', () => {
    const script = `${'Get-ForeignConnector\n'.repeat(200)}param($Late)\nGet-ForeignConnector\n`;
    const found = analyzeByRegion('file:///late.ps1', script, () => true, 1000);
    // Either the whole parse is asked for, or the result matches it.
    if (found) assert.deepEqual(diagnosticsOf(found), diagnosticsOf(analyzeDocument('file:///late.ps1', script)));
  });
});
