// Get-ExchangeServer and Set-ExchangeServer: scripts list the servers a Foreign connector can be homed
// on, and set a server's own settings such as the web proxy it reaches the internet through.
//
// Sources: Microsoft's cmdlet reference pages Get-ExchangeServer (two parameter sets, Identity and
// Domain) and Set-ExchangeServer (MicrosoftDocs/office-docs-powershell,
// exchange-ps/ExchangePowerShell/*.md). The Emergency Mitigation settings exist from Exchange 2016 on,
// RingLevel from 2019 on, MonitoringGroup from 2013 on.

import {
  bool, confirmParameter, DEFAULT_SET, domainControllerParameter, fqdn, identity, identityParameter, named, setting, switchValue,
  text, whatIfParameter,
} from './builders';
import type { CmdletSpec, ValueType } from './types';
import { FROM_2013, FROM_2016, FROM_2019 } from './exchangeVersions';

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


/** An absolute http or https URL, as System.Uri takes a proxy address. */
const webProxyUrl: ValueType = {
  kind: 'string',
  pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+(?:[/?#]\\S*)?$',
  patternHint: 'must be an http:// or https:// URL such as http://proxy01.contoso.com:8080',
};

/** Five groups of five letters or digits. */
const productKey: ValueType = {
  kind: 'string',
  pattern: '^[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){4}$',
  patternHint: 'must be a product key written XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
};

const serverList = { multiValued: true, multiValuedProperty: true } as const;

const setExchangeServer: CmdletSpec = {
  name: 'Set-ExchangeServer',
  module: 'Exchange',
  synopsis: 'Changes the server-wide settings of an Exchange server: web proxy, product key, directory servers, mitigations.',
  description: 'Use it for the settings that belong to the server rather than to one of its services: the web proxy it reaches the internet through, the domain controllers and global catalogs it is pinned to, and the Emergency Mitigation service. Transport settings are changed with Set-TransportService and its siblings instead.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-ExchangeServer Mailbox01 -InternetWebProxy http://proxy01.contoso.com:8080',
  parameters: [
    identityParameter('Server', 'The Exchange server to change: its name, FQDN, DN or ExchangeLegacyDN.', true),
    confirmParameter,
    setting('CustomerFeedbackEnabled', bool, 'Enrols the server in, or withdraws it from, Microsoft\'s Customer Experience Improvement Program.'),
    setting('DataCollectionEnabled', bool, 'Whether the Emergency Mitigation service sends diagnostic data to Microsoft.', { versions: FROM_2016 }),
    domainControllerParameter,
    setting('ErrorReportingEnabled', bool, 'Whether the server reports errors to Microsoft.'),
    setting('InternetWebProxy', webProxyUrl, 'The URL of the web proxy the server uses to reach the internet, e.g. for online mitigations and certificates.'),
    setting('InternetWebProxyBypassList', fqdn, 'Servers (by FQDN, at most 100) the server contacts directly instead of through InternetWebProxy.',
      { ...serverList, versions: FROM_2016 }),
    setting('MitigationsApplied', text, 'Where the Emergency Mitigation service records the mitigations it has applied; not for manual use.',
      { ...serverList, versions: FROM_2016, reserved: true }),
    setting('MitigationsBlocked', text, 'Mitigation IDs the Emergency Mitigation service must not apply on its hourly run.',
      { ...serverList, versions: FROM_2016 }),
    setting('MitigationsEnabled', bool, 'Whether the Emergency Mitigation service applies mitigations to this server automatically.', { versions: FROM_2016 }),
    setting('MonitoringGroup', text, 'The monitoring group the server belongs to, for grouping servers by site or deployment.',
      { versions: FROM_2013 }),
    setting('ProductKey', productKey, 'The product key that licenses the server.'),
    setting('RingLevel', text, 'The ring the server belongs to for Exchange\'s feature flighting.', { versions: FROM_2019 }),
    setting('StaticConfigDomainController', fqdn, 'The domain controller (FQDN) the server reads its configuration from.'),
    setting('StaticDomainControllers', fqdn, 'The domain controllers (FQDN) the server is restricted to for directory lookups.', serverList),
    setting('StaticExcludedDomainControllers', fqdn, 'Domain controllers (FQDN) the server must not use.', serverList),
    setting('StaticGlobalCatalogs', fqdn, 'The global catalog servers (FQDN) the server is restricted to.', serverList),
    whatIfParameter,
  ],
};

export const EXCHANGE_SERVER_CMDLETS: readonly CmdletSpec[] = [getExchangeServer, setExchangeServer];
