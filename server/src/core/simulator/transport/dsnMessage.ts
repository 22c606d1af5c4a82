// Delivery status notifications the transport sends back to a sender: NDRs for recipients that could
// not be reached, and relay DSNs when a Foreign connector with RelayDsnRequired hands a message to its
// gateway and the recipient asked for NOTIFY=SUCCESS. Format: RFC 3464 (multipart/report with a
// human-readable part, a message/delivery-status part, and the original message, or only its header
// when the sender asked RET=HDRS), laid out like Exchange's NDRs ("Diagnostic information for
// administrators", the generating server, the status line per recipient). The Pickup topic says the
// original message file is attached to the NDR.

import { rfc5322Date } from './rfc5322Date';
import type { ReportedMessage } from './submission';

export interface DsnRecipient {
  address: string;
  orcpt?: string;
  action: 'failed' | 'relayed';
  /** Enhanced status code. */
  code: string;
  /** The SMTP response for Diagnostic-Code. */
  response: string;
  explanation: string;
}

export interface DsnInput {
  original: ReportedMessage;
  recipients: DsnRecipient[];
  now: Date;
  serverFqdn: string;
  defaultDomain: string;
  /** Seeds the DSN's Message-ID and MIME boundary. */
  guid: string;
}

export interface DsnMessage {
  content: string;
  messageId: string;
  subject: string;
  from: string;
}

export function buildDsn(input: DsnInput): DsnMessage {
  const nl = input.original.newline;
  const failed = input.recipients.some((recipient) => recipient.action === 'failed');
  const subject = `${failed ? 'Undeliverable' : 'Relayed'}: ${input.original.subject}`;
  const from = `postmaster@${input.defaultDomain}`;
  const messageId = `<${input.guid}@${input.defaultDomain}>`;
  const boundary = `_exconn_dsn_${input.guid.replace(/-/g, '')}_`;
  const header = [
    `From: Microsoft Outlook <${from}>`,
    `To: <${input.original.envelope.sender}>`,
    `Date: ${rfc5322Date(input.now)}`,
    `Subject: ${subject}`,
    `Message-ID: ${messageId}`,
    ...(input.original.messageId ? [`References: ${input.original.messageId}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    'Auto-Submitted: auto-replied',
    'X-MS-Exchange-Message-Is-Ndr:',
  ];
  const parts = [
    textPart(input, failed, nl),
    statusPart(input, nl),
    originalPart(input, nl),
  ];
  const body = parts.map((part) => `--${boundary}${nl}${part}${nl}`).join('') + `--${boundary}--${nl}`;
  return { content: header.join(nl) + nl + nl + body, messageId, subject, from };
}

function textPart(input: DsnInput, failed: boolean, nl: string): string {
  const lines = [
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    failed ? 'Delivery has failed to these recipients or groups:' : 'Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:',
    '',
    ...input.recipients.flatMap((recipient) => [recipient.address, recipient.explanation, '']),
    'Diagnostic information for administrators:',
    '',
    `Generating server: ${input.serverFqdn}`,
    '',
    ...input.recipients.flatMap((recipient) => [recipient.address, `#${recipient.response} ##`, '']),
    'Original message headers:',
    '',
    originalHeader(input.original).replace(/\r?\n$/, ''),
  ];
  return lines.join(nl);
}

function statusPart(input: DsnInput, nl: string): string {
  const envelope = input.original.envelope;
  const perMessage = [
    `Reporting-MTA: dns;${input.serverFqdn}`,
    ...(envelope.envid ? [`Original-Envelope-Id: ${envelope.envid}`] : []),
    `Arrival-Date: ${rfc5322Date(input.now)}`,
  ];
  const perRecipient = input.recipients.map((recipient) => [
    ...(recipient.orcpt ? [`Original-Recipient: ${recipient.orcpt.includes(';') ? recipient.orcpt : `rfc822;${recipient.orcpt}`}`] : []),
    `Final-Recipient: rfc822;${recipient.address}`,
    `Action: ${recipient.action}`,
    `Status: ${recipient.code}`,
    `Diagnostic-Code: smtp;${recipient.response}`,
  ].join(nl));
  return ['Content-Type: message/delivery-status', '', perMessage.join(nl), '', perRecipient.join(nl + nl)].join(nl);
}

/** The whole original (message/rfc822), or only its header (text/rfc822-headers) when the sender asked RET=HDRS. */
function originalPart(input: DsnInput, nl: string): string {
  if (input.original.envelope.ret === 'HDRS') return ['Content-Type: text/rfc822-headers', '', originalHeader(input.original)].join(nl);
  return ['Content-Type: message/rfc822', '', input.original.content].join(nl);
}

function originalHeader(original: ReportedMessage): string {
  const end = original.content.search(/\r?\n\r?\n/);
  return end < 0 ? original.content : original.content.slice(0, end) + original.newline;
}
