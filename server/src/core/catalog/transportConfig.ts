// The organization-wide transport settings (Get-/Set-TransportConfig): message size and recipient
// limits, delivery status notifications, shadow redundancy and Safety Net, journaling and domain
// security lists, which every Transport service of the organization applies.
//
// Sources: Microsoft's cmdlet reference pages Set-TransportConfig and Get-TransportConfig
// (MicrosoftDocs/office-docs-powershell, exchange-ps/ExchangePowerShell/*.md), on-premises parameters
// only: the Exchange Online ones (ReplyAllStorm*, SmtpClientAuthenticationDisabled, MessageExpiration,
// ...) and the Exchange 2010-only LegacyJournalingMigrationEnabled are left out. Ranges and defaults
// as documented; where a default changed with Exchange 2016 (DSNConversionMode,
// TransportRuleAttachmentTextScanLimit) the row gives the Exchange 2013 one, the catalog's first
// checked version, and its description names the later one. Enum values follow the reference's order.

import {
  bool, confirmParameter, DAY, DEFAULT_SET, domainControllerParameter, flagDefault, identityParameter,
  int, INT32_MAX, KB, MB, named, numberDefault, oneOf, setting, size, sizeDefault, smtpAddress,
  switchValue, text, textDefault, TIMESPAN_MAX, timespan, unlimitedInt, unlimitedSize, whatIfParameter,
} from './builders';
import { smtpDomain } from './domains';
import type { CmdletSpec, ParameterSpec, ValueType } from './types';
import { ipRange } from './networkAddresses';
import { FROM_2013 } from './exchangeVersions';

const from2013 = { versions: FROM_2013 };

/** An enhanced status code class.subject.detail, as DSNs carry it (RFC 3463). */
const dsnCode: ValueType = {
  kind: 'string',
  pattern: '^[245]\\.\\d{1,3}\\.\\d{1,3}$',
  patternHint: 'must be a DSN code such as 5.4.8',
};

/** A .NET culture name (en-US, zh-Hans-CN) or its numeric LCID, as CultureInfo converts them. */
const culture: ValueType = {
  kind: 'string',
  pattern: '^(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*|\\d{1,5})$',
  patternHint: 'must be a culture name such as en-US',
};

const messageSizeLimit = unlimitedSize(0, 2147482624);
const dsnAttachSize = size(0, INT32_MAX);
const retries = int(0, 255);
const uint32 = int(0, 4294967295);
const upToOneDay = timespan(1, DAY);
const anyAge = timespan(0, TIMESPAN_MAX);

/** The DSN codes Exchange monitors out of the box. */
const MONITORED_DSN_CODES = ['5.4.8', '5.4.6', '5.4.4', '5.2.4', '5.2.0', '5.1.4'];

const trueByDefault = { default: flagDefault(true) };
const falseByDefault = { default: flagDefault(false) };

const organizationIdentity = (purpose: string): ParameterSpec => ({
  ...identityParameter('OrganizationId', `Reserved for Microsoft's internal use; on premises there is one organization and the ${purpose}.`, false),
  reserved: true,
});

/** The four settings Exchange keeps for each side of DSNs, internal and external. */
function dsnParameters(side: 'Internal' | 'External', who: string): ParameterSpec[] {
  return [
    setting(`${side}DelayDsnEnabled`, bool, `Whether a delay notification is sent for ${who} messages that cannot be delivered at once.`, trueByDefault),
    setting(`${side}DsnDefaultLanguage`, culture, `The language of ${who} DSNs when none is detected; the server's Windows language by default.`),
    setting(`${side}DsnLanguageDetectionEnabled`, bool, `Whether ${who} DSNs are written in the language of the original message.`, trueByDefault),
    setting(`${side}DsnMaxMessageAttachSize`, dsnAttachSize,
      `The largest original message attached whole to ${who} DSNs (0 through 2147483647 bytes); larger ones contribute only their headers.`,
      { default: sizeDefault(10 * MB) }),
    setting(`${side}DsnReportingAuthority`, smtpDomain,
      `The domain named in the machine-readable part of ${who} DSNs; blank means the organization's first authoritative domain.`),
    setting(`${side}DsnSendHtml`, bool, `Whether ${who} DSNs are HTML ($true) or plain text ($false).`, trueByDefault),
  ];
}

