// The message envelope (RFC 5321): who the transport delivers to and who gets the reports, as
// opposed to the To/From the message itself shows. The Pickup directory builds it from the header
// fields; the Replay directory reads it from X-Sender and X-Receiver, with the DSN parameters of
// RFC 3461 (RET, ENVID on the sender; NOTIFY, ORCPT on each recipient).

export type DirectoryRole = 'Pickup' | 'Replay';

export type NotifyCondition = 'NEVER' | 'SUCCESS' | 'FAILURE' | 'DELAY';

export interface EnvelopeRecipient {
  /** The SMTP address as given (IMCEA-encapsulated addresses included). */
  address: string;
  /** RFC 3461 NOTIFY; absent means the default (report failures). */
  notify?: NotifyCondition[];
  /** RFC 3461 ORCPT: the original recipient, e.g. `rfc822;mary@contoso.com`. */
  orcpt?: string;
}

export interface Envelope {
  /** The reverse path; '' is the null sender `<>` (no reports go back). */
  sender: string;
  recipients: EnvelopeRecipient[];
  /** RFC 3461 RET: return the whole message (FULL) or only its header (HDRS) in a DSN. */
  ret?: 'FULL' | 'HDRS';
  /** RFC 3461 ENVID: the sender's envelope identifier, echoed in DSNs. */
  envid?: string;
  /**
   * Where the message came from, for the tracking log's client-ip and client-hostname and for the
   * X-SourceIPAddress and X-HeloDomain of the Drop files it reaches (Replay: the file's own fields;
   * Pickup: the host name localhost of its Received field, and no address).
   */
  clientIp?: string;
  clientHostname?: string;
  /** Where the message was submitted (X-Source): Pickup, Replay, or what a Replay file's X-Source said. */
  source?: string;
}

/** Whether a failure for this recipient should be reported to the sender. */
export function wantsFailureReport(recipient: EnvelopeRecipient): boolean {
  return recipient.notify === undefined || recipient.notify.includes('FAILURE');
}

export function wantsSuccessReport(recipient: EnvelopeRecipient): boolean {
  return recipient.notify?.includes('SUCCESS') ?? false;
}

/** `<address>` for headers and logs; `<>` for the null sender. */
export function angle(address: string): string {
  return `<${address}>`;
}
