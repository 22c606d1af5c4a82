// What the Pickup or Replay directory makes of one message file: either a submission (an envelope
// and the message with Exchange's header changes) or badmail with the reason.

import type { DeliveryStatus } from './deliveryStatus';
import type { DirectoryRole, Envelope } from './envelope';
import type { AddressedAs } from './mimeHeaders';

export interface Submission {
  directory: DirectoryRole;
  envelope: Envelope;
  /** The message as it goes on, its header modified as Exchange does (latin1 text). */
  content: string;
  newline: string;
  /** The Message-ID (angle brackets included), added when the file had none. */
  messageId: string;
  subject: string;
  /** The Sender field's address, else the From address ('' with neither): the tracking log's sender-address. */
  headerSender: string;
  /** Per envelope recipient, in order, the header field that names it (Bcc when none does). */
  addressedAs: AddressedAs[];
  /** A Pickup limit the message breaks (too many recipients, header too large): every recipient fails with it. */
  restriction?: DeliveryStatus;
}

/** What a delivery report needs of the message it reports on (a queued message's report has no header to read). */
export type ReportedMessage = Omit<Submission, 'headerSender' | 'addressedAs' | 'restriction'>;

export interface Badmail {
  /** Why the file cannot be submitted, and how to fix it. */
  reason: string;
  /** What could be read, for the tracking log. */
  sender?: string;
  recipients?: string[];
  messageId?: string;
  subject?: string;
}

export type SubmissionResult = { kind: 'message'; submission: Submission } | { kind: 'badmail'; badmail: Badmail };

/** What the header rewrite needs to know about the run. */
export interface SubmissionContext {
  now: Date;
  /** FQDN of the local server, for the Received field of the Replay directory. */
  serverFqdn: string;
  /** The organization's default domain, for Message-IDs Exchange adds (`<GUID@domain>`). */
  defaultDomain: string;
  /** The GUID of the Message-ID to add when the message has none. */
  messageGuid: string;
  maxHeaderSize: number;
  maxRecipients: number;
}

export function badmail(reason: string, details: Omit<Badmail, 'reason'> = {}): SubmissionResult {
  return { kind: 'badmail', badmail: { reason, ...details } };
}