const setTransportConfig: CmdletSpec = {
  name: 'Set-TransportConfig',
  module: 'Exchange',
  synopsis: 'Changes the organization-wide transport settings: size limits, DSNs, shadow redundancy and journaling.',
  description: 'These settings apply to every Transport service in the organization: the largest message that may be sent or received (10 MB by default), the most recipients per message, how DSNs look, and how shadow copies protect messages in transit. Connector and recipient limits apply in addition, and the smallest limit wins.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-TransportConfig -MaxSendSize 25MB -MaxReceiveSize 25MB -ExternalPostmasterAddress postmaster@contoso.com',
  parameters: [
    organizationIdentity('parameter can be left out'),
    setting('AddressBookPolicyRoutingEnabled', bool,
      'Makes users with different global address lists (address book policies) see each other as external recipients.',
      { ...falseByDefault, ...from2013 }),
    setting('AgentGeneratedMessageLoopDetectionInSmtpEnabled', bool,
      'When $true, the Transport service rejects with an NDR the messages of a loop caused by transport agents; when $false it only logs the loop.',
      { ...falseByDefault, ...from2013 }),
    setting('AgentGeneratedMessageLoopDetectionInSubmissionEnabled', bool,
      'How the Mailbox Transport Submission service handles loops caused by transport agents: log them ($true) or reject the messages ($false).',
      { ...falseByDefault, ...from2013 }),
    setting('ClearCategories', bool, 'Whether Outlook message categories are removed during content conversion.', trueByDefault),
    confirmParameter,
    setting('ConvertDisclaimerWrapperToEml', bool,
      'Attaches a signed original message as EML ($true) rather than TNEF when a transport rule wraps it in a disclaimer.', falseByDefault),
    setting('DiagnosticsAggregationServicePort', int(1, 65535),
      'The TCP port used to gather queue diagnostics from the transport servers.', { default: numberDefault(9710), ...from2013 }),
    domainControllerParameter,
    setting('DSNConversionMode', oneOf('DoNotConvert', 'PreserveDSNBody', 'UseExchangeDSNs'),
      'How DSNs from older Exchange versions and other mail systems are handled: kept as they are, reformatted with their text kept, or replaced by Exchange\'s own (PreserveDSNBody is the default from Exchange 2016).',
      { default: textDefault('UseExchangeDSNs') }),
    ...dsnParameters('External', 'external'),
    setting('ExternalPostmasterAddress', smtpAddress,
      'The From address of DSNs sent outside the organization; blank means postmaster@ the default accepted domain.'),
    named('Force', switchValue, 'Suppresses warnings and confirmation prompts, for unattended scripts.', from2013),
    setting('GenerateCopyOfDSNFor', dsnCode,
      'The DSN codes whose NDRs are copied to the mailbox of the Exchange recipient or external postmaster, written x.y.z.',
      { multiValued: true, multiValuedProperty: true, default: { value: MONITORED_DSN_CODES, shown: `{${MONITORED_DSN_CODES.join(', ')}}` } }),
    setting('HeaderPromotionModeSetting', oneOf('MustCreate', 'MayCreate', 'NoCreate'),
      'Whether named properties are created for custom X-headers of received messages: always, for authenticated senders only, or never.',
      { default: textDefault('NoCreate') }),
    ...dsnParameters('Internal', 'internal'),
    setting('InternalSMTPServers', ipRange,
      'The IP addresses or ranges of internal SMTP servers, which Sender ID and connection filtering skip.',
      { multiValued: true, multiValuedProperty: true }),
    setting('JournalingReportNdrTo', smtpAddress,
      'Where journal reports go when the journaling mailbox cannot take them; blank keeps retrying that mailbox.'),
    setting('MaxAllowedAgentGeneratedMessageDepth', uint32,
      'How many times all transport agents together may process copies of the same message before it counts as a loop.',
      { default: numberDefault(3), ...from2013 }),
    setting('MaxAllowedAgentGeneratedMessageDepthPerAgent', uint32,
      'How many times one transport agent may process copies of the same message; keep it below the all-agents depth.',
      { default: numberDefault(2), ...from2013 }),
    setting('MaxDumpsterSizePerDatabase', size(0, INT32_MAX * KB),
      'The transport dumpster size per database; used only by Exchange 2010 Hub Transport servers in coexistence.',
      { default: sizeDefault(18 * MB) }),
    setting('MaxDumpsterTime', anyAge,
      'How long messages stay in the transport dumpster; used only by Exchange 2010 servers (replaced by SafetyNetHoldTime).',
      { default: textDefault('7.00:00:00') }),
    setting('MaxReceiveSize', messageSizeLimit,
      'The largest message recipients in the organization may receive, up to 2147482624 bytes, or unlimited to leave the limit to connectors and recipients.',
      { default: sizeDefault(10 * MB) }),
    setting('MaxRecipientEnvelopeLimit', unlimitedInt(0, INT32_MAX),
      'The most recipients one message may have; an unexpanded distribution group counts as one.',
      { default: numberDefault(500) }),
    setting('MaxRetriesForLocalSiteShadow', retries,
      'How many times a shadow copy is attempted in the local Active Directory site, 0 through 255.',
      { default: numberDefault(2), ...from2013 }),
    setting('MaxRetriesForRemoteSiteShadow', retries,
      'How many times a shadow copy is attempted in another Active Directory site, 0 through 255.',
      { default: numberDefault(4), ...from2013 }),
    setting('MaxSendSize', messageSizeLimit,
      'The largest message senders in the organization may send, up to 2147482624 bytes, or unlimited to leave the limit to connectors and senders.',
      { default: sizeDefault(10 * MB) }),
    setting('QueueDiagnosticsAggregationInterval', anyAge,
      'How often queue diagnostics are collected from the transport servers.', { default: textDefault('00:01:00'), ...from2013 }),
    setting('RejectMessageOnShadowFailure', bool,
      'Rejects a message with 450 4.5.1 when no shadow copy of it can be made, instead of accepting it unprotected.',
      { ...falseByDefault, ...from2013 }),
    setting('Rfc2231EncodingEnabled', bool, 'Whether MIME parameters of outbound messages are encoded per RFC 2231.', falseByDefault),
    setting('SafetyNetHoldTime', anyAge,
      'How long Safety Net keeps a copy of each successfully delivered message, for resubmission after a database failover.',
      { default: textDefault('2.00:00:00'), ...from2013 }),
    setting('ShadowHeartbeatFrequency', upToOneDay,
      'How long a server waits between asking a primary server which shadow messages it may discard, 00:00:01 through 1.00:00:00.',
      { default: textDefault('00:02:00'), ...from2013 }),
    setting('ShadowHeartbeatRetryCount', int(1, 15),
      'Time-outs before a primary server counts as failed; used only by Exchange 2010 servers (replaced by ShadowResubmitTimeSpan).',
      { default: numberDefault(12) }),
    setting('ShadowHeartbeatTimeoutInterval', upToOneDay,
      'The wait between discard-status queries of Exchange 2010 servers (replaced by ShadowHeartbeatFrequency).',
      { default: textDefault('00:15:00') }),
    setting('ShadowMessageAutoDiscardInterval', timespan(5, 90 * DAY),
      'How long a primary server keeps discard events that no shadow server has asked for, 00:00:05 through 90.00:00:00.',
      { default: textDefault('2.00:00:00') }),
    setting('ShadowMessagePreferenceSetting', oneOf('LocalOnly', 'RemoteOnly', 'PreferRemote'),
      'Where shadow copies are made: in the local site only, in another site only, or another site first.',
      { default: textDefault('PreferRemote'), ...from2013 }),
    setting('ShadowRedundancyEnabled', bool, 'Whether messages in transit are protected by shadow copies on a second server.', trueByDefault),
    setting('ShadowResubmitTimeSpan', upToOneDay,
      'How long a server waits before taking over the shadow messages of an unreachable primary server, 00:00:01 through 1.00:00:00.',
      { default: textDefault('03:00:00'), ...from2013 }),
    setting('SupervisionTags', text, 'The tags used for transport supervision; Allow and Reject exist from setup.',
      { multiValued: true, multiValuedProperty: true, default: { value: ['Allow', 'Reject'], shown: '{Allow, Reject}' } }),
    setting('TLSReceiveDomainSecureList', smtpDomain,
      'The domains whose mail is received with mutual TLS (Domain Security); no wildcards. Receive connectors must enable it too.',
      { multiValued: true, multiValuedProperty: true }),
    setting('TLSSendDomainSecureList', smtpDomain,
      'The domains mail is sent to with mutual TLS (Domain Security); no wildcards. Send connectors must enable it too.',
      { multiValued: true, multiValuedProperty: true }),
    setting('TransportRuleAttachmentTextScanLimit', size(0),
      'How much text is extracted from each attachment for transport rule and DLP scanning (1 MB from Exchange 2016).',
      { default: sizeDefault(150 * KB), ...from2013 }),
    setting('VerifySecureSubmitEnabled', bool,
      'Marks MAPI submissions secure only when the client uses encrypted submission (Outlook 2010 or later).', falseByDefault),
    setting('VoicemailJournalingEnabled', bool, 'Whether the Journaling agent journals Unified Messaging voice mail.', trueByDefault),
    whatIfParameter,
    setting('Xexch50Enabled', bool, 'Whether Xexch50 authentication is kept for compatibility with Exchange 2003.', trueByDefault),
  ],
};

const getTransportConfig: CmdletSpec = {
  name: 'Get-TransportConfig',
  outputType: 'TransportConfig',
  module: 'Exchange',
  synopsis: 'Shows the organization-wide transport settings.',
  description: 'Shows the limits and DSN, shadow redundancy and journaling settings every Transport service applies, such as MaxSendSize and MaxReceiveSize. Pipe it to Format-List to see them all.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Get-TransportConfig | Format-List MaxSendSize, MaxReceiveSize, MaxRecipientEnvelopeLimit',
  parameters: [
    organizationIdentity('settings shown are always the organization\'s'),
    domainControllerParameter,
  ],
};

export const TRANSPORT_CONFIG_CMDLETS: readonly CmdletSpec[] = [
  getTransportConfig,
  setTransportConfig,
];
