import * as assert from 'node:assert/strict';
import { checkDocuments } from '../../../server/src/core/analysis';
import type { Finding } from '../../../server/src/core/binding/finding';
import { isKnownCode, ruleFor } from '../../../server/src/core/analysis/rules';
import { ADDRESS_SPACE_PROBLEMS } from '../../../server/src/core/addressSpace';
import { NO_WORKSPACE_FACTS, type WorkspaceFacts } from '../../../server/src/core/model/workspaceFacts';
import { marked } from '../../helpers/markers';

// One row per diagnostic code: a script that must produce it exactly at the marked range(s), and
// a close variant that must not produce it. `ranges: false` checks the code only (syntax errors,
// whose exact extent is the parser's business and tested there).
interface Row {
  code: string;
  bad: string | string[];
  good: string | string[];
  context?: WorkspaceFacts;
  message?: RegExp;
  ranges?: false;
}

const connector = 'New-ForeignConnector -Name "Contoso" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5"\n';

const rows: Row[] = [
  { code: 'missing-closing-paren', bad: `${connector}Set-ForeignConnector "Contoso" -Enabled ($true\nGet-ForeignConnector`, good: `${connector}Set-ForeignConnector "Contoso" -Enabled ($true)`, ranges: false },
  { code: 'empty-pipe-element', bad: 'Get-ForeignConnector | | Format-List', good: 'Get-ForeignConnector | Format-List', ranges: false },
  { code: 'syntax-error', bad: 'if (', good: 'if ($true) { }', ranges: false },
  { code: 'unmatched-closing-bracket', bad: 'Get-ForeignConnector )', good: 'Get-ForeignConnector', ranges: false },
  { code: 'unterminated-string', bad: 'Write-Host "no end', good: 'Write-Host "an end"', ranges: false },
  { code: 'unknown-cmdlet', bad: '⟦New-ForiegnConnector⟧ -Name x', good: 'Get-ChildItem C:\\', message: /Did you mean New-ForeignConnector\?/ },
  { code: 'unknown-parameter', bad: `${connector}Set-ForeignConnector Contoso ⟦-DropDirectori⟧ "C:\\Drop"`, good: `${connector}Set-ForeignConnector Contoso -DropDirectory "C:\\Drop"`, message: /Did you mean -DropDirectory\?/ },
  { code: 'ambiguous-parameter', bad: `${connector}Set-ForeignConnector Contoso ⟦-Dr⟧ "C:\\Drop"`, good: [`${connector}Set-ForeignConnector Contoso -DropDirectory "C:\\Drop"`, `${connector}Set-ForeignConnector Contoso -DropDirectoryQ 10MB`], message: /-DropDirectory.*-DropDirectoryQuota/ },
  { code: 'duplicate-parameter', bad: `${connector}Set-ForeignConnector Contoso -Enabled $true ⟦-Enabled⟧ $false`, good: `${connector}Set-ForeignConnector Contoso -Enabled $true -Comment "x"` },
  { code: 'missing-mandatory-parameter', bad: '⟦New-ForeignConnector⟧ -Name "Contoso"', good: [connector, `${connector}Get-ForeignConnector | Set-ForeignConnector -Enabled $false`], message: /-AddressSpaces/ },
  { code: 'missing-parameter-value', bad: `${connector}Set-ForeignConnector Contoso ⟦-Comment⟧`, good: `${connector}Set-ForeignConnector Contoso -Comment "Gateway"` },
  {
    code: 'positional-argument-not-accepted',
    bad: ['New-ForeignConnector -Name "Contoso" -AddressSpaces "SMTP:contoso.com;1" -SourceTransportServers Hub01 ⟦Hub02⟧', 'Write-Host -Object "a" ⟦"b"⟧'],
    // Extra words go to Write-Host's remaining-arguments parameter -Object, as PowerShell binds them.
    good: ['New-ForeignConnector -Name "Contoso" -AddressSpaces "SMTP:contoso.com;1" -SourceTransportServers Hub01, Hub02', 'Write-Host "Configured" $name "now"'],
    message: /separate the values with commas/,
  },
  { code: 'parameter-set-conflict', bad: 'Get-ForeignConnector | Select-Object -Index 1 ⟦-First⟧ 2', good: 'Get-ForeignConnector | Select-Object -Skip 1 -First 2', message: /different parameter sets of Select-Object/ },
  { code: 'invalid-string', bad: 'Set-TransportService Hub01 -ExternalIPAddress ⟦"10.0.0.300"⟧', good: 'Set-TransportService Hub01 -ExternalIPAddress 10.0.0.30' },
  { code: 'invalid-boolean', bad: `${connector}Set-ForeignConnector Contoso -Enabled ⟦true⟧`, good: `${connector}Set-ForeignConnector Contoso -Enabled $true`, message: /Write \$true/ },
  { code: 'invalid-switch-value', bad: `${connector}Set-ForeignConnector Contoso -Force:⟦"yes"⟧`, good: `${connector}Set-ForeignConnector Contoso -Force:$false` },
  { code: 'invalid-integer', bad: 'Set-TransportService Hub01 -PickupDirectoryMaxMessagesPerMinute ⟦lots⟧', good: 'Set-TransportService Hub01 -PickupDirectoryMaxMessagesPerMinute 250' },
  { code: 'value-out-of-range', bad: 'Set-TransportService Hub01 -PickupDirectoryMaxHeaderSize ⟦1KB⟧', good: 'Set-TransportService Hub01 -PickupDirectoryMaxHeaderSize 64KB' },
  { code: 'invalid-size', bad: `${connector}Set-ForeignConnector Contoso -MaxMessageSize ⟦"10 parsecs"⟧`, good: [`${connector}Set-ForeignConnector Contoso -MaxMessageSize 10MB`, `${connector}Set-ForeignConnector Contoso -MaxMessageSize unlimited`, `${connector}Set-ForeignConnector Contoso -MaxMessageSize "25 MB"`] },
  { code: 'invalid-timespan', bad: 'Set-TransportService Hub01 -MessageTrackingLogMaxAge ⟦"30 days"⟧', good: 'Set-TransportService Hub01 -MessageTrackingLogMaxAge 30.00:00:00' },
  { code: 'invalid-enum-value', bad: 'Get-ForeignConnector -ErrorAction ⟦Stopp⟧', good: 'Get-ForeignConnector -ErrorAction Stop', message: /Did you mean Stop\?/ },
  {
    code: 'invalid-path',
    bad: ['Set-TransportService Hub01 -PickupDirectoryPath ⟦"Pickup"⟧', `${connector}Set-ForeignConnector Contoso -DropDirectory ⟦"Drop|Dir"⟧`],
    // A relative Drop directory is valid: Exchange resolves it against RootDropDirectoryPath.
    good: ['Set-TransportService Hub01 -PickupDirectoryPath "C:\\Pickup Directory"', `${connector}Set-ForeignConnector Contoso -DropDirectory "Contoso Drop"`],
  },
  { code: 'invalid-fqdn', bad: 'Get-ForeignConnector -DomainController ⟦"dc01..contoso.com"⟧', good: 'Get-ForeignConnector -DomainController dc01.contoso.com' },
  { code: 'invalid-smtp-address', bad: 'Get-MessageTrackingLog -Sender ⟦"not an address"⟧', good: 'Get-MessageTrackingLog -Sender admin@contoso.com' },
  { code: 'invalid-script-block', bad: 'Get-ForeignConnector | Where-Object -FilterScript ⟦"Enabled"⟧', good: 'Get-ForeignConnector | Where-Object -FilterScript { $_.Enabled }' },
  { code: 'invalid-date-time', bad: 'Get-MessageTrackingLog -Start ⟦"yesterday"⟧', good: 'Get-MessageTrackingLog -Start "2024-01-31 08:00"' },
  { code: 'invalid-filter', bad: 'Get-Queue -Filter "⟦Stauts⟧ -eq \'Retry\'"', good: 'Get-Queue -Filter "Status -eq \'Retry\'"', message: /Did you mean Status\?/ },
  { code: 'unexpected-multiple-values', bad: `${connector}Set-ForeignConnector Contoso -Comment ⟦a, b⟧`, good: `${connector}Set-ForeignConnector Contoso -Comment "a, b"` },
  { code: 'invalid-multivalue-key', bad: `${connector}Set-ForeignConnector Contoso -AddressSpaces @{⟦Append⟧="SMTP:fabrikam.com;1"}`, good: `${connector}Set-ForeignConnector Contoso -AddressSpaces @{Add="SMTP:fabrikam.com;1"; Remove="X400:c=US;a=Fabrikam;p=Contoso;5"}` },
  { code: 'duplicate-connector', bad: `${connector}New-ForeignConnector -Name "⟦Contoso⟧" -AddressSpaces "SMTP:contoso.com;1"`, good: `${connector}Remove-ForeignConnector Contoso\nNew-ForeignConnector -Name "Contoso" -AddressSpaces "SMTP:contoso.com;1"` },
  {
    code: 'receive-connector-binding-conflict',
    bad: 'New-ReceiveConnector -Name "Relay A" -Server Hub01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 192.168.1.0/24\nNew-ReceiveConnector -Name "Relay B" -Server Hub01 -Custom -Bindings 0.0.0.0:25 ⟦-RemoteIPRanges 192.168.1.128-192.168.2.10⟧',
    // A range wholly inside the other's is allowed: the most specific one takes the connection.
    good: 'New-ReceiveConnector -Name "Relay A" -Server Hub01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 192.168.1.0/24\nNew-ReceiveConnector -Name "Relay B" -Server Hub01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 192.168.1.75',
    message: /Relay A/,
  },
  { code: 'unknown-connector', bad: `${connector}Set-ForeignConnector ⟦Contosso⟧ -Enabled $false`, good: `${connector}Set-ForeignConnector contoso -Enabled $false` },
  {
    code: 'new-server',
    bad: 'New-ForeignConnector -Name "Fax" -AddressSpaces "SMTP:fabrikam.com;1" -SourceTransportServers Hub02, ⟦Hub2⟧',
    good: 'New-ForeignConnector -Name "Fax" -AddressSpaces "SMTP:fabrikam.com;1" -SourceTransportServers HUB02, Hub01',
    context: { serversInUse: ['Hub01', 'Hub02'], servers: ['Hub01'], simulatedConnectors: [] },
    message: /known so far are Hub01, Hub02\./,
  },
  { code: 'unknown-server', bad: 'Set-TransportService ⟦Hub03⟧ -PickupDirectoryPath "C:\\Pickup"', good: 'Set-TransportService hub01 -PickupDirectoryPath "C:\\Pickup"', context: { declaredServers: ['Hub01', 'Hub02'], servers: ['Hub01', 'Hub02'], simulatedConnectors: [] }, message: /Hub01, Hub02/ },
  { code: 'not-in-exchange-version', bad: 'Get-MessageTrackingLog ⟦-NetworkMessageId⟧ "1b2c3d4e-0000-0000-0000-000000000000"', good: 'Get-MessageTrackingLog -MessageId "<a@contoso.com>"', message: /Exchange 2016, 2019 and SE/ },
];

