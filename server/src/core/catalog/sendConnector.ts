// The Send connector cmdlets (New/Set/Get/Remove-SendConnector).
//
// Sources (Exchange 2013–SE syntax): Microsoft's cmdlet reference pages New-SendConnector,
// Set-SendConnector, Get-SendConnector and Remove-SendConnector (MicrosoftDocs/office-docs-powershell,
// exchange-ps/ExchangePowerShell/*.md). New-SendConnector has two parameter sets, AddressSpaces (the
// first, where -AddressSpaces is mandatory) and LinkedReceiveConnector, which lacks -AddressSpaces,
// -CloudServicesMailEnabled, -ConnectorType, -FrontendProxyEnabled, -IsScopedConnector and
// -TlsCertificateName; its namesake -LinkedReceiveConnector, like -IsCoexistenceConnector, applies
// to Exchange 2010 only and is left out. Set/Get/Remove have one set each. Documented there:
// ConnectionInactivityTimeOut 00:00:01 through 1.00:00:00, default 00:10:00; MaxMessageSize 0 through
// 2147483647 bytes or unlimited, default 25 MB; Port 0 through 65535, default 25; Usage default Custom;
// ConnectorType default Default (2016 and later); SourceIPAddress default 0.0.0.0; the Boolean
// defaults below; RequireOorg is reserved for Microsoft's internal use. The usage switches (-Custom,
// -Internal, -Internet, -Partner) and -Usage exclude one another, but all share every set, so that
// rule is not expressed as parameter sets.

import {
  addressSpacesParameter, anyObject, bool, confirmParameter, DAY, DEFAULT_SET, domainControllerParameter, flagDefault, fqdn,
  identity, identityParameter, int, INT32_MAX, MB, named, numberDefault, flagsOf, oneOf, setting,
  sizeDefault, switchValue, text, textDefault, timespan, unlimitedSize, whatIfParameter,
} from './builders';
import type { CmdletSpec, ParameterSetMembership, ParameterSpec, ValueType } from './types';
import { DOMAIN_NAME, ipAddress, IPV4, IPV6 } from './networkAddresses';
import { FROM_2013, FROM_2016 } from './exchangeVersions';

const ADDRESS_SPACES_SET = 'AddressSpaces';
const LINKED_RECEIVE_CONNECTOR_SET = 'LinkedReceiveConnector';

/** Parameters of New-SendConnector that only its AddressSpaces set has. */
const addressSpacesSetOnly = (membership: ParameterSetMembership = {}): Record<string, ParameterSetMembership> =>
  ({ [ADDRESS_SPACES_SET]: membership });

/** A smart host: a host name, or an IP address written as a literal (optionally in brackets). A
 * dotted name of digits only is a mistyped IP address, not a host name. */
const smartHost: ValueType = {
  kind: 'string',
  pattern: `^(?:(?![\\d.]+$)${DOMAIN_NAME}|${IPV4}|\\[${IPV4}\\]|${IPV6}|\\[${IPV6}\\])$`,
  patternHint: 'must be a host name such as relay.contoso.com or an IP address such as 10.10.1.1',
};

/** SmtpDomainWithSubdomains: a domain, `*.` before a domain for it and its subdomains, or `*`. */
const domainWithSubdomains: ValueType = {
  kind: 'string',
  pattern: `^(?:\\*|(?:\\*\\.)?${DOMAIN_NAME})$`,
  patternHint: 'must be a domain such as contoso.com, or *.contoso.com to include its subdomains',
};

/** SmtpX509Identifier: the certificate's issuer and subject, each tagged. */
const certificateName: ValueType = {
  kind: 'string',
  pattern: '^<[Ii]>[^<>]+<[Ss]>[^<>]+$',
  patternHint: 'must be written "<I>issuer<S>subject", e.g. "<I>CN=Contoso CA<S>CN=mail.contoso.com"',
};

const addressSpaces = (sets?: Record<string, ParameterSetMembership>): ParameterSpec => addressSpacesParameter(
  'The recipient domains (or other address spaces) this connector routes mail for, each [Type:]Address[;Cost]; the lowest cost wins.',
  sets);

