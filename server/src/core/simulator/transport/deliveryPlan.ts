// A message's delivery decided in advance and written down before any copy is made. The plan is
// stored in its batch's claim journal (the contents to copy as far as they differ from the claimed
// file, see claims.ts), so a run that was killed half-way carries out exactly the same plan when it
// starts again, whatever changed meanwhile:
// copies already made are not made again (every target name is fixed in the plan), and the tracking
// events are written once.

import type { TrackingRow } from './trackingFields';
import type { MessageOutcome } from './transportOutcome';

/**
 * A message waiting in `.exconn/queue/<queue>/` (stored as JSON beside the copy): for room in a Drop
 * directory, for the delivery agent of a Delivery Agent connector, or for SMTP delivery to a Send
 * connector's next hop.
 */
export interface QueueEntry {
  /** Exchange's DeliveryType of the queue; absent (entries written before there were others) is a Drop directory. */
  deliveryType?: 'Drop' | 'DeliveryAgent' | 'SmtpRelay';
  /** For SMTP: the next hop (the smart hosts, or the recipient domain). */
  nextHop?: string;
  /** For SMTP: the RCPT TO addresses, where they differ from `recipients` (a contact's external address). */
  envelopeRecipients?: string[];
  /** The server whose queue holds it, when not the local one: the source server a message was relayed to (relayHop.ts). */
  server?: string;
  connectorGuid: string;
  connectorName: string;
  /** The Drop file's name once it can be written. */
  fileName: string;
  internalId: number;
  messageId: string;
  networkMessageId: string;
  sender: string;
  /** The tracking log's sender-address (the Sender header, else From), where it differs from `sender`. */
  senderAddress?: string;
  /** Where the message was submitted (X-Source: Pickup, Replay, ...) and from which address: Get-Message's MessageSourceName and SourceIP. */
  sourceName?: string;
  sourceIp?: string;
  recipients: string[];
  subject: string;
  totalBytes: number;
  queuedAt: string;
  reason: string;
  /** Suspend-Message holds it: the queue's pass leaves it and goes on with the others. */
  suspended?: boolean;
  /** When the last attempt that left it waiting was made (the reason then is `reason`). */
  lastRetryTime?: string;
  /** Set just before the copy into the Drop directory is made, so a crash there is recognised. */
  sending?: boolean;
}

export interface PlannedOutput {
  kind: 'mailbox' | 'drop' | 'queue';
  /** Workspace-relative target file. */
  target: string;
  /** The key of the content to copy in DeliveryPlan.contents. */
  content: string;
  /** Header lines written before the message (X-Sender/X-Receiver, Return-Path). */
  prefix: string;
  /** For the queue: the entry written beside the copy (`<target>.json`), which marks the copy complete. */
  queueEntry?: QueueEntry;
}

export interface PlannedBadmail {
  /** Workspace-relative paths. */
  tmp: string;
  bad: string;
  reasonFile: string;
  reasonText: string;
}

export interface DeliveryPlan {
  /** The message's internal-message-id (its sequence number). */
  internalId: number;
  outputs: PlannedOutput[];
  badmail?: PlannedBadmail;
  trackingRows: TrackingRow[];
  /** Lines for the application event log. */
  eventLogLines: string[];
  /** The messages to copy (the submitted message with Exchange's header changes, DSNs), as latin1 text by key. */
  contents: Record<string, string>;
  outcome: MessageOutcome;
}
