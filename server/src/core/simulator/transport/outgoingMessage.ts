// One message on its way to its destinations: the submitted message itself, or a DSN the transport
// generated about it. Each has its own internal-message-id and content in the plan.

import type { EnvelopeOrigin } from './envelopeBlock';

export interface OutgoingMessage {
  internalId: number;
  messageId: string;
  /** 32 hex digits, the same in every copy (Exchange's network-message-id). */
  networkId: string;
  /** Envelope sender; '' for the null sender of DSNs. */
  sender: string;
  /** The tracking log's sender-address: the Sender field, else From (else the envelope sender); postmaster for DSNs. */
  displaySender: string;
  subject: string;
  /** The key of its content in the plan. */
  content: string;
  size: number;
  newline: string;
  ret?: 'FULL' | 'HDRS';
  envid?: string;
  /** Where a submitted message came from, for the envelope block of the Drop files it reaches; none for DSNs. */
  origin?: EnvelopeOrigin;
}
