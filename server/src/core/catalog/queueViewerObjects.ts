// The objects Get-Queue and Get-Message write: a queue of a transport server and a message waiting
// in one. Each property says what a -Filter may compare it with, so the filter check, property
// completion after `| Format-List` and hover read one list.
//
// Sources: Exchange Server's articles "Queue properties" and "Properties of messages in queues"
// (which properties filter and with which operators), the DeliveryType enumeration of
// Microsoft.Exchange.Data, and Get-Queue / Get-Message output (the order Format-List shows).
// Properties the articles mark as reserved for Microsoft's use are listed but not filterable.

import { dateTime, int, oneOf, size, text } from './builders';
import type { FilterTarget, ObjectTypeSpec, PropertySpec, ValueType } from './types';

const DELIVERY_TYPES = [
  'Undefined', 'DnsConnectorDelivery', 'MapiDelivery', 'NonSmtpGatewayDelivery', 'SmartHostConnectorDelivery',
  'SmtpRelayToRemoteAdSite', 'SmtpRelayToTiRg', 'SmtpRelayWithinAdSite', 'SmtpRelayWithinAdSiteToEdge', 'Unreachable',
  'ShadowRedundancy', 'Heartbeat', 'DeliveryAgent', 'SmtpDeliveryToMailbox', 'SmtpRelayToDag',
  'SmtpRelayToMailboxDeliveryGroup', 'SmtpRelayToConnectorSourceServers', 'SmtpRelayToServers',
];

function property(name: string, type: string, description: string, filter?: ValueType): PropertySpec {
  return { name, type, description, ...(filter ? { filter } : {}) };
}

const reserved = (name: string, type = 'String') => property(name, type, 'Reserved for Microsoft\'s internal use; not used on premises.');

/** The rates are decimals (Double). */
const rate: ValueType = { kind: 'int', fractional: true };

const RETRY_NOTE = 'for a queue in Retry';

export const QUEUE_OBJECT: ObjectTypeSpec = {
  name: 'Queue',
  properties: [
    property('DeliveryType', 'DeliveryType', 'How the queue\'s messages leave for the next hop, such as SmartHostConnectorDelivery, NonSmtpGatewayDelivery (a Foreign connector) or DeliveryAgent.', oneOf(...DELIVERY_TYPES)),
    property('NextHopDomain', 'String', 'Where the queue\'s messages go next: a domain, a smart host, a connector or a database name, by delivery type.', text),
    property('TlsDomain', 'String', 'The destination domain when it is secured with mutual TLS (Domain Security).', text),
    property('NextHopConnector', 'Guid', 'The GUID of the connector or object the next hop is.', text),
    property('Status', 'QueueStatus', 'Whether the queue is Active, Connecting, Ready, Retry or Suspended.', oneOf('Active', 'Connecting', 'Suspended', 'Ready', 'Retry')),
    property('MessageCount', 'Int32', 'How many messages the queue holds.', int(0)),
    property('LastError', 'String', 'The last error the queue recorded, such as an SMTP response.', text),
    property('RetryCount', 'Int32', `How many times a connection was tried, ${RETRY_NOTE}.`, int(0)),
    property('LastRetryTime', 'DateTime', `When the last connection was tried, ${RETRY_NOTE}.`, dateTime),
    property('NextRetryTime', 'DateTime', `When the next connection will be tried, ${RETRY_NOTE}.`, dateTime),
    property('FirstRetryTime', 'DateTime', `When the first connection was tried, ${RETRY_NOTE}.`, dateTime),
    property('DeferredMessageCount', 'Int32', 'How many messages went back to the Submission queue after a passing error in recipient resolution.', int(0)),
    reserved('LockedMessageCount', 'Int32'),
    property('MessageCountsPerPriority', 'Int32[]', 'The message count per priority: High, Normal, Low, None.', text),
    property('DeferredMessageCountsPerPriority', 'Int32[]', 'The deferred message count per priority: High, Normal, Low, None.', text),
    reserved('RiskLevel'),
    reserved('OutboundIPPool'),
    property('NextHopCategory', 'NextHopCategory', 'Internal or External, from the delivery type.', oneOf('Internal', 'External')),
    property('IncomingRate', 'Double', 'How fast messages enter the queue.', rate),
    property('OutgoingRate', 'Double', 'How fast messages leave the queue.', rate),
    property('Velocity', 'Double', 'How well the queue drains: outgoing minus incoming rate.', rate),
    reserved('OverrideSource'),
    property('PriorityDescriptions', 'String[]', 'The names of the priorities the per-priority counts use: High, Normal, Low, None.'),
    property('Identity', 'QueueIdentity', 'The queue\'s identity, written Server\\Queue.', text),
  ],
};

export const MESSAGE_OBJECT: ObjectTypeSpec = {
  name: 'Message',
  properties: [
    property('Subject', 'String', 'The message\'s subject line.', text),
    property('InternetMessageId', 'String', 'The Message-ID header, the same on every copy of the message.', text),
    property('FromAddress', 'String', 'The sender\'s SMTP address.', text),
    property('Status', 'MessageStatus', 'Whether the message is Active, Locked, PendingRemove, PendingSuspend, Ready, Retry or Suspended.',
      oneOf('Active', 'Locked', 'PendingRemove', 'PendingSuspend', 'Ready', 'Retry', 'Suspended')),
    property('Size', 'ByteQuantifiedSize', 'The message\'s size; a filter may give it with a unit, such as 10MB.', size()),
    property('MessageSourceName', 'String', 'The transport component that submitted the message, such as SMTP:<Receive connector> or Pickup.', text),
    property('SourceIP', 'IPAddress', 'The address of the server that submitted the message.', text),
    property('SCL', 'Int32', 'The spam confidence level: 0 to 9, or -1 for authenticated mail.', int(-1, 9)),
    property('DateReceived', 'DateTime', 'When the message entered the queue.', dateTime),
    property('ExpirationTime', 'DateTime', 'When an undeliverable message expires and leaves the queue.', dateTime),
    property('LastError', 'String', 'The last error recorded for the message.', text),
    property('RetryCount', 'Int32', 'How many times delivery was tried.', int(0)),
    property('Queue', 'QueueIdentity', 'The queue holding the message, written Server\\Queue.', text),
    property('Recipients', 'MultiValuedProperty', 'Each recipient with its status, last error and the connector chosen for it.', text),
    reserved('ComponentLatency'),
    property('MessageLatency', 'EnhancedTimeSpan', 'How long since the message first entered this server\'s Submission queue.', text),
    property('DeferReason', 'String', 'Why the message was deferred back to the Submission queue; None when it was not.', text),
    property('Priority', 'DeliveryPriority', 'The importance the sender gave the message: High, Normal or Low.', oneOf('High', 'Normal', 'Low', 'None')),
    property('OriginalFromAddress', 'String', 'The original sender of a message created during categorization (an NDR, a journal report).', text),
    reserved('AccountForest'),
    reserved('TrafficType'),
    reserved('TrafficSubType'),
    reserved('ExternalDirectoryOrganizationId', 'Guid'),
    property('Directionality', 'MailDirectionality', 'Incoming, Originating or Undefined.', oneOf('Incoming', 'Originating', 'Undefined')),
    reserved('LockReason'),
    property('Identity', 'MessageIdentity', 'The message\'s identity, written Server\\Queue\\Number.', text),
  ],
};

/** The object each kind of -Filter chooses among. */
export const FILTER_OBJECTS: Readonly<Record<FilterTarget, ObjectTypeSpec>> = { Queue: QUEUE_OBJECT, Message: MESSAGE_OBJECT };
