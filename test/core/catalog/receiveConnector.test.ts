// The Receive connector cmdlets as a script author meets them: for every value type they use and every
// parameter set they have, a line `exconn check` accepts and a close variant it flags with the
// expected code. Bindings and remote IP ranges get several of each, since their syntax is the part
// people get wrong.

import * as assert from 'node:assert/strict';
import { checkDocuments } from '../../../server/src/core/analysis';
import { severityOf } from '../../../server/src/core/analysis/diagnostic';
import type { Finding } from '../../../server/src/core/binding/finding';

const NEW = 'New-ReceiveConnector -Name "Fabrikam Relay" -Server Hub01';
const SET = 'Set-ReceiveConnector "Hub01\\Fabrikam Relay"';

interface Row {
  what: string;
  valid: string[];
  invalid: string[];
  code: string;
}

function check(line: string): { findings: Finding[]; chosenSet: string | undefined } {
  const [document] = checkDocuments([{ uri: 'file:///receive.ps1', text: line }]);
  const findings = document.findings.filter((finding) => severityOf(finding) === 'error' || severityOf(finding) === 'warning');
  return { findings, chosenSet: document.analysis.bindings[0]?.candidateSets[0] };
}

function describeFindings(findings: Finding[]): string {
  return findings.map((finding) => `${finding.code}: ${finding.message}`).join('\n') || 'no findings';
}

function assertClean(line: string): void {
  const { findings } = check(line);
  assert.deepEqual(findings, [], `${line}\n${describeFindings(findings)}`);
}

function assertFlagged(line: string, code: string): void {
  const { findings } = check(line);
  assert.ok(findings.some((finding) => finding.code === code), `${line}\nexpected ${code}, got ${describeFindings(findings)}`);
}

