// The Transport service cmdlets (Get-/Set-TransportService, and their older names Get-/Set-TransportServer)
// and the transport service object they show.
//
// Sources: Microsoft's cmdlet reference pages Set-TransportService and Get-TransportService for
// Exchange 2013–2019 (MicrosoftDocs/office-docs-powershell, exchange-ps/ExchangePowerShell/*.md): the
// complete parameter list, types, ranges and defaults below are taken from there (defaults are the
// Mailbox server's where Edge Transport differs). Parameters the reference marks "reserved for internal
// Microsoft use" carry `reserved: true` and no default. Size ranges documented as "1 through
// 9223372036854775807 bytes" get only a lower bound: that ceiling is beyond JavaScript's exact integers.
// Transport service object: the settable properties after Name, alphabetically, then the Active
// Directory properties every configuration object ends with (inferred from Format-List output of
// Get-TransportServer; not verified property by property).

import {
  AD_OBJECT_PROPERTIES, bool, confirmParameter, DAY, DEFAULT_SET, domainControllerParameter,
  EXCHANGE_INSTALL_PATH, flagDefault, guid, HOUR, identityParameter, int, INT32_MAX, KB, localPath, MB,
  numberDefault, oneOf, setting, size, sizeDefault, smtpAddress, sortedByName, textDefault, timespan,
  TIMESPAN_MAX, unlimitedInt, unlimitedSize, whatIfParameter,
} from './builders';
import type { CmdletSpec, DefaultSpec, ExchangeVersion, ObjectTypeSpec, ParameterSpec, PropertySpec, ValueType } from './types';
import { ipAddress } from './networkAddresses';
import { FROM_2013, FROM_2016 } from './exchangeVersions';

const hubLogs = `${EXCHANGE_INSTALL_PATH}TransportRoles\\Logs\\Hub\\`;

/** One of a transport service's logs: the same five settings under a common name prefix. The Mailbox
 * Transport and Front End Transport services describe their logs with it too. */
export interface LogFamily {
  prefix: string;
  /** How descriptions name the log, e.g. `agent log`. */
  what: string;
  /** Default of `<prefix>Enabled`; `null` when the log has no Enabled switch. */
  enabled: boolean | null | undefined;
  /** `dd.hh:mm:ss`. */
  maxAge?: string;
  /** Default sizes in bytes. */
  directory: { type: ValueType; default?: number };
  /** Absent when the log has no file size setting (routing table log). */
  file?: { type: ValueType; default?: number };
  /** `FilePath` for the Transport Sync logs, `Path` for the others. */
  pathName?: 'Path' | 'FilePath';
  pathDefault?: string;
  reserved?: boolean;
  /** When only some versions have the log (see ParameterSpec.versions). */
  versions?: readonly ExchangeVersion[];
}

/** The versions that have the Transport service cmdlets, and the logs Exchange 2016 added. */

const ageRange = timespan(0, TIMESPAN_MAX);
const sizeFromOneByte = size(1);
const unlimitedFromOneByte = unlimitedSize(1);
/** The protocol logs document "up to 909.5 TB (999999999999999 bytes)". */
export const protocolLogSize = unlimitedSize(1, 999999999999999);

function bytesDefault(bytes: number | undefined): DefaultSpec | undefined {
  return bytes === undefined ? undefined : sizeDefault(bytes);
}