function findingsFor(text: string, context: WorkspaceFacts = NO_WORKSPACE_FACTS): Finding[] {
  return checkDocuments([{ uri: 'test.ps1', text }], context)[0].findings;
}

describe('diagnostic codes', () => {
  for (const row of rows) {
    describe(row.code, () => {
      for (const bad of [row.bad].flat()) {
        it(`reports ${row.code} for: ${bad.split('\n').at(-1)}`, () => {
          const source = marked(bad);
          const found = findingsFor(source.text, row.context).filter((finding) => finding.code === row.code);
          assert.ok(found.length > 0, `expected ${row.code}, got ${JSON.stringify(findingsFor(source.text, row.context).map((f) => f.code))}`);
          if (row.ranges !== false) assert.deepEqual(found.map((finding) => finding.range), source.spans);
          if (row.message) assert.match(found[0].message, row.message);
        });
      }
      for (const good of [row.good].flat()) {
        it(`does not report ${row.code} for: ${good.split('\n').at(-1)}`, () => {
          const codes = findingsFor(good, row.context).map((finding) => finding.code);
          assert.ok(!codes.includes(row.code), `unexpected ${row.code} in ${JSON.stringify(codes)}`);
        });
      }
    });
  }

  it('lists every code the table exercises in the rule table', () => {
    for (const row of rows) assert.ok(isKnownCode(row.code), row.code);
  });

  it('lists every address-space problem code in the rule table, at the severity the check reports it', () => {
    for (const [code, kind] of Object.entries(ADDRESS_SPACE_PROBLEMS)) {
      assert.equal(ruleFor(code).severity, kind.severity, code);
      assert.ok(isKnownCode(code), code);
    }
  });
});