const valueRows: Row[] = [
  {
    what: 'bindings (IP:port)',
    valid: [
      `${SET} -Bindings 0.0.0.0:25`,
      `${SET} -Bindings "[::]:25", "10.0.0.5:2525"`,
      `${SET} -Bindings "[2001:db8::5]:587"`,
      `${SET} -Bindings @{Add="192.168.1.10:65535"}`,
    ],
    invalid: [
      `${SET} -Bindings 0.0.0.0`,
      `${SET} -Bindings "10.0.0.300:25"`,
      `${SET} -Bindings "10.0.0.5:65536"`,
      `${SET} -Bindings "10.0.0.5:0"`,
      `${SET} -Bindings "::1:25"`,
      `${SET} -Bindings "mail.contoso.com:25"`,
    ],
    code: 'invalid-string',
  },
  {
    what: 'remote IP ranges (address, range, CIDR)',
    valid: [
      `${SET} -RemoteIPRanges 192.168.1.10`,
      `${SET} -RemoteIPRanges "192.168.1.1-192.168.1.254", "10.0.0.0/8"`,
      `${SET} -RemoteIPRanges "fe80::39bd:88f7:6969:d223%11", "2001:0DB8::CD3/60"`,
      `${SET} -RemoteIPRanges "::ffff:192.168.1.1", "2001:db8::1-2001:db8::ff"`,
      `${SET} -RemoteIPRanges @{Remove="0.0.0.0-255.255.255.255"}`,
    ],
    invalid: [
      `${SET} -RemoteIPRanges "192.168.1.0/33"`,
      `${SET} -RemoteIPRanges "192.168.1.1 - 192.168.1.9"`,
      `${SET} -RemoteIPRanges "192.168.1"`,
      `${SET} -RemoteIPRanges "2001:db8:::1"`,
      `${SET} -RemoteIPRanges "2001:db8::/129"`,
      `${SET} -RemoteIPRanges "192.168.1.*"`,
    ],
    code: 'invalid-string',
  },
  {
    what: 'a name of at most 64 characters',
    valid: [`${SET} -Name "Fabrikam Relay 2"`],
    invalid: [`${SET} -Name "${'x'.repeat(65)}"`],
    code: 'invalid-string',
  },
  { what: 'free text', valid: [`${SET} -Comment "Relay for the Fabrikam scanners"`], invalid: [`${SET} -Comment a, b`], code: 'unexpected-multiple-values' },
  {
    what: 'an SMTP banner',
    valid: [`${SET} -Banner "220 mail.contoso.com ready"`, `${SET} -Banner $null`],
    invalid: [`${SET} -Banner "Welcome to Contoso"`],
    code: 'invalid-string',
  },
  {
    what: 'a TLS certificate name',
    valid: [`${SET} -TlsCertificateName "<I>CN=Contoso CA, DC=contoso, DC=com<S>CN=mail.contoso.com"`],
    invalid: [`${SET} -TlsCertificateName "mail.contoso.com"`],
    code: 'invalid-string',
  },
  {
    what: 'TLS domain capabilities',
    valid: [`${SET} -TlsDomainCapabilities "mail.protection.outlook.com:AcceptCloudServicesMail", "NO-TLS:AcceptOorgProtocol"`],
    invalid: [`${SET} -TlsDomainCapabilities "mail.protection.outlook.com"`],
    code: 'invalid-string',
  },
  { what: 'a Boolean', valid: [`${SET} -RequireTLS $true`], invalid: [`${SET} -RequireTLS yes`], code: 'invalid-boolean' },
  { what: 'a switch', valid: [`Remove-ReceiveConnector "Hub01\\Fabrikam Relay" -Confirm:$false`], invalid: [`Remove-ReceiveConnector "Hub01\\Fabrikam Relay" -Confirm:"no"`], code: 'invalid-switch-value' },
  { what: 'a bounded count', valid: [`${SET} -MaxHopCount 60`], invalid: [`${SET} -MaxHopCount 501`, `${SET} -MaxLogonFailures 11`], code: 'value-out-of-range' },
  { what: 'a count or unlimited', valid: [`${SET} -MaxInboundConnectionPerSource unlimited`, `${SET} -MaxProtocolErrors 0`], invalid: [`${SET} -MaxInboundConnectionPerSource 10001`], code: 'value-out-of-range' },
  { what: 'a whole number', valid: [`${SET} -MaxRecipientsPerMessage 500`], invalid: [`${SET} -MaxRecipientsPerMessage many`], code: 'invalid-integer' },
  { what: 'a size', valid: [`${SET} -MaxMessageSize 50MB`, `${SET} -MaxHeaderSize 256KB`], invalid: [`${SET} -MaxMessageSize 32KB`], code: 'value-out-of-range' },
  { what: 'a size, not unlimited', valid: [`${SET} -MaxMessageSize 64KB`], invalid: [`${SET} -MaxMessageSize unlimited`], code: 'invalid-size' },
  { what: 'a time span', valid: [`${SET} -ConnectionTimeout 00:15:00`, `${SET} -TarpitInterval 00:00:00`], invalid: [`${SET} -ConnectionTimeout "15 minutes"`], code: 'invalid-timespan' },
  { what: 'a time span of one second to one day', valid: [`${SET} -ConnectionInactivityTimeout 1.00:00:00`], invalid: [`${SET} -ConnectionInactivityTimeout 00:00:00`, `${SET} -ConnectionInactivityTimeout 1.00:00:01`], code: 'value-out-of-range' },
  { what: 'one value of a list', valid: [`${SET} -ProtocolLoggingLevel Verbose`, `${SET} -SizeEnabled EnabledWithoutValue`, `${SET} -TransportRole FrontendTransport`], invalid: [`${SET} -ProtocolLoggingLevel Full`, `${SET} -TransportRole Mailbox`], code: 'invalid-enum-value' },
  { what: 'several values of a list', valid: [`${SET} -AuthMechanism Tls, BasicAuth, BasicAuthRequireTLS -PermissionGroups AnonymousUsers, ExchangeServers`], invalid: [`${SET} -PermissionGroups AnonymousUsers, Everyone`], code: 'invalid-enum-value' },
  { what: 'a Receive connector identity', valid: ['Get-ReceiveConnector "Hub01\\Default Hub01"'], invalid: ['Set-ReceiveConnector "Hub01\\A", "Hub01\\B" -Enabled $false'], code: 'unexpected-multiple-values' },
  { what: 'a server identity', valid: ['Get-ReceiveConnector -Server Hub01'], invalid: ['Get-ReceiveConnector -Server Hub01, Hub02'], code: 'unexpected-multiple-values' },
  { what: 'an accepted domain identity', valid: [`${SET} -DefaultDomain contoso.com`], invalid: [`${SET} -DefaultDomain contoso.com, fabrikam.com`], code: 'unexpected-multiple-values' },
  { what: 'an FQDN', valid: [`${SET} -Fqdn mail.contoso.com`], invalid: [`${SET} -Fqdn "mail..contoso.com"`], code: 'invalid-fqdn' },
];

interface SetRow {
  cmdlet: string;
  set: string;
  valid: string;
  invalid: string;
  code: string;
}

