// The other two transport services of an Exchange 2013 or later Mailbox server: the Mailbox Transport
// service (Get-/Set-MailboxTransportService), which hands messages between the Transport service and
// the mailbox databases, and the Front End Transport service (Get-/Set-FrontendTransportService), which
// proxies inbound and outbound SMTP for the server.
//
// Sources: Microsoft's cmdlet reference pages Set-MailboxTransportService, Get-MailboxTransportService,
// Set-FrontendTransportService and Get-FrontendTransportService (MicrosoftDocs/office-docs-powershell,
// exchange-ps/ExchangePowerShell/*.md): parameters, ranges, defaults and versions as documented there.
// Their logs follow the same five-setting pattern as the Transport service's, so they are described with
// its LogFamily helper; the routing table log settings exist from Exchange 2016 on.

import {
  bool, confirmParameter, DEFAULT_SET, domainControllerParameter, EXCHANGE_INSTALL_PATH, flagDefault, HOUR,
  identityParameter, int, INT32_MAX, localPath, MB, numberDefault, oneOf, setting, smtpAddress, sortedByName,
  textDefault, timespan, unlimitedInt, unlimitedSize, whatIfParameter,
} from './builders';
import { dnsAdapterSettings, logParameters, protocolLogSize } from './transportService';
import type { LogFamily } from './transportService';
import type { CmdletSpec, ParameterSpec } from './types';
import { ipAddress } from './networkAddresses';
import { FROM_2013, FROM_2016, FROM_2019 } from './exchangeVersions';

/** Both cmdlet pairs arrived with Exchange 2013's split of transport into three services. */

const logSize = unlimitedSize(1);
const logsUnder = (service: 'Mailbox' | 'FrontEnd'): string => `${EXCHANGE_INSTALL_PATH}TransportRoles\\Logs\\${service}\\`;

/** The log families both services have: connectivity, SMTP protocol and (2016 on) routing table logs. */
function sharedLogFamilies(service: 'Mailbox' | 'FrontEnd', serviceName: string): LogFamily[] {
  const logs = logsUnder(service);
  return [
    {
      prefix: 'ConnectivityLog', what: `${serviceName} connectivity log`, enabled: true, maxAge: '30.00:00:00',
      directory: { type: logSize, default: 1000 * MB }, file: { type: logSize, default: 10 * MB },
      pathDefault: `${logs}Connectivity`,
    },
    {
      prefix: 'ReceiveProtocolLog', what: `${serviceName} Receive protocol log`, enabled: null, maxAge: '30.00:00:00',
      directory: { type: protocolLogSize, default: 250 * MB }, file: { type: protocolLogSize, default: 10 * MB },
      pathDefault: `${logs}ProtocolLog\\SmtpReceive`,
    },
    {
      prefix: 'SendProtocolLog', what: `${serviceName} Send protocol log`, enabled: null, maxAge: '30.00:00:00',
      directory: { type: protocolLogSize, default: 250 * MB }, file: { type: protocolLogSize, default: 10 * MB },
      pathDefault: `${logs}ProtocolLog\\SmtpSend`,
    },
  ];
}

/** The routing table log settings, documented from Exchange 2016 on for these two services. */
function routingTableLog(service: 'Mailbox' | 'FrontEnd', serviceName: string): ParameterSpec[] {
  return logParameters({
    prefix: 'RoutingTableLog', what: `${serviceName} routing table log`, enabled: null, maxAge: '7.00:00:00',
    directory: { type: logSize, default: 250 * MB }, pathDefault: `${logsUnder(service)}Routing`,
  }).map((parameter) => ({ ...parameter, versions: FROM_2016 }));
}


const protocolLoggingLevel = oneOf('None', 'Verbose');

// ---- Mailbox Transport service ------------------------------------------------------------------

const MAILBOX_LOGS: LogFamily[] = [
  ...sharedLogFamilies('Mailbox', 'Mailbox Transport'),
  {
    prefix: 'MailboxDeliveryAgentLog', what: 'Mailbox Transport Delivery agent log', enabled: true, maxAge: '7.00:00:00',
    directory: { type: logSize, default: 250 * MB }, file: { type: logSize, default: 10 * MB },
    pathDefault: `${logsUnder('Mailbox')}AgentLog\\Delivery`,
  },
  {
    prefix: 'MailboxDeliveryThrottlingLog', what: 'mailbox delivery throttling log', enabled: true, maxAge: '7.00:00:00',
    directory: { type: logSize, default: 200 * MB }, file: { type: logSize, default: 10 * MB },
    pathDefault: `${EXCHANGE_INSTALL_PATH}TransportRoles\\Logs\\Throttling\\Delivery`,
  },
  {
    prefix: 'MailboxSubmissionAgentLog', what: 'Mailbox Transport Submission agent log', enabled: true, maxAge: '7.00:00:00',
    directory: { type: logSize, default: 250 * MB }, file: { type: logSize, default: 10 * MB },
    pathDefault: `${logsUnder('Mailbox')}AgentLog\\Submission`,
  },
];

