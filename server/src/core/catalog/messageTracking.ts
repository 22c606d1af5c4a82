// Get-MessageTrackingLog and the message tracking event object it returns.
//
// Sources: Microsoft's cmdlet reference page Get-MessageTrackingLog (MicrosoftDocs/office-docs-powershell,
// exchange-ps/ExchangePowerShell/Get-MessageTrackingLog.md: parameters, ResultSize default 1000) and the
// Exchange 2016/2019 topic "Message tracking" (MicrosoftDocs/OfficeDocs-Exchange, mail-flow/transport-logs/
// message-tracking.md: the event types, the source values, the log fields and how the cmdlet renames
// them). Property order of the event object: as Format-List prints Get-MessageTrackingLog results on
// Exchange 2016/2019, which follows the log file's field order.

import {
  dateTime, DEFAULT_SET, domainControllerParameter, identity, INT32_MAX, named, numberDefault, oneOf,
  smtpAddress, text, unlimitedInt,
} from './builders';
import type { CmdletSpec, ObjectTypeSpec } from './types';
import { FROM_2016 } from './exchangeVersions';

/** The values of the EventId field, as the log writes them (the filter ignores case). */
export const MESSAGE_TRACKING_EVENT_IDS = [
  'AGENTINFO', 'BADMAIL', 'CLIENTSUBMISSION', 'DEFER', 'DELIVER', 'DELIVERFAIL', 'DROP', 'DSN',
  'DUPLICATEDELIVER', 'DUPLICATEEXPAND', 'DUPLICATEREDIRECT', 'EXPAND', 'FAIL', 'HADISCARD', 'HARECEIVE',
  'HAREDIRECT', 'HAREDIRECTFAIL', 'INITMESSAGECREATED', 'LOAD', 'MODERATIONEXPIRE', 'MODERATORAPPROVE',
  'MODERATORREJECT', 'MODERATORSALLNDR', 'NOTIFYMAPI', 'NOTIFYSHADOW', 'POISONMESSAGE', 'PROCESS',
  'PROCESSMEETINGMESSAGE', 'RECEIVE', 'REDIRECT', 'RESOLVE', 'RESUBMIT', 'RESUBMITDEFER', 'RESUBMITFAIL',
  'SEND', 'SUBMIT', 'SUBMITDEFER', 'SUBMITFAIL', 'SUPPRESSED', 'THROTTLE', 'TRANSFER',
];

/** The values of the Source field: which transport component logged the event. PICKUP and GATEWAY
 * (Foreign connector) are the ones this product's directories produce; ADMIN marks Replay submissions. */
export const MESSAGE_TRACKING_SOURCES = [
  'ADMIN', 'AGENT', 'APPROVAL', 'BOOTLOADER', 'DNS', 'DSN', 'GATEWAY', 'MAILBOXRULE', 'MEETINGMESSAGEPROCESSOR',
  'ORAR', 'PICKUP', 'POISONMESSAGE', 'PUBLICFOLDER', 'QUEUE', 'REDUNDANCY', 'ROUTING', 'SAFETYNET', 'SMTP',
  'STOREDRIVER',
];

const getMessageTrackingLog: CmdletSpec = {
  name: 'Get-MessageTrackingLog',
  module: 'Exchange',
  synopsis: 'Searches the message tracking log for what happened to messages on a server.',
  description: 'Every filter narrows the search; without -Start and -End the whole log is searched. Use it to follow a message through the Pickup or Replay directory (Source PICKUP), a Foreign connector (Source GATEWAY) or into badmail (EventId BADMAIL). At most 1000 events are returned unless -ResultSize says otherwise.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  outputType: 'MessageTrackingEvent',
  example: 'Get-MessageTrackingLog -Server Hub01 -Start "03/13/2024 09:00:00" -EventId RECEIVE -Sender "john@contoso.com"',
  parameters: [
    domainControllerParameter,
    named('End', dateTime, 'Returns events before this date and time (not including it), in the short date format of the computer.'),
    named('EventId', oneOf(...MESSAGE_TRACKING_EVENT_IDS), 'Returns only events of this type, such as RECEIVE, DELIVER, FAIL, BADMAIL or SEND.'),
    named('InternalMessageId', text, 'Returns events with this server-specific message number (it differs on every server the message passes).'),
    named('MessageId', text, 'Returns events for the message whose Message-ID header is this value, angle brackets included.'),
    named('MessageSubject', text, 'Returns events whose subject contains this text; partial matches count, without wildcards.'),
    named('Recipients', smtpAddress, 'Returns events with any of these recipient SMTP addresses.', { multiValued: true }),
    named('Reference', text, 'Returns events whose Reference field has this value, such as the original message of a DSN.'),
    named('ResultSize', unlimitedInt(0, INT32_MAX), 'The most events to return; unlimited returns all.', { default: numberDefault(1000) }),
    named('Sender', smtpAddress, 'Returns events for messages from this SMTP address.'),
    named('Server', identity('Server'), 'The Exchange server whose log to search; the local server when omitted.', {
      sets: { [DEFAULT_SET]: { valueFromPipeline: true } },
    }),
    named('Start', dateTime, 'Returns events from this date and time on, in the short date format of the computer.'),
    named('NetworkMessageId', text, 'Returns events for the message with this ID, which stays the same across copies of the message (Exchange 2016 and later).', { versions: FROM_2016 }),
    named('Source', text, `Returns events logged by this transport component: ${MESSAGE_TRACKING_SOURCES.join(', ')} (Exchange 2016 and later).`, { versions: FROM_2016 }),
    named('TransportTrafficType', text, 'Returns events of this traffic type; on premises it is empty or Email (Exchange 2016 and later).', { versions: FROM_2016 }),
  ],
};

