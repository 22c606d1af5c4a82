// Get-/Enable-/Disable-/Set-TransportAgent: one valid and one invalid line per value type and set.

import { checkScriptCases } from '../../helpers/scriptRows';

describe('transport agent cmdlets', () => {
  describe('Get-TransportAgent (Default set)', () => {
    checkScriptCases([
      { what: 'a transport service', script: 'Get-TransportAgent -TransportService FrontEnd | Format-Table Identity, Enabled, Priority' },
      { what: 'a transport service not listed', script: 'Get-TransportAgent -TransportService Submission', code: 'invalid-enum-value' },
    ]);
  });

  describe('Enable-TransportAgent and Disable-TransportAgent (Default set)', () => {
    checkScriptCases([
      { what: 'Enable with the agent by position', script: 'Enable-TransportAgent "Contoso Disclaimer Agent" -TransportService Hub' },
      { what: 'Enable without the agent', script: 'Enable-TransportAgent -TransportService Hub', code: 'missing-mandatory-parameter' },
      { what: 'Disable with the agent by position', script: 'Disable-TransportAgent "Content Filter Agent" -Confirm:$false' },
      { what: 'Disable with two agents', script: 'Disable-TransportAgent "Content Filter Agent","Sender Filter Agent"', code: 'unexpected-multiple-values' },
    ]);
  });

  describe('Set-TransportAgent (Default set)', () => {
    checkScriptCases([
      { what: 'a priority', script: 'Set-TransportAgent "Contoso Disclaimer Agent" -Priority 3 -TransportService MailboxDelivery' },
      { what: 'a negative priority', script: 'Set-TransportAgent "Contoso Disclaimer Agent" -Priority -1', code: 'value-out-of-range' },
      { what: 'a priority that is no number', script: 'Set-TransportAgent "Contoso Disclaimer Agent" -Priority first', code: 'invalid-integer' },
    ]);
  });
});