export function logParameters(family: LogFamily): ParameterSpec[] {
  const extra = (defaultValue: DefaultSpec | undefined): Partial<ParameterSpec> => ({
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    ...(family.reserved ? { reserved: true } : {}),
    ...(family.versions ? { versions: family.versions } : {}),
  });
  const lead = family.reserved ? 'Reserved for Microsoft\'s internal use. ' : '';
  const parameters: ParameterSpec[] = [];
  if (family.enabled !== null) {
    const enabled = family.enabled === undefined ? undefined : flagDefault(family.enabled);
    parameters.push(setting(`${family.prefix}Enabled`, bool, `${lead}Turns the ${family.what} on or off.`, extra(enabled)));
  }
  const maxAge = family.maxAge === undefined ? undefined : textDefault(family.maxAge);
  parameters.push(setting(`${family.prefix}MaxAge`, ageRange,
    `${lead}How long ${family.what} files are kept before deletion; 00:00:00 keeps them whatever their age.`, extra(maxAge)));
  const uncapped = family.directory.type.kind === 'size' && family.directory.type.unlimited ? '; unlimited removes the cap' : '';
  parameters.push(setting(`${family.prefix}MaxDirectorySize`, family.directory.type,
    `${lead}The most the ${family.what} folder may hold; past it the oldest files are deleted${uncapped}.`, extra(bytesDefault(family.directory.default))));
  if (family.file) {
    parameters.push(setting(`${family.prefix}MaxFileSize`, family.file.type,
      `${lead}When one ${family.what} file reaches this size a new file is begun; keep it no larger than the directory size.`, extra(bytesDefault(family.file.default))));
  }
  const path = family.pathDefault === undefined ? undefined : textDefault(family.pathDefault);
  parameters.push(setting(`${family.prefix}${family.pathName ?? 'Path'}`, localPath,
    `${lead}The local folder the ${family.what} files are written to.`, extra(path)));
  return parameters;
}

const LOG_FAMILIES: LogFamily[] = [
  {
    prefix: 'ActiveUserStatisticsLog', what: 'per-user activity statistics log', enabled: null, maxAge: '30.00:00:00',
    directory: { type: sizeFromOneByte, default: 250 * MB },
    file: { type: sizeFromOneByte, default: 10 * MB },
    pathDefault: `${hubLogs}ActiveUsersStats`,
  },
  {
    prefix: 'AgentLog', what: 'agent log', enabled: true, maxAge: '7.00:00:00',
    directory: { type: unlimitedFromOneByte, default: 250 * MB },
    file: { type: unlimitedFromOneByte, default: 10 * MB },
    pathDefault: `${hubLogs}AgentLog`,
  },
  {
    prefix: 'ConnectivityLog', what: 'connectivity log', enabled: true, maxAge: '30.00:00:00',
    directory: { type: unlimitedFromOneByte, default: 1000 * MB },
    file: { type: unlimitedFromOneByte, default: 10 * MB },
    pathDefault: `${hubLogs}Connectivity`,
  },
  {
    // No folder is configured by default: one must be set before the DNS log is turned on.
    prefix: 'DnsLog', what: 'DNS log', enabled: false, maxAge: '7.00:00:00',
    directory: { type: unlimitedFromOneByte, default: 100 * MB },
    file: { type: unlimitedFromOneByte, default: 10 * MB },
  },
  {
    prefix: 'IrmLog', what: 'Information Rights Management (IRM) log', enabled: true, maxAge: '30.00:00:00',
    directory: { type: unlimitedFromOneByte, default: 250 * MB },
    file: { type: sizeFromOneByte, default: 10 * MB },
    pathDefault: `${EXCHANGE_INSTALL_PATH}Logging\\IRMLogs`,
  },
  {
    prefix: 'MessageTrackingLog', what: 'message tracking log', enabled: true, maxAge: '30.00:00:00',
    directory: { type: unlimitedFromOneByte, default: 1000 * MB },
    file: { type: size(1, 4294967296), default: 10 * MB },
    pathDefault: `${EXCHANGE_INSTALL_PATH}TransportRoles\\Logs\\MessageTracking`,
  },
  {
    prefix: 'QueueLog', what: 'queue log', enabled: null, maxAge: '7.00:00:00',
    directory: { type: unlimitedFromOneByte, default: 200 * MB },
    file: { type: unlimitedFromOneByte, default: 10 * MB },
    pathDefault: `${hubLogs}QueueViewer`,
  },
  {
    prefix: 'ReceiveProtocolLog', what: 'Receive connector protocol log', enabled: null, maxAge: '30.00:00:00',
    directory: { type: protocolLogSize, default: 250 * MB },
    file: { type: protocolLogSize, default: 10 * MB },
    pathDefault: `${hubLogs}ProtocolLog\\SmtpReceive`,
  },
  {
    prefix: 'RequestBrokerLog', what: 'request broker log', enabled: undefined, reserved: true, versions: FROM_2016,
    directory: { type: unlimitedFromOneByte }, file: { type: unlimitedFromOneByte },
  },
  {
    prefix: 'ResourceLog', what: 'resource log', enabled: undefined, reserved: true,
    directory: { type: unlimitedFromOneByte }, file: { type: unlimitedFromOneByte },
  },
  {
    prefix: 'RoutingTableLog', what: 'routing table log', enabled: null, maxAge: '7.00:00:00',
    directory: { type: unlimitedFromOneByte, default: 50 * MB },
    pathDefault: `${hubLogs}Routing`,
  },
  {
    prefix: 'SendProtocolLog', what: 'Send connector protocol log', enabled: null, maxAge: '30.00:00:00',
    directory: { type: protocolLogSize, default: 250 * MB },
    file: { type: protocolLogSize, default: 10 * MB },
    pathDefault: `${hubLogs}ProtocolLog\\SmtpSend`,
  },
  {
    prefix: 'ServerStatisticsLog', what: 'server statistics log (used up to Exchange 2013 CU6 only)', enabled: null, maxAge: '30.00:00:00',
    directory: { type: sizeFromOneByte, default: 250 * MB },
    file: { type: sizeFromOneByte, default: 10 * MB },
    pathDefault: `${hubLogs}ServerStats`,
  },
  {
    prefix: 'TransportHttpLog', what: 'transport HTTP log', enabled: undefined, reserved: true, versions: FROM_2016,
    directory: { type: unlimitedFromOneByte }, file: { type: unlimitedFromOneByte },
  },
  {
    prefix: 'TransportMaintenanceLog', what: 'transport maintenance log', enabled: undefined, reserved: true,
    directory: { type: unlimitedFromOneByte }, file: { type: unlimitedFromOneByte },
  },
  {
    prefix: 'TransportSyncHubHealthLog', what: 'Transport Sync hub health log', enabled: undefined, reserved: true,
    directory: { type: sizeFromOneByte }, file: { type: sizeFromOneByte }, pathName: 'FilePath',
  },
  {
    prefix: 'TransportSyncLog', what: 'Transport Sync log', enabled: undefined, reserved: true,
    directory: { type: sizeFromOneByte }, file: { type: sizeFromOneByte }, pathName: 'FilePath',
  },
  {
    prefix: 'WlmLog', what: 'workload management log', enabled: null, reserved: true,
    directory: { type: unlimitedFromOneByte }, file: { type: unlimitedFromOneByte },
  },
];