const MAILBOX_SETTINGS: ParameterSpec[] = [
  confirmParameter,
  setting('ContentConversionTracingEnabled', bool,
    'Records content conversion failures (up to 128 MB of message content) in the pipeline tracing folder.', { default: flagDefault(false) }),
  domainControllerParameter,
  setting('MailboxDeliveryConnectorMaxInboundConnection', unlimitedInt(1, INT32_MAX),
    'How many connections the hidden mailbox delivery Receive connector accepts at once; unlimited removes the cap.',
    { default: numberDefault(5000), versions: FROM_2016 }),
  setting('MailboxDeliveryConnectorProtocolLoggingLevel', protocolLoggingLevel,
    'Turns SMTP protocol logging on (Verbose) or off (None) for the hidden mailbox delivery Receive connector.', { default: textDefault('None') }),
  setting('MailboxDeliveryConnectorSmtpUtf8Enabled', bool,
    'Whether the mailbox delivery Receive connector delivers to mailboxes with international (EAI) addresses.',
    { default: flagDefault(true), versions: FROM_2019 }),
  setting('MaxConcurrentMailboxDeliveries', int(1, 256),
    'How many threads may deliver messages into mailboxes at the same time.', { default: numberDefault(20) }),
  setting('MaxConcurrentMailboxSubmissions', int(1, 256),
    'How many threads may pick up messages from mailboxes at the same time.', { default: numberDefault(20) }),
  setting('PipelineTracingEnabled', bool,
    'Captures a snapshot of each message from PipelineTracingSenderAddress after every agent of this service; for short diagnostics only.',
    { default: flagDefault(false) }),
  setting('PipelineTracingPath', localPath,
    'The local folder for this service\'s pipeline tracing snapshots, which hold whole messages: restrict access to it.',
    { default: textDefault(`${logsUnder('Mailbox')}PipelineTracing`) }),
  setting('PipelineTracingSenderAddress', smtpAddress, 'The sender whose messages pipeline tracing captures.'),
  whatIfParameter,
];

const MAILBOX_TRANSPORT_SETTINGS: ParameterSpec[] = sortedByName([
  ...MAILBOX_LOGS.flatMap(logParameters),
  ...routingTableLog('Mailbox', 'Mailbox Transport'),
  ...MAILBOX_SETTINGS,
]);

const setMailboxTransportService: CmdletSpec = {
  name: 'Set-MailboxTransportService',
  module: 'Exchange',
  versions: FROM_2013,
  synopsis: 'Changes the Mailbox Transport service of a Mailbox server: its logs, delivery threads and tracing.',
  description: 'The Mailbox Transport service moves messages between the Transport service and the local mailbox databases (Submission out, Delivery in). Use this cmdlet for its agent, connectivity and protocol logs, the concurrency of mailbox deliveries and pipeline tracing.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-MailboxTransportService Mailbox01 -MaxConcurrentMailboxDeliveries 30 -ConnectivityLogMaxAge 15.00:00:00',
  parameters: [
    identityParameter('Server', 'The Mailbox server whose Mailbox Transport service settings change: name, FQDN, DN or ExchangeLegacyDN.', true),
    ...MAILBOX_TRANSPORT_SETTINGS,
  ],
};

const getMailboxTransportService: CmdletSpec = {
  name: 'Get-MailboxTransportService',
  outputType: 'MailboxTransportService',
  module: 'Exchange',
  versions: FROM_2013,
  synopsis: 'Shows the Mailbox Transport service settings of one Mailbox server, or of all of them.',
  description: 'Pipe it to Format-List to see the Mailbox Transport Submission and Delivery settings, such as the agent log folders and MaxConcurrentMailboxDeliveries.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Get-MailboxTransportService Mailbox01 | Format-List *Log*',
  parameters: [
    identityParameter('Server', 'The Mailbox server whose Mailbox Transport service settings to show; every server when omitted.', false),
    domainControllerParameter,
  ],
};

// ---- Front End Transport service ----------------------------------------------------------------

