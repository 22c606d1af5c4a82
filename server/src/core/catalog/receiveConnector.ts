// The Receive connector cmdlets (New/Set/Get/Remove-ReceiveConnector): the SMTP listeners of a
// transport service, each bound to local IP:port pairs and answering the remote IP ranges it serves.
//
// Sources (Exchange 2013–SE syntax): Microsoft's cmdlet reference pages New-ReceiveConnector,
// Set-ReceiveConnector, Get-ReceiveConnector and Remove-ReceiveConnector (MicrosoftDocs/
// office-docs-powershell, exchange-ps/ExchangePowerShell/*.md). New-ReceiveConnector's six parameter sets
// follow the syntax blocks, not the per-parameter "Required" lines, which mark -Bindings and
// -RemoteIPRanges mandatory everywhere: the syntax makes -Bindings optional for Internal, Client and
// UsageType, and -RemoteIPRanges optional for Internet and UsageType. -Custom is optional in its set, so
// a command without a usage type binds the Custom set, which is therefore listed first. Ranges and
// defaults as documented there (defaults are a Mailbox server's where Edge Transport differs).

import {
  bool, confirmParameter, DAY, DEFAULT_SET, domainControllerParameter, flagDefault, fqdn, identity,
  identityParameter, int, INT32_MAX, KB, MB, named, numberDefault, flagsOf, oneOf, setting, size, sizeDefault,
  sortedByName, switchValue, text, textDefault, timespan, TIMESPAN_MAX, UNLIMITED_DEFAULT, unlimitedInt,
  whatIfParameter,
} from './builders';
import type { CmdletSpec, ParameterSetMembership, ParameterSpec, ValueType } from './types';
import type { SettingValue } from '../values/settingValue';
import { ipBinding, ipRange } from './networkAddresses';
import { FROM_2013, FROM_2016 } from './exchangeVersions';

/** SmtpX509Identifier: the certificate's issuer and subject, `<I>issuer<S>subject`. */
const tlsCertificateName: ValueType = {
  kind: 'string',
  pattern: '^<[Ii]>.+<[Ss]>.+$',
  patternHint: 'must name the certificate as "<I>issuer<S>subject", for example "<I>CN=Contoso CA<S>CN=mail.contoso.com"',
};

/** `domain:Capability1,Capability2`, the domain an SMTP domain or NO-TLS. */
const tlsDomainCapability: ValueType = {
  kind: 'string',
  pattern: '^(?:[Nn][Oo]-[Tt][Ll][Ss]|(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*):[A-Za-z]+(?:\\s*,\\s*[A-Za-z]+)*$',
  patternHint: 'must be written domain:Capability, for example "mail.protection.outlook.com:AcceptCloudServicesMail"',
};

/** Exchange answers with this code, so a custom banner has to begin with it. */
const smtpBanner: ValueType = {
  kind: 'string',
  pattern: '^220(?:[ -].*)?$',
  patternHint: 'must start with the SMTP code 220, for example "220 mail.contoso.com ready"',
};

const connectorName: ValueType = { kind: 'string', maxLength: 64 };

// ---- shared vocabulary --------------------------------------------------------------------------


const CUSTOM = 'Custom';
const INTERNET = 'Internet';
const PARTNER = 'Partner';
const INTERNAL = 'Internal';
const CLIENT = 'Client';
const USAGE_TYPE = 'UsageType';
/** In the reference's order, Custom first: it is the set a command without a usage type binds. */
const NEW_SETS = [CUSTOM, INTERNET, PARTNER, INTERNAL, CLIENT, USAGE_TYPE];

/** Membership per set: the sets named in `mandatoryIn` require the parameter, the others allow it. */
function acrossNewSets(mandatoryIn: readonly string[], extra: ParameterSetMembership = {}): Record<string, ParameterSetMembership> {
  return Object.fromEntries(NEW_SETS.map((set) => [set, mandatoryIn.includes(set) ? { ...extra, mandatory: true } : { ...extra }]));
}

const flagOn = flagDefault(true);
const flagOff = flagDefault(false);
const fromOneSecondToOneDay = timespan(1, DAY);
const anyDelay = timespan(0, TIMESPAN_MAX);