const cloudServicesMailEnabled = setting('CloudServicesMailEnabled', bool,
  'Keeps the cross-premises organization headers on messages between an on-premises and a Microsoft 365 organization; set it through the Hybrid Configuration wizard.',
  { versions: FROM_2013 });

const connectorType = setting('ConnectorType', oneOf('Default', 'XPremises'),
  'XPremises marks the connector that sends hybrid mail to Microsoft 365; Default is any other connector.',
  { default: textDefault('Default'), versions: FROM_2016 });

const frontendProxyEnabled = setting('FrontendProxyEnabled', bool,
  'When $true, outbound messages leave through the Front End Transport service (the Client Access services) rather than straight from the Mailbox server.',
  { versions: FROM_2013 });

const isScopedConnector = setting('IsScopedConnector', bool,
  'When $true, only Mailbox servers in the same Active Directory site may route through the connector; when $false, the whole organization may.',
  { default: flagDefault(false) });

const tlsCertificateName = setting('TlsCertificateName', certificateName,
  'The certificate the connector presents for TLS, named by its issuer and subject.',
  { versions: FROM_2013 });

const force = named('Force', switchValue, 'Suppresses warnings and confirmation prompts, for unattended scripts.');

/**
 * The settings of every set of New-SendConnector and of Set-SendConnector, alphabetically; the
 * common Confirm, DomainController and WhatIf are among them so each cmdlet lists its parameters in
 * the reference's order.
 */
const sharedSettings = {
  AuthenticationCredential: setting('AuthenticationCredential', anyObject,
    'The user name and password the connector signs in to a smart host with (a PSCredential, e.g. from Get-Credential); needed for basic authentication.'),
  Comment: setting('Comment', text, 'A free-text note about the connector for administrators.'),
  Confirm: confirmParameter,
  ConnectionInactivityTimeOut: setting('ConnectionInactivityTimeOut', timespan(1, DAY),
    'How long an idle outbound connection stays open before the connector drops it (1 second to 1 day).',
    { default: textDefault('00:10:00') }),
  DNSRoutingEnabled: setting('DNSRoutingEnabled', bool,
    'When $true, the connector looks up the recipient domain\'s MX records; when $false, it sends to its smart hosts, which must then be given too.',
    { default: flagDefault(true) }),
  DomainController: domainControllerParameter,
  DomainSecureEnabled: setting('DomainSecureEnabled', bool,
    'Turns on mutual TLS (Domain Security) for the connector\'s domains; it needs DNS routing and STARTTLS, and no wildcard domains.',
    { default: flagDefault(false) }),
  Enabled: setting('Enabled', bool, 'Turns the connector on ($true) or off ($false); a disabled connector routes nothing.',
    { default: flagDefault(true) }),
  ErrorPolicies: setting('ErrorPolicies', flagsOf('Default', 'DowngradeDnsFailures', 'DowngradeCustomFailures', 'UpgradeCustomFailures'),
    'How delivery errors on the connector count: Default sends an NDR; the others treat DNS or chosen SMTP errors as transient, or custom transient ones as permanent.',
    { multiValued: true }),
  Force: force,
  ForceHELO: setting('ForceHELO', bool, 'When $true, the connector greets the next hop with HELO instead of EHLO.',
    { default: flagDefault(false) }),
  Fqdn: setting('Fqdn', fqdn,
    'The host name the connector announces in EHLO/HELO and TLS to the next hop; when empty, the source server\'s own FQDN.'),
  IgnoreSTARTTLS: setting('IgnoreSTARTTLS', bool,
    'When $true, the connector does not use TLS even if the remote server offers STARTTLS; must be $false with -RequireTLS $true.'),
  MaxMessageSize: setting('MaxMessageSize', unlimitedSize(0, INT32_MAX),
    'The largest message the connector sends on; larger ones get an NDR. Unlimited removes the cap.',
    { default: sizeDefault(25 * MB) }),
  Port: setting('Port', int(0, 65535), 'The TCP port the connector connects to on its smart hosts.',
    { default: numberDefault(25) }),
  ProtocolLoggingLevel: setting('ProtocolLoggingLevel', oneOf('None', 'Verbose'),
    'Verbose records the connector\'s SMTP conversations in the send protocol log; None records nothing.'),
  RequireOorg: setting('RequireOorg', bool, 'Reserved for Microsoft\'s internal use.', { reserved: true }),
  RequireTLS: setting('RequireTLS', bool, 'When $true, every message through the connector must travel over TLS, or it is not sent.',
    { default: flagDefault(false) }),
  SmartHostAuthMechanism: setting('SmartHostAuthMechanism',
    oneOf('None', 'BasicAuth', 'BasicAuthRequireTLS', 'ExchangeServer', 'ExternalAuthoritative'),
    'How the connector authenticates to its smart hosts; BasicAuth and BasicAuthRequireTLS need -AuthenticationCredential.'),
  SmartHosts: setting('SmartHosts', smartHost,
    'The hosts (names or IP addresses) the connector relays all its mail through instead of using MX lookups; required with -DNSRoutingEnabled $false.',
    { multiValued: true, multiValuedProperty: true }),
  SmtpMaxMessagesPerConnection: setting('SmtpMaxMessagesPerConnection', int(),
    'How many messages the connector sends over one connection before it opens a new one.'),
  SourceIPAddress: setting('SourceIPAddress', ipAddress,
    'The local IP address an Edge Transport server sends from; 0.0.0.0 lets it use any.',
    { default: textDefault('0.0.0.0') }),
  SourceTransportServers: setting('SourceTransportServers', identity('Server'),
    'The Mailbox servers whose Transport service sends through the connector; several give fault tolerance (not used on Edge Transport servers).',
    { multiValued: true, multiValuedProperty: true }),
  TlsAuthLevel: setting('TlsAuthLevel', oneOf('EncryptionOnly', 'CertificateValidation', 'DomainValidation'),
    'How far the connector checks the remote certificate: encryption only, the certificate chain, or also its domain against -TlsDomain; needs -RequireTLS $true.'),
  TlsDomain: setting('TlsDomain', domainWithSubdomains,
    'The domain the remote certificate must match when -TlsAuthLevel is DomainValidation.'),
  UseExternalDNSServersEnabled: setting('UseExternalDNSServersEnabled', bool,
    'When $true, MX lookups go to the external DNS servers set on the transport service (Set-TransportService -ExternalDNSServers).',
    { default: flagDefault(false) }),
  WhatIf: whatIfParameter,
} satisfies Record<string, ParameterSpec>;