const dnsProtocolOption = oneOf('Any', 'UseUdpOnly', 'UseTcpOnly');

/** Transport Sync settings, all reserved for Microsoft's internal use: valid names, nothing more known. */
const RESERVED_SYNC_SETTINGS: [string, ValueType][] = [
  ['TransportSyncAccountsPoisonAccountThreshold', int()],
  ['TransportSyncAccountsPoisonDetectionEnabled', bool],
  ['TransportSyncAccountsPoisonItemThreshold', int()],
  ['TransportSyncAccountsSuccessivePoisonItemThreshold', int()],
  ['TransportSyncEnabled', bool],
  ['TransportSyncExchangeEnabled', bool],
  ['TransportSyncImapEnabled', bool],
  ['TransportSyncLogLoggingLevel', oneOf('None', 'Error', 'Information', 'Verbose', 'RawData', 'Debugging')],
  ['TransportSyncMaxDownloadItemsPerConnection', int()],
  ['TransportSyncMaxDownloadSizePerConnection', sizeFromOneByte],
  ['TransportSyncMaxDownloadSizePerItem', sizeFromOneByte],
  ['TransportSyncPopEnabled', bool],
  ['TransportSyncRemoteConnectionTimeout', ageRange],
  ['WindowsLiveHotmailTransportSyncEnabled', bool],
];

/** Which adapter's DNS settings serve lookups outside (External) or inside (Internal) the organization, and over which protocol. */
export function dnsAdapterSettings(side: 'External' | 'Internal', where: 'outside' | 'inside'): ParameterSpec[] {
  const lookups = `${side.toLowerCase()} lookups`;
  return [
    setting(`${side}DNSAdapterEnabled`, bool,
      `When $true, lookups ${where} the organization use the DNS settings of the adapter in ${side}DNSAdapterGuid; $false uses ${side}DNSServers.`, { default: flagDefault(true) }),
    setting(`${side}DNSAdapterGuid`, guid,
      `The network adapter whose DNS settings serve ${lookups}; the all-zero GUID means any adapter.`, { default: textDefault('00000000-0000-0000-0000-000000000000') }),
    setting(`${side}DNSProtocolOption`, dnsProtocolOption,
      `Whether ${side.toLowerCase()} DNS queries use UDP, TCP or either.`, { default: textDefault('Any') }),
  ];
}