export const MESSAGE_TRACKING_CMDLETS: readonly CmdletSpec[] = [getMessageTrackingLog];

export const MESSAGE_TRACKING_EVENT_OBJECT: ObjectTypeSpec = {
  name: 'MessageTrackingEvent',
  properties: [
    { name: 'Timestamp', type: 'DateTime', description: 'When the event happened (the log\'s date-time field, shown in local time).' },
    { name: 'ClientIp', type: 'String', description: 'The IP address of the client or server that submitted the message.' },
    { name: 'ClientHostname', type: 'String', description: 'The host name of the client or server that submitted the message.' },
    { name: 'ServerIp', type: 'String', description: 'The IP address of the source or destination server.' },
    { name: 'ServerHostname', type: 'String', description: 'The host name of the destination server.' },
    { name: 'SourceContext', type: 'String', description: 'Extra detail about the Source, such as an agent name or an SMTP response.' },
    { name: 'ConnectorId', type: 'String', description: 'The connector that handled the message, such as ServerName\\ConnectorName.' },
    { name: 'Source', type: 'String', description: 'The transport component that logged the event, such as SMTP, PICKUP or GATEWAY.' },
    { name: 'EventId', type: 'String', description: 'What happened, such as RECEIVE, DELIVER, FAIL or BADMAIL.' },
    { name: 'InternalMessageId', type: 'String', description: 'The message\'s number on this server.' },
    { name: 'MessageId', type: 'String', description: 'The Message-ID header of the message.' },
    { name: 'NetworkMessageId', type: 'String', description: 'An ID that stays the same across copies of the message.' },
    { name: 'Recipients', type: 'String[]', description: 'The recipient addresses.' },
    { name: 'RecipientStatus', type: 'String[]', description: 'The status per recipient, in the order of Recipients, such as 250 2.1.5 Recipient OK.' },
    { name: 'TotalBytes', type: 'Int32', description: 'The size of the message in bytes, attachments included.' },
    { name: 'RecipientCount', type: 'Int32', description: 'How many recipients the message has.' },
    { name: 'RelatedRecipientAddress', type: 'String', description: 'Another recipient address tied to EXPAND, REDIRECT and RESOLVE events.' },
    { name: 'Reference', type: 'String[]', description: 'Event-specific links, such as the Message-ID of a DSN\'s original message.' },
    { name: 'MessageSubject', type: 'String', description: 'The Subject header, when subject logging is on.' },
    { name: 'Sender', type: 'String', description: 'The address in the Sender header, or the From header when there is no Sender.' },
    { name: 'ReturnPath', type: 'String', description: 'The MAIL FROM address; <> for the null sender.' },
    { name: 'Directionality', type: 'String', description: 'The message\'s direction: Incoming, Originating or Undefined.' },
    { name: 'TenantId', type: 'String', description: 'Unused on premises.' },
    { name: 'OriginalClientIp', type: 'String', description: 'The IP address of the original client.' },
    { name: 'MessageInfo', type: 'String', description: 'More about the message, such as its origination time for DELIVER and SEND events.' },
    { name: 'MessageLatency', type: 'EnhancedTimeSpan', description: 'How long the message took, where measured.' },
    { name: 'MessageLatencyType', type: 'LatencyType', description: 'Which latency MessageLatency measures; None when not measured.' },
    { name: 'EventData', type: 'KeyValuePair[]', description: 'Event-specific name/value data, such as the delivery priority.' },
    { name: 'TransportTrafficType', type: 'String', description: 'On premises empty or Email.' },
    { name: 'SchemaVersion', type: 'String', description: 'The Exchange version that wrote the entry.' },
  ],
};