type SharedSetting = keyof typeof sharedSettings;

/** The shared settings from `first` through `last` (inclusive), in the table's order. */
function settingsBetween(first: SharedSetting, last: SharedSetting): ParameterSpec[] {
  const names = Object.keys(sharedSettings) as SharedSetting[];
  return names.slice(names.indexOf(first), names.indexOf(last) + 1).map((name) => sharedSettings[name]);
}

const usageSwitch = (usage: string, meaning: string): ParameterSpec =>
  named(usage, switchValue, `Gives the connector the ${usage} usage type: ${meaning}. Use one usage switch or -Usage, not several.`);

const connectorIdentity = (purpose: string, mandatory: boolean): ParameterSpec =>
  identityParameter('SendConnector', `The Send connector to ${purpose}: its name or GUID.`, mandatory);

const newSendConnector: CmdletSpec = {
  name: 'New-SendConnector',
  outputType: 'SendConnector',
  module: 'Exchange',
  synopsis: 'Creates a Send connector that delivers outbound SMTP mail for its address spaces, by DNS or through smart hosts.',
  description: 'A Send connector is the route the Transport service uses for messages to recipients outside the organization (or to another SMTP system): it delivers by MX lookup or relays through smart hosts, with the TLS and authentication settings given here. Its usage type sets the permissions and authentication it starts with.',
  parameterSets: [ADDRESS_SPACES_SET, LINKED_RECEIVE_CONNECTOR_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'New-SendConnector -Name "Fabrikam Partner Relay" -Partner -AddressSpaces fabrikam.com -DNSRoutingEnabled $false -SmartHosts relay.fabrikam.com -RequireTLS $true -SourceTransportServers Mbx01,Mbx02',
  parameters: [
    setting('Name', text, 'The name of the new Send connector.', {
      sets: {
        [ADDRESS_SPACES_SET]: { mandatory: true, position: 0 },
        [LINKED_RECEIVE_CONNECTOR_SET]: { mandatory: true, position: 0 },
      },
    }),
    addressSpaces(addressSpacesSetOnly({ mandatory: true })),
    sharedSettings.AuthenticationCredential,
    { ...cloudServicesMailEnabled, sets: addressSpacesSetOnly() },
    ...settingsBetween('Comment', 'ConnectionInactivityTimeOut'),
    { ...connectorType, sets: addressSpacesSetOnly() },
    usageSwitch('Custom', 'no permissions or authentication preset'),
    ...settingsBetween('DNSRoutingEnabled', 'Fqdn'),
    { ...frontendProxyEnabled, sets: addressSpacesSetOnly() },
    sharedSettings.IgnoreSTARTTLS,
    usageSwitch('Internal', 'mail to other Exchange servers or systems inside the organization'),
    usageSwitch('Internet', 'mail to the Internet, sent anonymously'),
    { ...isScopedConnector, sets: addressSpacesSetOnly() },
    sharedSettings.MaxMessageSize,
    usageSwitch('Partner', 'mail to a partner domain, secured with TLS'),
    ...settingsBetween('Port', 'TlsAuthLevel'),
    { ...tlsCertificateName, sets: addressSpacesSetOnly() },
    sharedSettings.TlsDomain,
    setting('Usage', oneOf('Custom', 'Internal', 'Internet', 'Partner'),
      'The usage type, which presets the connector\'s permissions and authentication; use it or one usage switch, not both.',
      { default: textDefault('Custom') }),
    sharedSettings.UseExternalDNSServersEnabled,
    sharedSettings.WhatIf,
  ],
};

const setSendConnector: CmdletSpec = {
  name: 'Set-SendConnector',
  module: 'Exchange',
  synopsis: 'Changes a Send connector: its address spaces, routing, smart hosts, TLS, limits, source servers or state.',
  description: 'Values given replace the current ones; multi-valued properties such as -SmartHosts also accept @{Add=...; Remove=...}. Switching to smart hosts takes -DNSRoutingEnabled $false and -SmartHosts in the same command.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-SendConnector "Contoso Internet" -MaxMessageSize 35MB -SmartHosts @{Add="10.10.1.25"} -DNSRoutingEnabled $false',
  parameters: [
    connectorIdentity('change', true),
    addressSpaces(),
    sharedSettings.AuthenticationCredential,
    cloudServicesMailEnabled,
    sharedSettings.Comment,
    sharedSettings.Confirm,
    connectorType,
    ...settingsBetween('ConnectionInactivityTimeOut', 'Fqdn'),
    frontendProxyEnabled,
    sharedSettings.IgnoreSTARTTLS,
    isScopedConnector,
    sharedSettings.MaxMessageSize,
    setting('Name', text, 'A new name for the connector.'),
    ...settingsBetween('Port', 'TlsAuthLevel'),
    tlsCertificateName,
    ...settingsBetween('TlsDomain', 'WhatIf'),
  ],
};

const getSendConnector: CmdletSpec = {
  name: 'Get-SendConnector',
  outputType: 'SendConnector',
  module: 'Exchange',
  synopsis: 'Shows the configuration of one Send connector, or of all of them.',
  description: 'Without -Identity it lists every Send connector in the organization; pipe it to Format-List to see all properties.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Get-SendConnector "Contoso Internet" | Format-List',
  parameters: [
    connectorIdentity('show (all connectors when omitted)', false),
    domainControllerParameter,
  ],
};

const removeSendConnector: CmdletSpec = {
  name: 'Remove-SendConnector',
  module: 'Exchange',
  synopsis: 'Deletes a Send connector.',
  description: 'Mail for its address spaces stops using this route at once and takes another connector, or queues when none fits. It asks for confirmation unless -Confirm:$false is given.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Remove-SendConnector "Contoso Internet" -Confirm:$false',
  parameters: [
    connectorIdentity('delete', true),
    confirmParameter,
    domainControllerParameter,
    whatIfParameter,
  ],
};

export const SEND_CONNECTOR_CMDLETS: readonly CmdletSpec[] = [
  newSendConnector,
  setSendConnector,
  getSendConnector,
  removeSendConnector,
];
