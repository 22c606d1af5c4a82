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
  const email = await PostalMime.parse(headerBlock(raw), { attachmentEncoding: 'arraybuffer' });
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

const LF = 0x0a;
const CR = 0x0d;

/**
 * The header fields up to and including the blank line that ends them. Everything read here is in
 * the header, and the body is most of a message's bytes: postal-mime would decode every MIME part of
 * it for nothing. Without a blank line the whole message is the header.
 */
export function headerBlock(raw: Uint8Array): Uint8Array {
  if (raw[0] === LF) return raw.subarray(0, 1);
  if (raw[0] === CR && raw[1] === LF) return raw.subarray(0, 2);
  for (let index = raw.indexOf(LF); index >= 0; index = raw.indexOf(LF, index + 1)) {
    const next = raw[index + 1] === CR ? index + 2 : index + 1;
    if (raw[next] === LF) return raw.subarray(0, next + 1);
  }
  return raw;
}

/** The mailbox addresses of a list, group members included; empty addresses (an empty group) are dropped. */
function addressesOf(list: readonly PostalAddress[]): string[] {
  return list.flatMap((item) => (item.group ? item.group.map((member) => member.address) : [item.address])).map((address) => (address ?? '').trim()).filter(Boolean);
}

/** The header field a recipient was named in, for the tracking log's RECEIVE event ("Message tracking"). */
export type AddressedAs = 'To' | 'Cc' | 'Bcc';

/**
 * To or Cc when the header names the address there; Bcc otherwise: the Pickup directory's Bcc
 * recipients, and a Replay file's X-Receiver the header does not show, are both blind copies.
 */
export function addressedAs(headers: MessageHeaders, address: string): AddressedAs {
  const key = address.toLowerCase();
  if (headers.to.some((item) => item.toLowerCase() === key)) return 'To';
  if (headers.cc.some((item) => item.toLowerCase() === key)) return 'Cc';
  return 'Bcc';
}

/** The tracking log's sender-address: the Sender field's address, else the first From address; '' with neither. */
export function headerSender(headers: MessageHeaders): string {
  return headers.sender[0] ?? headers.from[0] ?? '';
}