const setRows: SetRow[] = [
  { cmdlet: 'New-ReceiveConnector', set: 'Custom', valid: `${NEW} -Bindings 10.0.0.5:25 -RemoteIPRanges 192.168.10.0/24`, invalid: `${NEW} -Custom -Bindings 10.0.0.5:25`, code: 'missing-mandatory-parameter' },
  { cmdlet: 'New-ReceiveConnector', set: 'Custom', valid: `${NEW} -Custom -Bindings 10.0.0.5:25 -RemoteIPRanges 192.168.10.0/24`, invalid: `${NEW} -Custom -Internet -Bindings 0.0.0.0:25`, code: 'parameter-set-conflict' },
  { cmdlet: 'New-ReceiveConnector', set: 'Internet', valid: `${NEW} -Internet -Bindings 0.0.0.0:25`, invalid: `${NEW} -Internet`, code: 'missing-mandatory-parameter' },
  { cmdlet: 'New-ReceiveConnector', set: 'Partner', valid: `${NEW} -Partner -Bindings 0.0.0.0:25 -RemoteIPRanges 203.0.113.0/24`, invalid: `${NEW} -Partner -Bindings 0.0.0.0:25`, code: 'missing-mandatory-parameter' },
  { cmdlet: 'New-ReceiveConnector', set: 'Internal', valid: `${NEW} -Internal -RemoteIPRanges 10.0.0.0/8`, invalid: `${NEW} -Internal -Bindings 0.0.0.0:25`, code: 'missing-mandatory-parameter' },
  { cmdlet: 'New-ReceiveConnector', set: 'Client', valid: `${NEW} -Client -RemoteIPRanges 0.0.0.0-255.255.255.255`, invalid: `${NEW} -Client -Internal -RemoteIPRanges 10.0.0.0/8`, code: 'parameter-set-conflict' },
  { cmdlet: 'New-ReceiveConnector', set: 'UsageType', valid: `${NEW} -Usage Partner -Bindings 0.0.0.0:25`, invalid: `${NEW} -Usage Partner -Partner -Bindings 0.0.0.0:25`, code: 'parameter-set-conflict' },
  { cmdlet: 'New-ReceiveConnector', set: 'UsageType', valid: `${NEW} -Usage Client`, invalid: `${NEW} -Usage Relay`, code: 'invalid-enum-value' },
  { cmdlet: 'Set-ReceiveConnector', set: 'Default', valid: 'Get-ReceiveConnector -Server Hub01 | Set-ReceiveConnector -MaxMessageSize 50MB', invalid: 'Set-ReceiveConnector -MaxMessageSize 50MB', code: 'missing-mandatory-parameter' },
  { cmdlet: 'Get-ReceiveConnector', set: 'Identity', valid: 'Get-ReceiveConnector "Hub01\\Fabrikam Relay"', invalid: 'Get-ReceiveConnector -Identity "Hub01\\Fabrikam Relay" -Server Hub01', code: 'parameter-set-conflict' },
  { cmdlet: 'Get-ReceiveConnector', set: 'Server', valid: 'Get-ReceiveConnector -Server Hub01 -DomainController dc01.contoso.com', invalid: 'Get-ReceiveConnector -Server Hub01 "Hub01\\Fabrikam Relay"', code: 'positional-argument-not-accepted' },
  { cmdlet: 'Remove-ReceiveConnector', set: 'Default', valid: 'Remove-ReceiveConnector "Hub01\\Fabrikam Relay" -WhatIf', invalid: 'Remove-ReceiveConnector -Confirm:$false', code: 'missing-mandatory-parameter' },
];

describe('Receive connector cmdlets', () => {
  describe('value types', () => {
    for (const row of valueRows) {
      it(`accepts and rejects ${row.what}`, () => {
        for (const line of row.valid) assertClean(line);
        for (const line of row.invalid) assertFlagged(line, row.code);
      });
    }
  });

  describe('parameter sets', () => {
    for (const row of setRows) {
      it(`${row.cmdlet} [${row.set}]: binds a complete command, flags ${row.code}`, () => {
        assertClean(row.valid);
        const bindings = checkDocuments([{ uri: 'file:///receive.ps1', text: row.valid }])[0].analysis.bindings;
        const binding = bindings.find((candidate) => candidate.cmdlet?.name === row.cmdlet);
        assert.equal(binding?.candidateSets[0], row.set, row.valid);
        assertFlagged(row.invalid, row.code);
      });
    }
  });

  it('names the usage type\'s missing parameter: -Internet needs -Bindings, -Internal needs -RemoteIPRanges', () => {
    const missing = (line: string) => check(line).findings.find((finding) => finding.code === 'missing-mandatory-parameter')?.data?.missing;
    assert.deepEqual(missing(`${NEW} -Internet`), ['Bindings']);
    assert.deepEqual(missing(`${NEW} -Internal`), ['RemoteIPRanges']);
  });
});
