// The message tracking log's fields, in the order Exchange writes them, and how Get-MessageTrackingLog
// names them. Source: the Exchange 2013 topic "Message tracking" (fields of the log files, event types,
// source values); the cmdlet's property names are those of its MessageTrackingEvent objects.

import { canonicalImcea } from '../../addressSpace';

export const TRACKING_FIELDS = [
  'date-time', 'client-ip', 'client-hostname', 'server-ip', 'server-hostname', 'source-context', 'connector-id',
  'source', 'event-id', 'internal-message-id', 'message-id', 'network-message-id', 'recipient-address',
  'recipient-status', 'total-bytes', 'recipient-count', 'related-recipient-address', 'reference', 'message-subject',
  'sender-address', 'return-path', 'message-info', 'directionality', 'tenant-id', 'original-client-ip',
  'original-server-ip', 'custom-data',
] as const;

export type TrackingField = (typeof TRACKING_FIELDS)[number];

/** One line of the log: every field as text ('' when empty); lists are already joined with ';'. */
export type TrackingRow = Record<TrackingField, string>;

/** The field values an event sets; lists are given as arrays, numbers as numbers. */
export type TrackingEventFields = Partial<Record<TrackingField, string | number | readonly string[] | undefined>>;

/**
 * Builds a row; line breaks are flattened because every event is exactly one line. A list is joined
 * with ';', so an IMCEA address a sender wrote with raw semicolons is written encoded (+3B), or
 * Get-MessageTrackingLog would read one recipient as several.
 */
export function trackingRow(fields: TrackingEventFields): TrackingRow {
  const row = {} as TrackingRow;
  for (const field of TRACKING_FIELDS) {
    const value = fields[field];
    const text = value === undefined ? '' : Array.isArray(value) ? value.map(canonicalImcea).join(';') : String(value);
    row[field] = text.replace(/[\r\n]+/g, ' ');
  }
  return row;
}

/** Get-MessageTrackingLog's name for each field (Exchange shows custom-data as EventData). */
/** What tells one event from another when a resumed run checks whether it logged it already. */
export function trackingRowKey(row: TrackingRow): string {
  return [row['date-time'], row['internal-message-id'], row['event-id'], row.source, row['recipient-address']].join('|');
}

export const TRACKING_PROPERTY_NAMES: Readonly<Record<TrackingField, string>> = {
  'date-time': 'Timestamp',
  'client-ip': 'ClientIp',
  'client-hostname': 'ClientHostname',
  'server-ip': 'ServerIp',
  'server-hostname': 'ServerHostname',
  'source-context': 'SourceContext',
  'connector-id': 'ConnectorId',
  source: 'Source',
  'event-id': 'EventId',
  'internal-message-id': 'InternalMessageId',
  'message-id': 'MessageId',
  'network-message-id': 'NetworkMessageId',
  'recipient-address': 'Recipients',
  'recipient-status': 'RecipientStatus',
  'total-bytes': 'TotalBytes',
  'recipient-count': 'RecipientCount',
  'related-recipient-address': 'RelatedRecipientAddress',
  reference: 'Reference',
  'message-subject': 'MessageSubject',
  'sender-address': 'Sender',
  'return-path': 'ReturnPath',
  'message-info': 'MessageInfo',
  directionality: 'Directionality',
  'tenant-id': 'TenantId',
  'original-client-ip': 'OriginalClientIp',
  'original-server-ip': 'OriginalServerIp',
  'custom-data': 'EventData',
};

/**
 * One event as Get-MessageTrackingLog shows it: list fields are arrays, counts are numbers, empty
 * fields are null. A type alias (not an interface) so it is assignable to Record<string, ...>.
 */
export type TrackingLogEntry = {
  Timestamp: string;
  ClientIp: string | null;
  ClientHostname: string | null;
  ServerIp: string | null;
  ServerHostname: string | null;
  SourceContext: string | null;
  ConnectorId: string | null;
  Source: string | null;
  EventId: string | null;
  InternalMessageId: string | null;
  MessageId: string | null;
  NetworkMessageId: string | null;
  Recipients: string[];
  RecipientStatus: string[];
  TotalBytes: number | null;
  RecipientCount: number | null;
  RelatedRecipientAddress: string | null;
  Reference: string[];
  MessageSubject: string | null;
  Sender: string | null;
  ReturnPath: string | null;
  MessageInfo: string | null;
  Directionality: string | null;
  TenantId: string | null;
  OriginalClientIp: string | null;
  OriginalServerIp: string | null;
  EventData: string | null;
};

/**
 * Statuses contain ';' themselves (`550 5.4.4 ROUTING.NoNextHop; unable to route`): a new one starts
 * with its code, or is the To, Cc or Bcc a RECEIVE event gives each recipient.
 */
const STATUS_SEPARATOR = /;(?=\s*(?:\d{3}[ -]|(?:To|Cc|Bcc)(?:;|$)))/;

export function entryFromRow(row: TrackingRow): TrackingLogEntry {
  const text = (field: TrackingField) => (row[field] === '' ? null : row[field]);
  const list = (field: TrackingField) => (row[field] === '' ? [] : row[field].split(field === 'recipient-status' ? STATUS_SEPARATOR : ';'));
  const count = (field: TrackingField) => (row[field] === '' || Number.isNaN(Number(row[field])) ? null : Number(row[field]));
  return {
    Timestamp: row['date-time'],
    ClientIp: text('client-ip'),
    ClientHostname: text('client-hostname'),
    ServerIp: text('server-ip'),
    ServerHostname: text('server-hostname'),
    SourceContext: text('source-context'),
    ConnectorId: text('connector-id'),
    Source: text('source'),
    EventId: text('event-id'),
    InternalMessageId: text('internal-message-id'),
    MessageId: text('message-id'),
    NetworkMessageId: text('network-message-id'),
    Recipients: list('recipient-address'),
    RecipientStatus: list('recipient-status'),
    TotalBytes: count('total-bytes'),
    RecipientCount: count('recipient-count'),
    RelatedRecipientAddress: text('related-recipient-address'),
    Reference: list('reference'),
    MessageSubject: text('message-subject'),
    Sender: text('sender-address'),
    ReturnPath: text('return-path'),
    MessageInfo: text('message-info'),
    Directionality: text('directionality'),
    TenantId: text('tenant-id'),
    OriginalClientIp: text('original-client-ip'),
    OriginalServerIp: text('original-server-ip'),
    EventData: text('custom-data'),
  };
}