/** An ESMTP extension the connector can advertise in its EHLO response, on by default. */
const extension = (name: string, keyword: string): ParameterSpec =>
  setting(name, bool, `Whether the connector offers the ${keyword} SMTP extension in its EHLO response.`, { default: flagOn });

const rejectDomains = (name: string, what: string): ParameterSpec =>
  setting(name, bool, `Whether RCPT TO commands for ${what} are refused.`, { default: flagOff, versions: FROM_2016 });

/** The settings New- and Set-ReceiveConnector share, alphabetically. */
const SHARED_SETTINGS: readonly ParameterSpec[] = [
  setting('AdvertiseClientSettings', bool,
    'Whether Outlook on the web shows users this connector\'s server name, port and authentication for POP3/IMAP4 clients.',
    { default: flagOff }),
  setting('AuthMechanism', flagsOf('None', 'Tls', 'Integrated', 'BasicAuth', 'BasicAuthRequireTLS', 'ExchangeServer', 'ExternalAuthoritative'),
    'The authentication methods the connector offers and accepts, comma-separated; None stands alone, BasicAuthRequireTLS needs BasicAuth and Tls.',
    { multiValued: true }),
  setting('AuthTarpitInterval', anyDelay,
    'How long the connector waits before answering a failed authentication attempt; 00:00:00 turns the delay off.',
    { default: textDefault('00:00:05'), versions: FROM_2016 }),
  setting('Banner', smtpBanner, 'A custom 220 greeting sent to connecting servers instead of the default banner; $null restores the default.'),
  extension('BinaryMimeEnabled', 'BINARYMIME (needs CHUNKING)'),
  extension('ChunkingEnabled', 'CHUNKING'),
  setting('Comment', text, 'A free-text note about the connector for administrators.'),
  confirmParameter,
  setting('ConnectionInactivityTimeout', fromOneSecondToOneDay,
    'How long a connection may sit idle before the connector closes it; must be shorter than ConnectionTimeout.',
    { default: textDefault('00:05:00') }),
  setting('ConnectionTimeout', fromOneSecondToOneDay,
    'The longest a connection may stay open even while data flows; must be longer than ConnectionInactivityTimeout.',
    { default: textDefault('00:10:00') }),
  setting('DefaultDomain', identity('AcceptedDomain'),
    'The accepted domain used as the organization\'s default domain (postmaster address, IMCEA encapsulation).'),
  extension('DeliveryStatusNotificationEnabled', 'DSN'),
  domainControllerParameter,
  setting('DomainSecureEnabled', bool,
    'Turns on mutual TLS (Domain Secure) for the domains this connector receives from; AuthMechanism must include Tls.'),
  extension('EightBitMimeEnabled', '8BITMIME'),
  setting('EnableAuthGSSAPI', bool,
    'Whether Integrated authentication offers Kerberos (AUTH GSSAPI NTLM) or only NTLM.'),
  setting('Enabled', bool, 'Turns the connector on ($true) or off ($false).', { default: flagOn }),
  extension('EnhancedStatusCodesEnabled', 'ENHANCEDSTATUSCODES'),
  setting('ExtendedProtectionPolicy', oneOf('None', 'Allow', 'Require'),
    'Whether Extended Protection for Authentication is off, used when the client supports it, or required.',
    { default: textDefault('None') }),
  setting('Fqdn', fqdn,
    'The host name the connector announces in its banner, EHLO response and Received header, and presents in TLS; the server\'s FQDN by default.'),
  setting('LongAddressesEnabled', bool,
    'Whether the connector accepts long IMCEA-encapsulated X.400 addresses (XLONGADDR); Mailbox servers only.',
    { default: flagOff }),
  setting('MaxAcknowledgementDelay', anyDelay,
    'How long acknowledgement may be held back for hosts without shadow redundancy; only Exchange 2010 servers use it.',
    { default: textDefault('00:00:30') }),
  setting('MaxHeaderSize', size(1, INT32_MAX),
    'The largest message header the connector accepts before it closes the connection.',
    { default: sizeDefault(256 * KB) }),
  setting('MaxHopCount', int(1, 500),
    'The most Received headers a message may carry before the connector rejects it as looping.',
    { default: numberDefault(30) }),
  setting('MaxInboundConnection', unlimitedInt(1, INT32_MAX),
    'The most connections the connector serves at once; unlimited removes the cap.',
    { default: numberDefault(5000) }),
  setting('MaxInboundConnectionPercentagePerSource', int(1, 100),
    'The share (percent) of the remaining connections one remote IP address may hold at once.',
    { default: numberDefault(2) }),
  setting('MaxInboundConnectionPerSource', unlimitedInt(1, 10000),
    'The most connections one remote IP address may hold at once; unlimited removes the cap.',
    { default: numberDefault(20) }),
  setting('MaxLocalHopCount', int(0, 50),
    'The most Received headers from local servers a message may carry; 0 never rejects on this count.',
    { default: numberDefault(8) }),
  setting('MaxLogonFailures', int(0, 10),
    'How many failed logons the connector allows before closing the connection; 0 never closes it for that.',
    { default: numberDefault(3) }),
  setting('MaxMessageSize', size(64 * KB, INT32_MAX),
    'The largest message the connector accepts, Base64 overhead included (36 MB lets about 25 MB through).',
    { default: sizeDefault(36 * MB) }),
  setting('MaxProtocolErrors', unlimitedInt(0, INT32_MAX),
    'How many SMTP protocol errors the connector tolerates before closing the connection; unlimited never closes it.',
    { default: numberDefault(5) }),
  setting('MaxRecipientsPerMessage', int(1, 512000),
    'The most recipients one message may have on this connector.',
    { default: numberDefault(200) }),
  setting('MessageRateLimit', unlimitedInt(1, INT32_MAX),
    'The most messages one client may submit per minute; unlimited on Mailbox servers, 600 on Edge Transport.',
    { default: UNLIMITED_DEFAULT }),
  setting('MessageRateSource', oneOf('None', 'User', 'IPAddress', 'All'),
    'What MessageRateLimit counts against: the sending user, the sending host, both, or nothing.'),
  setting('OrarEnabled', bool,
    'Whether the connector offers Originator Requested Alternate Recipient (XORAR).',
    { default: flagOff }),
  setting('PermissionGroups', flagsOf('None', 'AnonymousUsers', 'ExchangeUsers', 'ExchangeServers', 'ExchangeLegacyServers', 'Partners', 'Custom'),
    'The security principals allowed to use the connector, comma-separated; Custom means permissions set with Add-ADPermission.',
    { multiValued: true }),
  extension('PipeliningEnabled', 'PIPELINING'),
  setting('ProtocolLoggingLevel', oneOf('None', 'Verbose'),
    'Whether SMTP conversations on this connector are written to the protocol log.',
    { default: textDefault('None') }),
  rejectDomains('RejectReservedSecondLevelRecipientDomains', 'the reserved domains example.com, example.net and example.org'),
  rejectDomains('RejectReservedTopLevelRecipientDomains', 'reserved top-level domains such as .test, .example, .invalid and .localhost'),
  rejectDomains('RejectSingleLabelRecipientDomains', 'single-label domains such as chris@contoso'),
  setting('RequireEHLODomain', bool,
    'Whether a client must give a domain name in EHLO; the connection is closed when it does not.',
    { default: flagOff }),
  setting('RequireTLS', bool,
    'Whether inbound messages must arrive over TLS; AuthMechanism must then include Tls.',
    { default: flagOff }),
  setting('ServiceDiscoveryFqdn', fqdn, 'The service discovery FQDN published for the connector.', { versions: FROM_2013 }),
  setting('SizeEnabled', oneOf('Enabled', 'Disabled', 'EnabledWithoutValue'),
    'Whether EHLO offers the SIZE extension, with MaxMessageSize, without it, or not at all.',
    { default: textDefault('Enabled') }),
  setting('SuppressXAnonymousTls', bool,
    'When $true the connector stops offering X-ANONYMOUSTLS (needs UseDownGradedExchangeServerAuth on the transport service).',
    { default: flagOff }),
  setting('TarpitInterval', anyDelay,
    'How long the connector delays answers to a remote server that may be abusing the connection; 00:00:00 turns it off.',
    { default: textDefault('00:00:05') }),
  setting('TlsCertificateName', tlsCertificateName,
    'The certificate the connector uses for TLS, named by issuer and subject.', { versions: FROM_2013 }),
  setting('TlsDomainCapabilities', tlsDomainCapability,
    'Extra capabilities offered to TLS-authenticated remote domains, such as AcceptCloudServicesMail in hybrid deployments.',
    { multiValued: true, multiValuedProperty: true }),
  setting('TransportRole', oneOf('FrontendTransport', 'HubTransport'),
    'Which transport service on a Mailbox server hosts the connector: Front End (clients, Internet) or the Transport service.',
    { versions: FROM_2013 }),
  whatIfParameter,
];

