// Delivery Agent and Send connector scripts through the checker: for every value type and every
// parameter set of the two families, a line Exchange accepts gets no finding, and a line Exchange
// refuses gets the finding that says why.

import * as assert from 'node:assert/strict';
import { analyzeDocument, checkDocuments, NO_WORKSPACE_FACTS } from '../../../server/src/core/analysis';

/** Exchange 2016 has every parameter these lines use (some came with 2016); the version rule has its own tests. */
const EXCHANGE_2016 = { ...NO_WORKSPACE_FACTS, exchangeVersion: '2016' as const };
import { severityOf } from '../../../server/src/core/analysis/diagnostic';

interface Case {
  what: string;
  valid: string;
  invalid: string;
  /** The finding code the invalid line gets. */
  code: string;
}

function findingsOf(script: string) {
  const [result] = checkDocuments([{ uri: 'connectors.ps1', text: script }], EXCHANGE_2016);
  return result.findings.filter((finding) => severityOf(finding) !== 'information' && severityOf(finding) !== 'hint');
}

function checkCases(cases: readonly Case[]): void {
  for (const { what, valid, invalid, code } of cases) {
    it(`${what}: accepts \`${valid}\``, () => {
      assert.deepEqual(findingsOf(valid).map((finding) => `${finding.code}: ${finding.message}`), []);
    });
    it(`${what}: reports ${code} for \`${invalid}\``, () => {
      assert.ok(findingsOf(invalid).some((finding) => finding.code === code), JSON.stringify(findingsOf(invalid).map((finding) => finding.code)));
    });
  }
}

/** The parameter set binding settles on for a one-command script. */
function chosenSet(script: string): string | undefined {
  return analyzeDocument('connectors.ps1', script).bindings[0]?.candidateSets[0];
}

const NEW_DA = 'New-DeliveryAgentConnector -Name "Fabrikam Fax" -AddressSpaces "FAX:fabrikam.com;2" -DeliveryProtocol FAX';
const NEW_SEND = 'New-SendConnector -Name "Contoso Internet" -AddressSpaces *';

