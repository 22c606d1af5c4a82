// Get-ExchangeServer: scripts use it to list the servers a Foreign connector can be homed on.
//
// Source: Microsoft's cmdlet reference page Get-ExchangeServer (MicrosoftDocs/office-docs-powershell,
// exchange-ps/ExchangePowerShell/Get-ExchangeServer.md): two parameter sets, Identity and Domain.

import { domainControllerParameter, fqdn, identity, named, switchValue } from './builders';
import type { CmdletSpec } from './types';

const getExchangeServer: CmdletSpec = {
  name: 'Get-ExchangeServer',
  module: 'Exchange',
  synopsis: 'Shows the Exchange servers of the organization, or one of them.',
  description: 'Without parameters it lists every Exchange server; -Domain narrows the list to the servers of one Active Directory domain.',
  parameterSets: ['Identity', 'Domain'],
  commonParameters: true,
  example: 'Get-ExchangeServer | Format-Table Name, ServerRole',
  parameters: [
    named('Identity', identity('Server'), 'The server to show: its name, GUID, DN or ExchangeLegacyDN; all servers when omitted.', {
      sets: { Identity: { position: 0, valueFromPipeline: true } },
    }),
    named('Domain', fqdn, 'Shows only the servers of this Active Directory domain (FQDN); cannot be combined with -Identity.', {
      sets: { Domain: { mandatory: true } },
    }),
    domainControllerParameter,
    named('Status', switchValue, 'Also gathers the slower, live values such as the domain controllers in use; view them with Format-List.'),
  ],
};

export const EXCHANGE_SERVER_CMDLETS: readonly CmdletSpec[] = [getExchangeServer];