const connectorIdentity = (purpose: string, mandatory: boolean): ParameterSpec =>
  identityParameter('ReceiveConnector', `The Receive connector to ${purpose}: its name, GUID, DN or ServerName\\ConnectorName.`, mandatory);

const bindingsDescription = 'The local IP:port pairs the connector listens on; 0.0.0.0 or [::] means every local IPv4 or IPv6 address.';
const remoteRangesDescription = 'The remote addresses the connector accepts mail from: single addresses, first-last ranges or CIDR blocks; the most specific match wins.';

/** A usage-type switch: mandatory in its own set, except -Custom, which is what a bare command means. */
/**
 * What each usage type gives a new connector, from the reference's descriptions of the switches:
 * its permission groups and authentication methods, and the binding or remote range it defaults to
 * where the reference names one (Client listens on 0.0.0.0:587, Internal on 0.0.0.0:25, Internet
 * accepts 0.0.0.0-255.255.255.255). Custom has no permission group until one is given.
 */
const USAGE_DEFAULTS: Record<string, Record<string, SettingValue>> = {
  [CLIENT]: { PermissionGroups: ['ExchangeUsers'], AuthMechanism: ['Tls', 'BasicAuth', 'BasicAuthRequireTLS', 'Integrated'], Bindings: ['0.0.0.0:587'] },
  [CUSTOM]: { PermissionGroups: ['None'], AuthMechanism: ['Tls'] },
  [INTERNAL]: { PermissionGroups: ['ExchangeLegacyServers', 'ExchangeServers'], AuthMechanism: ['Tls', 'ExchangeServer'], Bindings: ['0.0.0.0:25'] },
  [INTERNET]: { PermissionGroups: ['AnonymousUsers'], AuthMechanism: ['Tls'], RemoteIPRanges: ['0.0.0.0-255.255.255.255'] },
  [PARTNER]: { PermissionGroups: ['Partners'], AuthMechanism: ['Tls'] },
};