/** The settings that are not part of a log family, alphabetically. */
const SINGLE_SETTINGS: ParameterSpec[] = [
  setting('AntispamAgentsEnabled', bool,
    'Whether the anti-spam agents are installed; set by Exchange\'s install script, not by hand.', { default: flagDefault(false) }),
  confirmParameter,
  setting('ContentConversionTracingEnabled', bool,
    'Records content conversion failures (up to 128 MB of message content) in the pipeline tracing folder.', { default: flagDefault(false) }),
  setting('DelayNotificationTimeout', timespan(1, 30 * DAY),
    'How long a message may wait before the sender gets a delay notification (DSN).', { default: textDefault('04:00:00') }),
  domainControllerParameter,
  ...dnsAdapterSettings('External', 'outside'),
  setting('ExternalDNSServers', ipAddress,
    'The DNS servers (IP addresses) used for external lookups when ExternalDNSAdapterEnabled is $false.', { multiValued: true, multiValuedProperty: true }),
  setting('ExternalIPAddress', ipAddress,
    'The IP address written in the Received header instead of the external adapter\'s own; used for hop counting and loop detection.'),
  ...dnsAdapterSettings('Internal', 'inside'),
  setting('InternalDNSServers', ipAddress,
    'The DNS servers (IP addresses) used for internal lookups when InternalDNSAdapterEnabled is $false.', { multiValued: true, multiValuedProperty: true }),
  setting('IntraOrgConnectorProtocolLoggingLevel', oneOf('None', 'Verbose'),
    'Turns SMTP protocol logging on (Verbose) or off (None) for the hidden Send connector between servers of the organization.', { default: textDefault('None') }),
  setting('IntraOrgConnectorSmtpMaxMessagesPerConnection', int(0, INT32_MAX),
    'How many messages the hidden intra-organization Send connector sends over one connection.', { default: numberDefault(20) }),
  setting('MaxConcurrentMailboxDeliveries', int(1, 256),
    'How many threads may deliver messages to mailboxes at the same time.', { default: numberDefault(20) }),
  setting('MaxConcurrentMailboxSubmissions', int(1, 256),
    'How many threads may take messages from mailboxes at the same time.', { default: numberDefault(20) }),
  setting('MaxConnectionRatePerMinute', int(1, INT32_MAX),
    'How many new connections per minute the transport service opens, to protect the server.', { default: numberDefault(1200) }),
  setting('MaxOutboundConnections', unlimitedInt(1, INT32_MAX),
    'How many outbound connections may be open at once; not below MaxPerDomainOutboundConnections.', { default: numberDefault(1000) }),
  setting('MaxPerDomainOutboundConnections', unlimitedInt(1, INT32_MAX),
    'How many connections may be open to any one remote domain at once.', { default: numberDefault(40) }),
  setting('MessageExpirationTimeout', timespan(5, 90 * DAY),
    'How long a message may stay in a queue before it is returned to the sender as undeliverable.', { default: textDefault('2.00:00:00') }),
  setting('MessageRetryInterval', timespan(1, DAY),
    'How long to wait before retrying an individual message after a connection failure.', { default: textDefault('00:05:00') }),
  setting('MessageTrackingLogSubjectLoggingEnabled', bool,
    'Whether message subjects are written to the message tracking log.', { default: flagDefault(true) }),
  setting('OutboundConnectionFailureRetryInterval', timespan(1, 20 * DAY),
    'How long to wait before trying a remote server again once the quick retries have failed.', { default: textDefault('00:10:00') }),
  setting('PickupDirectoryMaxHeaderSize', size(32768, INT32_MAX),
    'The largest message header a file in the Pickup directory may have; bigger files become badmail.', { default: sizeDefault(64 * KB) }),
  setting('PickupDirectoryMaxMessagesPerMinute', int(1, 20000),
    'How many message files the Pickup directory, and separately the Replay directory, process per minute.', { default: numberDefault(100) }),
  setting('PickupDirectoryMaxRecipientsPerMessage', int(1, 10000),
    'The most recipients a message in the Pickup directory may have.', { default: numberDefault(100) }),
  setting('PickupDirectoryPath', localPath,
    'The local folder whose correctly formatted .eml files are submitted for delivery; $null turns the Pickup directory off.',
    { default: textDefault(`${EXCHANGE_INSTALL_PATH}TransportRoles\\Pickup`) }),
  setting('PipelineTracingEnabled', bool,
    'Captures a snapshot of each message from PipelineTracingSenderAddress after every transport agent; for short diagnostics only.', { default: flagDefault(false) }),
  setting('PipelineTracingPath', localPath,
    'The local folder for pipeline tracing snapshots, which contain whole messages: restrict access to it.',
    { default: textDefault(`${EXCHANGE_INSTALL_PATH}TransportRoles\\Logs\\Hub\\PipelineTracing`) }),
  setting('PipelineTracingSenderAddress', smtpAddress,
    'The sender whose messages pipeline tracing captures.'),
  setting('PoisonMessageDetectionEnabled', bool,
    'Whether messages that repeatedly crash the service are moved to the poison message queue.', { default: flagDefault(true) }),
  setting('PoisonThreshold', int(1, 10),
    'How many crashes a message may cause before it counts as a poison message.', { default: numberDefault(2) }),
  setting('QueueMaxIdleTime', timespan(5, HOUR),
    'How long an empty delivery queue is kept before it is removed.', { default: textDefault('00:03:00') }),
  setting('RecipientValidationCacheEnabled', bool,
    'Whether recipient addresses used by agents such as Recipient Filtering are cached ($true on Edge Transport servers).', { default: flagDefault(false) }),
  setting('ReplayDirectoryPath', localPath,
    'The local folder for message files from foreign gateways and resubmitted messages; $null turns the Replay directory off.',
    { default: textDefault(`${EXCHANGE_INSTALL_PATH}TransportRoles\\Replay`) }),
  setting('RootDropDirectoryPath', { kind: 'path', local: false },
    'The local or UNC folder under which relative Foreign connector Drop directories are created; blank means the Exchange installation folder.'),
  setting('TransientFailureRetryCount', int(0, 15),
    'How many quick retries follow a failed connection before OutboundConnectionFailureRetryInterval applies; 0 means none.', { default: numberDefault(6) }),
  setting('TransientFailureRetryInterval', timespan(1, 12 * HOUR),
    'The wait between the quick connection retries.', { default: textDefault('00:05:00') }),
  ...RESERVED_SYNC_SETTINGS.map(([name, type]) => setting(name, type,
    'Reserved for Microsoft\'s internal use (Transport Sync of external mail accounts); leave unchanged.', { reserved: true })),
  setting('UseDowngradedExchangeServerAuth', bool,
    'Allows GSSAPI authentication between transport services where TLS has been turned off; leave $false unless required.', { default: flagDefault(false) }),
  whatIfParameter,
];

