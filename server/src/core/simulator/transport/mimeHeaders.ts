// What the header fields of a message mean, read with postal-mime: the addresses in From, Sender,
// To, Cc and Bcc (groups flattened), the subject, Message-ID and Date. postal-mime keeps only the
// first address of From and Sender, so those two are read with its address parser field by field,
// which is what the Pickup rules about "one address in Sender" need.

import PostalMime, { addressParser } from 'postal-mime';

export interface MessageHeaders {
  from: string[];
  sender: string[];
  /** How many Sender fields the message has (Exchange allows one address in one field). */
  senderFieldCount: number;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** The Message-ID with its angle brackets, or '' when missing or empty. */
  messageId: string;
  /** Whether a Date field exists and holds a date. */
  hasValidDate: boolean;
  hasDateField: boolean;
}

type PostalAddress = PostalMime.Address;

export async function readMessageHeaders(raw: Uint8Array): Promise<MessageHeaders> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  const fieldAddresses = (key: string) =>
    email.headers.filter((header) => header.key === key).flatMap((header) => addressesOf(addressParser(header.value, { flatten: true })));
  const dateField = email.headers.find((header) => header.key === 'date');
  return {
    from: fieldAddresses('from'),
    sender: fieldAddresses('sender'),
    senderFieldCount: email.headers.filter((header) => header.key === 'sender').length,
    to: addressesOf(email.to ?? []),
    cc: addressesOf(email.cc ?? []),
    bcc: addressesOf(email.bcc ?? []),
    subject: email.subject ?? '',
    messageId: (email.messageId ?? '').trim(),
    hasDateField: dateField !== undefined,
    hasValidDate: email.date !== undefined && !Number.isNaN(Date.parse(email.date)) && /^\d{4}-/.test(email.date),
  };
}

/** The mailbox addresses of a list, group members included; empty addresses (an empty group) are dropped. */
function addressesOf(list: readonly PostalAddress[]): string[] {
  return list.flatMap((item) => (item.group ? item.group.map((member) => member.address) : [item.address])).map((address) => (address ?? '').trim()).filter(Boolean);
}