describe('Delivery Agent connector cmdlets in the checker', () => {
  describe('value types', () => checkCases([
    { what: 'Name (text of at most 64 characters)', valid: NEW_DA, invalid: `New-DeliveryAgentConnector -Name "${'x'.repeat(65)}" -AddressSpaces "FAX:fabrikam.com;2" -DeliveryProtocol FAX`, code: 'invalid-string' },
    { what: 'AddressSpaces (address spaces)', valid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5","FAX:fabrikam.com;2"', invalid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -AddressSpaces "SMTP:contoso.com;0"', code: 'cost-out-of-range' },
    { what: 'AddressSpaces (@{Add/Remove})', valid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -AddressSpaces @{Add="FAX:contoso.com;3"}', invalid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -AddressSpaces @{Append="FAX:contoso.com;3"}', code: 'invalid-multivalue-key' },
    { what: 'Enabled (Boolean)', valid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -Enabled $false', invalid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -Enabled no', code: 'invalid-boolean' },
    { what: 'Force (switch)', valid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -Comment "Fax gateway" -Force', invalid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -Force:"yes"', code: 'invalid-switch-value' },
    { what: 'MaxConcurrentConnections (Int32)', valid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -MaxConcurrentConnections 10', invalid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -MaxConcurrentConnections ten', code: 'invalid-integer' },
    { what: 'MaxMessageSize (65536 bytes through 2 GB, or unlimited)', valid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -MaxMessageSize 64KB', invalid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -MaxMessageSize 32KB', code: 'value-out-of-range' },
    { what: 'MaxMessageSize (a size)', valid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -MaxMessageSize unlimited', invalid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -MaxMessageSize "10 parsecs"', code: 'invalid-size' },
    { what: 'SourceTransportServers (server identities)', valid: `${NEW_DA} -SourceTransportServers Mbx01,Mbx02`, invalid: `${NEW_DA} -SourceTransportServers`, code: 'missing-parameter-value' },
    { what: 'DomainController (FQDN)', valid: 'Get-DeliveryAgentConnector -DomainController dc01.contoso.com', invalid: 'Get-DeliveryAgentConnector -DomainController dc01..contoso.com', code: 'invalid-fqdn' },
    { what: 'Identity (connector identity)', valid: 'Get-DeliveryAgentConnector | Format-List', invalid: 'Remove-DeliveryAgentConnector -Confirm:$false', code: 'missing-mandatory-parameter' },
  ]));

  describe('parameter sets (one per cmdlet)', () => checkCases([
    { what: 'New-DeliveryAgentConnector', valid: `New-DeliveryAgentConnector "Fabrikam Fax" -AddressSpaces "FAX:fabrikam.com;2" -DeliveryProtocol FAX -WhatIf`, invalid: 'New-DeliveryAgentConnector "Fabrikam Fax" -AddressSpaces "FAX:fabrikam.com;2"', code: 'missing-mandatory-parameter' },
    { what: 'Set-DeliveryAgentConnector', valid: 'Get-DeliveryAgentConnector | Set-DeliveryAgentConnector -MaxMessagesPerConnection 50', invalid: 'Set-DeliveryAgentConnector "Fabrikam Fax" -DropDirectory C:\\Drop', code: 'unknown-parameter' },
    { what: 'Get-DeliveryAgentConnector', valid: 'Get-DeliveryAgentConnector "Fabrikam Fax"', invalid: 'Get-DeliveryAgentConnector "Fabrikam Fax" -Enabled $true', code: 'unknown-parameter' },
    { what: 'Remove-DeliveryAgentConnector', valid: 'Remove-DeliveryAgentConnector "Fabrikam Fax" -Confirm:$false', invalid: 'Remove-DeliveryAgentConnector "Fabrikam Fax" "Contoso Fax"', code: 'positional-argument-not-accepted' },
  ]));
});

describe('Send connector cmdlets in the checker', () => {
  describe('value types', () => checkCases([
    { what: 'AddressSpaces (address spaces)', valid: 'New-SendConnector -Name "Fabrikam" -AddressSpaces "SMTP:*.fabrikam.com;5",contoso.com', invalid: 'New-SendConnector -Name "Fabrikam" -AddressSpaces "SMTP:fabrikam.com;101"', code: 'cost-out-of-range' },
    { what: 'AuthenticationCredential (a credential object)', valid: `${NEW_SEND} -SmartHostAuthMechanism BasicAuth -AuthenticationCredential $cred`, invalid: `${NEW_SEND} -AuthenticationCredential`, code: 'missing-parameter-value' },
    { what: 'ConnectionInactivityTimeOut (00:00:01 through 1.00:00:00)', valid: `${NEW_SEND} -ConnectionInactivityTimeOut 00:15:00`, invalid: `${NEW_SEND} -ConnectionInactivityTimeOut 2.00:00:00`, code: 'value-out-of-range' },
    { what: 'ConnectionInactivityTimeOut (a time span)', valid: 'Set-SendConnector "Contoso Internet" -ConnectionInactivityTimeOut 1.00:00:00', invalid: 'Set-SendConnector "Contoso Internet" -ConnectionInactivityTimeOut "ten minutes"', code: 'invalid-timespan' },
    { what: 'Usage (usage types)', valid: `${NEW_SEND} -Usage Internet`, invalid: `${NEW_SEND} -Usage Public`, code: 'invalid-enum-value' },
    { what: 'ErrorPolicies (several error policies)', valid: `${NEW_SEND} -ErrorPolicies DowngradeDnsFailures,DowngradeCustomFailures`, invalid: `${NEW_SEND} -ErrorPolicies DowngradeAll`, code: 'invalid-enum-value' },
    { what: 'ProtocolLoggingLevel', valid: 'Set-SendConnector "Contoso Internet" -ProtocolLoggingLevel Verbose', invalid: 'Set-SendConnector "Contoso Internet" -ProtocolLoggingLevel Full', code: 'invalid-enum-value' },
    { what: 'SmartHostAuthMechanism', valid: 'Set-SendConnector "Contoso Internet" -SmartHostAuthMechanism ExternalAuthoritative', invalid: 'Set-SendConnector "Contoso Internet" -SmartHostAuthMechanism Kerberos', code: 'invalid-enum-value' },
    { what: 'TlsAuthLevel', valid: 'Set-SendConnector "Contoso Internet" -RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain contoso.com', invalid: 'Set-SendConnector "Contoso Internet" -TlsAuthLevel Strict', code: 'invalid-enum-value' },
    { what: 'ConnectorType', valid: 'Set-SendConnector "Outbound to Office 365" -ConnectorType XPremises', invalid: 'Set-SendConnector "Outbound to Office 365" -ConnectorType Hybrid', code: 'invalid-enum-value' },
    { what: 'Port (0 through 65535)', valid: `${NEW_SEND} -Port 587`, invalid: `${NEW_SEND} -Port 70000`, code: 'value-out-of-range' },
    { what: 'Port (one value only)', valid: 'Set-SendConnector "Contoso Internet" -Port 25', invalid: 'Set-SendConnector "Contoso Internet" -Port 25,587', code: 'unexpected-multiple-values' },
    { what: 'SmtpMaxMessagesPerConnection (Int32)', valid: 'Set-SendConnector "Contoso Internet" -SmtpMaxMessagesPerConnection 20', invalid: 'Set-SendConnector "Contoso Internet" -SmtpMaxMessagesPerConnection 1.5', code: 'invalid-integer' },
    { what: 'MaxMessageSize (0 through 2147483647 bytes, or unlimited)', valid: 'Set-SendConnector "Contoso Internet" -MaxMessageSize 35MB', invalid: 'Set-SendConnector "Contoso Internet" -MaxMessageSize 3GB', code: 'value-out-of-range' },
    { what: 'RequireTLS (Boolean)', valid: 'Set-SendConnector "Contoso Internet" -RequireTLS $true -IgnoreSTARTTLS $false', invalid: 'Set-SendConnector "Contoso Internet" -RequireTLS yes', code: 'invalid-boolean' },
    { what: 'Internet (usage switch)', valid: `${NEW_SEND} -Internet`, invalid: `${NEW_SEND} -Internet:"on"`, code: 'invalid-switch-value' },
    { what: 'Fqdn (FQDN)', valid: 'Set-SendConnector "Contoso Internet" -Fqdn mail.contoso.com', invalid: 'Set-SendConnector "Contoso Internet" -Fqdn "mail contoso com"', code: 'invalid-fqdn' },
    { what: 'SmartHosts (host names and IP addresses)', valid: 'Set-SendConnector "Contoso Internet" -DNSRoutingEnabled $false -SmartHosts relay.contoso.com,10.10.1.25,"[10.10.1.26]"', invalid: 'Set-SendConnector "Contoso Internet" -DNSRoutingEnabled $false -SmartHosts 10.10.1.300', code: 'invalid-string' },
    { what: 'SmartHosts (@{Add/Remove})', valid: 'Set-SendConnector "Contoso Internet" -SmartHosts @{Remove="10.10.1.25"}', invalid: 'Set-SendConnector "Contoso Internet" -SmartHosts @{Add="relay .contoso.com"}', code: 'invalid-string' },
    { what: 'SourceIPAddress (IP address)', valid: 'Set-SendConnector "EdgeSync - Internet" -SourceIPAddress 172.16.0.10', invalid: 'Set-SendConnector "EdgeSync - Internet" -SourceIPAddress 172.16.0', code: 'invalid-string' },
    { what: 'TlsDomain (domain with subdomains)', valid: 'Set-SendConnector "Contoso Internet" -TlsDomain *.fabrikam.com', invalid: 'Set-SendConnector "Contoso Internet" -TlsDomain *fabrikam.com', code: 'invalid-string' },
    { what: 'TlsCertificateName (issuer and subject)', valid: 'Set-SendConnector "Contoso Internet" -TlsCertificateName "<I>CN=Contoso CA, DC=contoso, DC=com<S>CN=mail.contoso.com"', invalid: 'Set-SendConnector "Contoso Internet" -TlsCertificateName "CN=mail.contoso.com"', code: 'invalid-string' },
    { what: 'SourceTransportServers (server identities)', valid: 'Set-SendConnector "Contoso Internet" -SourceTransportServers @{Add="Mbx03"}', invalid: 'Set-SendConnector "Contoso Internet" -SourceTransportServers @{Insert="Mbx03"}', code: 'invalid-multivalue-key' },
    { what: 'Identity (connector identity)', valid: 'Get-SendConnector "Contoso Internet" | Remove-SendConnector -Confirm:$false', invalid: 'Set-SendConnector -Enabled $false', code: 'missing-mandatory-parameter' },
  ]));

  describe('parameter sets', () => {
    checkCases([
      { what: 'New-SendConnector, AddressSpaces set', valid: 'New-SendConnector "Contoso Internet" -Internet -AddressSpaces * -IsScopedConnector $true -FrontendProxyEnabled $true', invalid: 'New-SendConnector -Internet -AddressSpaces *', code: 'missing-mandatory-parameter' },
      { what: 'New-SendConnector, LinkedReceiveConnector set', valid: 'New-SendConnector "Relay to Fabrikam" -DNSRoutingEnabled $false -SmartHosts relay.fabrikam.com -SmartHostAuthMechanism ExchangeServer', invalid: 'New-SendConnector -DNSRoutingEnabled $false -SmartHosts relay.fabrikam.com', code: 'missing-mandatory-parameter' },
      { what: 'Set-SendConnector', valid: 'Set-SendConnector "Contoso Internet" -Enabled $false -WhatIf', invalid: 'Set-SendConnector "Contoso Internet" -Usage Internet', code: 'unknown-parameter' },
      { what: 'Get-SendConnector', valid: 'Get-SendConnector -Identity "Contoso Internet" -DomainController dc01.contoso.com', invalid: 'Get-SendConnector -Name "Contoso Internet"', code: 'unknown-parameter' },
      { what: 'Remove-SendConnector', valid: 'Remove-SendConnector "Contoso Internet" -WhatIf', invalid: 'Remove-SendConnector "Contoso Internet" -Force', code: 'unknown-parameter' },
    ]);

    it('settles on the AddressSpaces set when -AddressSpaces is given, and on LinkedReceiveConnector without it', () => {
      assert.equal(chosenSet('New-SendConnector "Contoso Internet" -AddressSpaces *'), 'AddressSpaces');
      assert.equal(chosenSet('New-SendConnector "Relay" -SmartHosts relay.fabrikam.com -DNSRoutingEnabled $false'), 'LinkedReceiveConnector');
    });

    it('keeps the AddressSpaces-only parameters out of the LinkedReceiveConnector set', () => {
      assert.equal(chosenSet('New-SendConnector "Scoped" -IsScopedConnector $true -SmartHosts relay.fabrikam.com'), 'AddressSpaces');
      assert.ok(findingsOf('New-SendConnector "Scoped" -IsScopedConnector $true').some((finding) => finding.code === 'missing-mandatory-parameter'));
    });
  });

  it('suggests New-SendConnector for a misspelt New-SendConector', () => {
    const finding = findingsOf('New-SendConector -Name "Contoso Internet" -AddressSpaces *').find((candidate) => candidate.code === 'unknown-cmdlet');
    assert.ok(finding);
    assert.match(finding.message, /New-SendConnector/);
  });
});