/** Every Set-TransportService setting, alphabetically, as the reference lists them. */
const TRANSPORT_SERVICE_SETTINGS: ParameterSpec[] = sortedByName([...LOG_FAMILIES.flatMap(logParameters), ...SINGLE_SETTINGS]);

const setIdentity = identityParameter('Server',
  'The Mailbox server whose Transport service settings change (name, GUID, DN or ExchangeLegacyDN); not used on Edge Transport servers.', true);
const getIdentity = identityParameter('TransportServer',
  'The Mailbox server whose Transport service settings to show; every server when omitted.', false);

const setDescription = 'Configures the Transport service of a Mailbox or Edge Transport server: among much else the Pickup and Replay directories (paths, header size, recipient and per-minute limits), the root of the Foreign connectors\' Drop directories, and message tracking.';

const setTransportService: CmdletSpec = {
  name: 'Set-TransportService',
  module: 'Exchange',
  synopsis: 'Changes the settings of the Transport service on an Exchange 2013 or later server.',
  description: setDescription,
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-TransportService Hub01 -PickupDirectoryPath "C:\\Pickup" -PickupDirectoryMaxMessagesPerMinute 200',
  parameters: [setIdentity, ...TRANSPORT_SERVICE_SETTINGS],
  versions: FROM_2013,
};

