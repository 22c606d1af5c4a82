// Get-ExchangeServer and Set-ExchangeServer: one valid and one invalid line per value type and set.

import * as assert from 'node:assert/strict';
import { checkDocuments } from '../../../server/src/core/analysis';
import { checkScriptCases } from '../../helpers/scriptRows';

describe('Exchange server cmdlets', () => {
  describe('Get-ExchangeServer (Identity and Domain sets)', () => {
    checkScriptCases([
      { what: 'the Identity set', script: 'Get-ExchangeServer Mailbox01 -Status' },
      { what: 'the Domain set', script: 'Get-ExchangeServer -Domain contoso.com' },
      { what: 'both sets at once', script: 'Get-ExchangeServer -Identity Mailbox01 -Domain contoso.com', code: 'parameter-set-conflict' },
    ]);
  });

  describe('Set-ExchangeServer (Default set)', () => {
    checkScriptCases([
      { what: 'the set with Identity by position', script: 'Set-ExchangeServer Mailbox01 -InternetWebProxy http://proxy01.contoso.com:8080' },
      { what: 'the set without its Identity', script: 'Set-ExchangeServer -ErrorReportingEnabled $false', code: 'missing-mandatory-parameter' },
      { what: 'a proxy that is no URL', script: 'Set-ExchangeServer Mailbox01 -InternetWebProxy proxy01.contoso.com', code: 'invalid-string' },
      { what: 'a product key', script: 'Set-ExchangeServer Mailbox01 -ProductKey ABCDE-12345-FGHIJ-67890-KLMNO' },
      { what: 'a product key of the wrong shape', script: 'Set-ExchangeServer Mailbox01 -ProductKey ABCDE-12345', code: 'invalid-string' },
      { what: 'a list of domain controllers', script: 'Set-ExchangeServer Mailbox01 -StaticDomainControllers dc01.contoso.com,dc02.contoso.com -StaticConfigDomainController dc01.contoso.com' },
      { what: 'a domain controller that is no FQDN', script: 'Set-ExchangeServer Mailbox01 -StaticGlobalCatalogs "gc 01.contoso.com"', code: 'invalid-fqdn' },
      { what: 'Boolean and text settings', script: 'Set-ExchangeServer Mailbox01 -CustomerFeedbackEnabled $false -MonitoringGroup Contoso' },
      { what: 'a flag that is no Boolean', script: 'Set-ExchangeServer Mailbox01 -ErrorReportingEnabled maybe', code: 'invalid-boolean' },
    ]);

    it('is a real cmdlet, not a near miss of Get-ExchangeServer', () => {
      const [checked] = checkDocuments([{ uri: 'server.ps1', text: 'Set-ExchangeServer Mailbox01 -CustomerFeedbackEnabled $false' }]);
      assert.deepEqual(checked.findings.map((finding) => finding.code), []);
    });
  });
});
