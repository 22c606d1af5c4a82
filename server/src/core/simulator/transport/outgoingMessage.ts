// One message on its way to its destinations: the submitted message itself, or a DSN the transport
// generated about it. Each has its own internal-message-id and content in the plan.

export interface OutgoingMessage {
  internalId: number;
  messageId: string;
  /** 32 hex digits, the same in every copy (Exchange's network-message-id). */
  networkId: string;
  /** Envelope sender; '' for the null sender of DSNs. */
  sender: string;
  /** The From shown in tracking events (the envelope sender, or postmaster for DSNs). */
  displaySender: string;
  subject: string;
  /** The key of its content in the plan. */
  content: string;
  size: number;
  newline: string;
  ret?: 'FULL' | 'HDRS';
  envid?: string;
}