const getTransportService: CmdletSpec = {
  name: 'Get-TransportService',
  module: 'Exchange',
  synopsis: 'Shows the Transport service settings of one server, or of all of them.',
  description: 'Pipe it to Format-List to see every setting, such as PickupDirectoryPath, ReplayDirectoryPath and the message tracking log options.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  outputType: 'TransportService',
  example: 'Get-TransportService Hub01 | Format-List Pickup*,Replay*',
  parameters: [getIdentity, domainControllerParameter],
  versions: FROM_2013,
};

// Exchange 2010 named these cmdlets after the Hub Transport server; later versions keep the old names
// working. Set-TransportServer's own reference page lists the Transport service settings without the
// logs and Transport Sync settings added for the Transport service, and lets the protocol log sizes go
// up to 9223372036854775807 bytes (beyond JavaScript's exact integers: no upper bound here).
const NOT_IN_SET_TRANSPORT_SERVER = /^(RequestBrokerLog|ResourceLog|TransportHttpLog|TransportMaintenanceLog|TransportSync|WindowsLiveHotmailTransportSync)/;
const PROTOCOL_LOG_SIZE = /^(Receive|Send)ProtocolLogMax(Directory|File)Size$/;

function transportServerSetting(parameter: ParameterSpec): ParameterSpec {
  return PROTOCOL_LOG_SIZE.test(parameter.name) ? { ...parameter, type: unlimitedFromOneByte } : parameter;
}

const setTransportServer: CmdletSpec = {
  ...setTransportService,
  name: 'Set-TransportServer',
  synopsis: 'The Exchange 2010 name of Set-TransportService; changes the transport settings of a server.',
  example: 'Set-TransportServer Hub01 -ReplayDirectoryPath "C:\\Replay"',
  parameters: [setIdentity, ...TRANSPORT_SERVICE_SETTINGS.filter((parameter) => !NOT_IN_SET_TRANSPORT_SERVER.test(parameter.name)).map(transportServerSetting)],
  versions: undefined,
};

const getTransportServer: CmdletSpec = {
  ...getTransportService,
  name: 'Get-TransportServer',
  synopsis: 'The Exchange 2010 name of Get-TransportService; shows the transport settings of servers.',
  example: 'Get-TransportServer Hub01 | Format-List',
  versions: undefined,
};

export const TRANSPORT_SERVICE_CMDLETS: readonly CmdletSpec[] = [
  getTransportService,
  setTransportService,
  getTransportServer,
  setTransportServer,
];

/** Exchange's own type names for the settings whose value kind does not say it. */
const DISPLAY_TYPE_OVERRIDES: Record<string, string> = {
  ExternalDNSAdapterGuid: 'Guid',
  InternalDNSAdapterGuid: 'Guid',
  ExternalIPAddress: 'IPAddress',
  ExternalDNSServers: 'MultiValuedProperty',
  InternalDNSServers: 'MultiValuedProperty',
  ExternalDNSProtocolOption: 'ProtocolOption',
  InternalDNSProtocolOption: 'ProtocolOption',
  IntraOrgConnectorProtocolLoggingLevel: 'ProtocolLoggingLevel',
  TransportSyncLogLoggingLevel: 'SyncLogLoggingLevel',
  RootDropDirectoryPath: 'String',
};

function displayTypeOf(parameter: ParameterSpec): string {
  const override = DISPLAY_TYPE_OVERRIDES[parameter.name];
  if (override) return override;
  const type = parameter.type;
  switch (type.kind) {
    case 'boolean': return 'Boolean';
    case 'int': return type.unlimited ? 'Unlimited' : 'Int32';
    case 'size': return type.unlimited ? 'Unlimited' : 'ByteQuantifiedSize';
    case 'timespan': return 'EnhancedTimeSpan';
    case 'path': return type.local ? 'LocalLongFullPath' : 'String';
    case 'smtpAddress': return 'SmtpAddress';
    default: return 'String';
  }
}

export const TRANSPORT_SERVICE_OBJECT: ObjectTypeSpec = {
  name: 'TransportService',
  properties: [
    { name: 'Name', type: 'String', description: 'The name of the server the Transport service runs on.' },
    ...TRANSPORT_SERVICE_SETTINGS.flatMap((parameter): PropertySpec[] => (parameter.property === undefined ? [] : [
      { name: parameter.property, type: displayTypeOf(parameter), description: parameter.description },
    ])),
    ...AD_OBJECT_PROPERTIES,
  ],
};
