// The Pickup directory's rules for a message file, from the Exchange 2013 topic "Pickup directory and
// Replay directory": at least one address in From or Sender; one address at most in Sender; several
// From addresses need a Sender; at least one recipient in To, Cc or Bcc; a blank line between header
// and body. The originator is the From address when there is one, otherwise the Sender. Breaking a
// rule makes the file badmail. The header size and recipient limits of Set-TransportService are
// restrictions: the topic says they cause an NDR, so the message is returned to its sender instead.

import { DELIVERY_STATUS, type DeliveryStatus } from './deliveryStatus';
import { EXCHANGE_BUILD } from './exchangeVersion';
import { isFirewalledHeader } from './headerFirewall';
import { rewriteHeader } from './headerRewrite';
import { addressedAs, headerSender, readMessageHeaders, type MessageHeaders } from './mimeHeaders';
import { readMessageText } from './messageText';
import { rfc5322Date } from './rfc5322Date';
import { badmail, type SubmissionContext, type SubmissionResult } from './submission';

const FIX_AND_RETRY = 'Correct the file, rename it back to .eml and copy it into the Pickup directory again.';

export async function pickupSubmission(raw: Uint8Array, context: SubmissionContext): Promise<SubmissionResult> {
  const text = readMessageText(raw);
  if (text.problem) return badmail(`${text.problem} The header must end with an empty line before the body. ${FIX_AND_RETRY}`);
  let headers: MessageHeaders;
  try {
    headers = await readMessageHeaders(raw);
  } catch (error) {
    return badmail(`The message cannot be parsed as MIME (${error instanceof Error ? error.message : String(error)}). ${FIX_AND_RETRY}`);
  }
  const recipients = uniqueAddresses([...headers.to, ...headers.cc, ...headers.bcc]);
  const details = { recipients, messageId: headers.messageId, subject: headers.subject };
  const originatorProblem = checkOriginator(headers);
  if (originatorProblem) return badmail(`${originatorProblem} ${FIX_AND_RETRY}`, details);
  const sender = headers.from.length === 1 ? headers.from[0] : headers.sender[0];
  if (recipients.length === 0) {
    return badmail(`The message has no recipient: To, Cc and Bcc hold no email address. Add at least one recipient. ${FIX_AND_RETRY}`, { ...details, sender });
  }
  const { content, messageId } = rewriteHeader(text, headers, {
    remove: (field) => field.lowerName === 'received' || field.lowerName.startsWith('resent-') || field.lowerName === 'bcc' || isFirewalledHeader(field),
    receivedValue: `from localhost by Pickup with Microsoft SMTP Server id ${EXCHANGE_BUILD}; ${rfc5322Date(context.now)}`,
    undisclosedRecipients: headers.to.length === 0 && headers.cc.length === 0,
  }, context);
  return {
    kind: 'message',
    submission: {
      directory: 'Pickup',
      envelope: { sender, recipients: recipients.map((address) => ({ address })), clientHostname: 'localhost', source: 'Pickup' },
      content,
      newline: text.newline,
      messageId,
      subject: headers.subject,
      headerSender: headerSender(headers),
      addressedAs: recipients.map((address) => addressedAs(headers, address)),
      ...restrictionOf(text.headerBytes, recipients.length, context),
    },
  };
}

function checkOriginator(headers: MessageHeaders): string | undefined {
  if (headers.from.length === 0 && headers.sender.length === 0) {
    return 'The message has no originator: neither From nor Sender holds an email address. Add a From: line with the sender\'s address.';
  }
  // Two Sender fields of one address each are as wrong as one field with two: say which it is.
  if (headers.senderFieldCount > 1) {
    return `The message has ${headers.senderFieldCount} Sender fields; Exchange allows exactly one address in one Sender field.`;
  }
  if (headers.sender.length > 1) {
    return `The Sender field holds ${headers.sender.length} addresses; Exchange allows exactly one address in one Sender field.`;
  }
  if (headers.from.length > 1 && headers.sender.length === 0) {
    return `From holds ${headers.from.length} addresses, so a Sender field with the single address of the actual sender is required. Add a Sender: line.`;
  }
  return undefined;
}

function restrictionOf(headerBytes: number, recipientCount: number, context: SubmissionContext): { restriction?: DeliveryStatus } {
  if (headerBytes > context.maxHeaderSize) return { restriction: DELIVERY_STATUS.headerTooLarge };
  if (recipientCount > context.maxRecipients) return { restriction: DELIVERY_STATUS.tooManyRecipients };
  return {};
}

/** Addresses without repeats (compared without regard to case), in first-seen order. */
export function uniqueAddresses(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((address) => {
    const key = address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