const FRONTEND_LOGS: LogFamily[] = [
  {
    prefix: 'AgentLog', what: 'Front End Transport agent log', enabled: true, maxAge: '7.00:00:00',
    directory: { type: logSize, default: 250 * MB }, file: { type: logSize, default: 10 * MB },
    pathDefault: `${logsUnder('FrontEnd')}AgentLog`,
  },
  ...sharedLogFamilies('FrontEnd', 'Front End Transport'),
  {
    // As on the Transport service, no folder is set by default: give one before turning the log on.
    prefix: 'DnsLog', what: 'Front End Transport DNS log', enabled: false, maxAge: '7.00:00:00',
    directory: { type: logSize, default: 100 * MB }, file: { type: logSize, default: 10 * MB },
  },
];

const FRONTEND_SETTINGS: ParameterSpec[] = [
  setting('AntispamAgentsEnabled', bool,
    'Whether the anti-spam agents are installed in the Front End Transport service; set by Exchange\'s scripts, not by hand.',
    { default: flagDefault(false) }),
  confirmParameter,
  domainControllerParameter,
  ...dnsAdapterSettings('External', 'outside'),
  setting('ExternalDNSServers', ipAddress,
    'The DNS servers (IP addresses) the service asks for external lookups when ExternalDNSAdapterEnabled is $false.',
    { multiValued: true, multiValuedProperty: true }),
  setting('ExternalIPAddress', ipAddress,
    'The IP address the service writes into the Received header of every message it passes on.'),
  ...dnsAdapterSettings('Internal', 'inside'),
  setting('InternalDNSServers', ipAddress,
    'The DNS servers (IP addresses) the service asks for internal lookups when InternalDNSAdapterEnabled is $false.',
    { multiValued: true, multiValuedProperty: true }),
  setting('IntraOrgConnectorProtocolLoggingLevel', protocolLoggingLevel,
    'Turns SMTP protocol logging on (Verbose) or off (None) for the service\'s hidden Send connector to the Transport service.',
    { default: textDefault('Verbose') }),
  setting('MaxConnectionRatePerMinute', int(1, INT32_MAX),
    'How many new inbound connections per minute the service opens, to protect the server.', { default: numberDefault(1200) }),
  setting('TransientFailureRetryCount', int(0, 15),
    'How many quick retries follow a failed outbound connection; 0 means none.', { default: numberDefault(6) }),
  setting('TransientFailureRetryInterval', timespan(1, 12 * HOUR),
    'The wait between the quick retries of a failed outbound connection.', { default: textDefault('00:05:00') }),
  whatIfParameter,
];

const FRONTEND_TRANSPORT_SETTINGS: ParameterSpec[] = sortedByName([
  ...FRONTEND_LOGS.flatMap(logParameters),
  ...routingTableLog('FrontEnd', 'Front End Transport'),
  ...FRONTEND_SETTINGS,
]);

const setFrontendTransportService: CmdletSpec = {
  name: 'Set-FrontendTransportService',
  module: 'Exchange',
  versions: FROM_2013,
  synopsis: 'Changes the Front End Transport service of a Mailbox server: its logs, DNS settings and connection limits.',
  description: 'The Front End Transport service accepts SMTP from outside the organization and proxies it to the Transport service, and can relay outbound mail for Send connectors with FrontendProxyEnabled. Use this cmdlet for its logs, DNS adapters and retry behaviour.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-FrontendTransportService Mailbox01 -AgentLogEnabled $false -MaxConnectionRatePerMinute 2400',
  parameters: [
    identityParameter('Server', 'The Mailbox server whose Front End Transport service settings change: name, FQDN, DN or ExchangeLegacyDN.', true),
    ...FRONTEND_TRANSPORT_SETTINGS,
  ],
};

const getFrontendTransportService: CmdletSpec = {
  name: 'Get-FrontendTransportService',
  outputType: 'FrontendTransportService',
  module: 'Exchange',
  versions: FROM_2013,
  synopsis: 'Shows the Front End Transport service settings of one Mailbox server, or of all of them.',
  description: 'Pipe it to Format-List to see every setting, such as the protocol log folders and the DNS adapter options the service uses for inbound SMTP.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Get-FrontendTransportService Mailbox01 | Format-List *ProtocolLog*',
  parameters: [
    identityParameter('Server', 'The Mailbox server whose Front End Transport service settings to show; every server when omitted.', false),
    domainControllerParameter,
  ],
};

export const TRANSPORT_SERVICES_CMDLETS: readonly CmdletSpec[] = [
  getMailboxTransportService,
  setMailboxTransportService,
  getFrontendTransportService,
  setFrontendTransportService,
];