function usageSwitch(name: string, role: string): ParameterSpec {
  return named(name, switchValue, `Creates the connector for ${role}, with that usage type's permission groups and authentication.`, {
    sets: { [name]: name === CUSTOM ? {} : { mandatory: true } },
    implies: { true: USAGE_DEFAULTS[name] },
  });
}

const newReceiveConnector: CmdletSpec = {
  name: 'New-ReceiveConnector',
  outputType: 'ReceiveConnector',
  module: 'Exchange',
  synopsis: 'Creates a Receive connector: an SMTP listener on local IP:port bindings for chosen remote IP ranges.',
  description: 'A Receive connector decides which inbound SMTP connections a transport service accepts, by local binding and remote address, and with what permissions and limits. The usage type (-Custom, -Internet, -Partner, -Internal, -Client or -Usage) picks its default permission groups and authentication.',
  parameterSets: NEW_SETS,
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'New-ReceiveConnector -Name "Fabrikam Relay" -Server Hub01 -Custom -Bindings 10.0.0.5:25 -RemoteIPRanges 192.168.10.0/24 -PermissionGroups ExchangeServers',
  parameters: [
    setting('Name', connectorName, 'The unique name of the new Receive connector on its server, up to 64 characters.', {
      sets: acrossNewSets(NEW_SETS, { position: 0 }),
    }),
    setting('Bindings', ipBinding, bindingsDescription, {
      multiValued: true, multiValuedProperty: true, sets: acrossNewSets([CUSTOM, INTERNET, PARTNER]),
    }),
    setting('RemoteIPRanges', ipRange, remoteRangesDescription, {
      multiValued: true, multiValuedProperty: true, sets: acrossNewSets([CUSTOM, PARTNER, INTERNAL, CLIENT]),
    }),
    usageSwitch(CUSTOM, 'a purpose you configure yourself (no permission groups until you add them)'),
    usageSwitch(INTERNET, 'anonymous mail from the Internet'),
    usageSwitch(PARTNER, 'a partner domain secured with TLS'),
    usageSwitch(INTERNAL, 'other Exchange servers of the organization'),
    usageSwitch(CLIENT, 'authenticated POP3 and IMAP4 clients submitting on port 587'),
    named('Usage', oneOf(CLIENT, CUSTOM, INTERNAL, INTERNET, PARTNER),
      'The usage type as a value instead of a switch; it sets the default permission groups and authentication.', {
        sets: { [USAGE_TYPE]: { mandatory: true } },
        implies: Object.fromEntries(Object.entries(USAGE_DEFAULTS).map(([usage, settings]) => [usage.toLowerCase(), settings])),
      }),
    named('Server', identity('Server'), 'The Mailbox or Edge Transport server to create the connector on; the local server when omitted.'),
    ...SHARED_SETTINGS,
  ],
};

const setReceiveConnector: CmdletSpec = {
  name: 'Set-ReceiveConnector',
  module: 'Exchange',
  synopsis: 'Changes a Receive connector: its bindings, remote ranges, permissions, authentication, limits or state.',
  description: 'Use it to widen or narrow who may connect (-RemoteIPRanges, -PermissionGroups, -AuthMechanism) or to tune the SMTP limits of an existing Receive connector. Values given replace the current ones; multi-valued properties also accept @{Add=...; Remove=...}.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-ReceiveConnector "Hub01\\Fabrikam Relay" -RemoteIPRanges @{Add="192.168.20.0/24"} -MaxMessageSize 50MB',
  parameters: [
    connectorIdentity('change', true),
    ...sortedByName([
    setting('BareLinefeedRejectionEnabled', bool,
      'Whether messages with line feeds not preceded by a carriage return are rejected.', { default: flagOff }),
    setting('Bindings', ipBinding, bindingsDescription, { multiValued: true, multiValuedProperty: true }),
    setting('Name', connectorName, 'A new name for the connector, up to 64 characters.'),
    setting('RemoteIPRanges', ipRange, remoteRangesDescription, { multiValued: true, multiValuedProperty: true }),
    setting('SmtpUtf8Enabled', bool, 'Reserved for Microsoft\'s internal use.', { reserved: true, versions: FROM_2013 }),
    ...SHARED_SETTINGS,
    ]),
  ],
};

const getReceiveConnector: CmdletSpec = {
  name: 'Get-ReceiveConnector',
  outputType: 'ReceiveConnector',
  module: 'Exchange',
  synopsis: 'Shows the configuration of one Receive connector, or of all of them, or of one server\'s.',
  description: 'Without parameters it lists every Receive connector in the organization; -Server narrows the list to one server. Pipe it to Format-List to see all settings.',
  parameterSets: ['Identity', 'Server'],
  commonParameters: true,
  example: 'Get-ReceiveConnector -Server Hub01 | Format-Table Name, Bindings, RemoteIPRanges',
  parameters: [
    named('Identity', identity('ReceiveConnector'),
      'The Receive connector to show: its name, GUID, DN or ServerName\\ConnectorName; all connectors when omitted.', {
        sets: { Identity: { position: 0, valueFromPipeline: true } },
      }),
    named('Server', identity('Server'), 'Shows only the Receive connectors of this server; cannot be combined with -Identity.', {
      sets: { Server: { valueFromPipeline: true } },
    }),
    domainControllerParameter,
  ],
};

const removeReceiveConnector: CmdletSpec = {
  name: 'Remove-ReceiveConnector',
  module: 'Exchange',
  synopsis: 'Deletes a Receive connector.',
  description: 'The server stops accepting the connections that connector answered at once, so senders that matched only it are refused. It asks for confirmation unless -Confirm:$false is given.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Remove-ReceiveConnector "Hub01\\Fabrikam Relay" -Confirm:$false',
  parameters: [
    connectorIdentity('delete', true),
    confirmParameter,
    domainControllerParameter,
    whatIfParameter,
  ],
};

export const RECEIVE_CONNECTOR_CMDLETS: readonly CmdletSpec[] = [
  newReceiveConnector,
  setReceiveConnector,
  getReceiveConnector,
  removeReceiveConnector,
];
