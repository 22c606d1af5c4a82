// The envelope X-header block at the top of a message file, as Exchange writes it into exported
// messages and Drop directories and as the Replay directory reads it (Exchange 2013 topic "Pickup
// directory and Replay directory"). Files real servers write carry, in this order:
//   X-Sender: <bob@fabrikam.com> RET=HDRS ENVID=...
//   X-Receiver: <mary@contoso.com> NOTIFY=NEVER ORCPT=rfc822;mary@contoso.com   (one per recipient)
//   X-CreatedBy: MSExchange15
//   X-HeloDomain: <the HELO/EHLO name the message came in with>
//   X-ExtendedProps: <Exchange's own message properties, base64>
//   X-Source: <where the message was submitted, the Queue Viewer's MessageSourceName>
//   X-SourceIPAddress: <the submitting server's address>
//   X-EndOfInjectedXHeaders: <a size in bytes>
// Every X- field from the top of the file up to the first other field belongs to the block, and
// X-EndOfInjectedXHeaders, when present, is its last field: X-headers after it are the message's own.

import { CREATED_BY_THIS_SERVER } from './exchangeVersion';
import type { EnvelopeRecipient } from './envelope';
import { readMessageText, type HeaderField } from './messageText';

export const END_OF_BLOCK = 'x-endofinjectedxheaders';

/** How many fields at the start of `fields` form the envelope block. */
export function envelopeBlockLength(fields: readonly HeaderField[]): number {
  let length = 0;
  for (const field of fields) {
    if (!field.lowerName.startsWith('x-')) break;
    length++;
    if (field.lowerName === END_OF_BLOCK) break;
  }
  return length;
}

/** A stored file split into its envelope block and the message after it (latin1 text, byte for byte). */
export function splitEnvelopeBlock(text: string): { block: HeaderField[]; message: string } {
  const fields = readMessageText(Buffer.from(text, 'latin1')).fields;
  const block = fields.slice(0, envelopeBlockLength(fields));
  const length = block.reduce((total, field) => total + field.text.length, 0);
  return { block, message: text.slice(length) };
}

/** What a Drop file's block says about the message besides its sender and recipients. */
export interface EnvelopeOrigin {
  /** X-HeloDomain: the name the submitter gave (Replay's X-HeloDomain; `localhost` for Pickup). */
  heloDomain?: string;
  /** X-Source: where the message was submitted (Pickup, Replay, or what a Replay file said). */
  source?: string;
  /** X-SourceIPAddress: the submitting server's address, when one is known. */
  sourceIp?: string;
}

export interface EnvelopeBlockContent extends EnvelopeOrigin {
  sender: string;
  ret?: 'FULL' | 'HDRS';
  envid?: string;
  /** Each with the address the envelope carries (IMCEA form for non-SMTP addresses), written once per address. */
  recipients: readonly (EnvelopeRecipient & { envelopeAddress?: string })[];
}

/** The block as real servers write it, ending with X-EndOfInjectedXHeaders and the size of the fields before it. */
export function writeEnvelopeBlock(content: EnvelopeBlockContent, newline: string): string {
  const senderParameters = [content.ret ? `RET=${content.ret}` : '', content.envid ? `ENVID=${content.envid}` : ''];
  const lines = [`X-Sender: <${content.sender}>${parameterText(senderParameters)}`];
  const written = new Set<string>();
  for (const recipient of content.recipients) {
    const address = recipient.envelopeAddress ?? recipient.address;
    // Two recipients may stand for one address (a contact and its IMCEA form): the gateway gets it once.
    if (written.has(address.toLowerCase())) continue;
    written.add(address.toLowerCase());
    const parameters = [recipient.notify ? `NOTIFY=${recipient.notify.join(',')}` : '', recipient.orcpt ? `ORCPT=${recipient.orcpt}` : ''];
    lines.push(`X-Receiver: <${address}>${parameterText(parameters)}`);
  }
  lines.push(`X-CreatedBy: ${CREATED_BY_THIS_SERVER}`);
  if (content.heloDomain) lines.push(`X-HeloDomain: ${content.heloDomain}`);
  if (content.source) lines.push(`X-Source: ${content.source}`);
  if (content.sourceIp) lines.push(`X-SourceIPAddress: ${content.sourceIp}`);
  const fields = lines.map((line) => line + newline).join('');
  // The topic defines the value as the size in bytes of the X-headers present; readers use the field only as the end marker.
  return `${fields}X-EndOfInjectedXHeaders: ${Buffer.byteLength(fields, 'latin1')}${newline}`;
}

function parameterText(parameters: readonly string[]): string {
  return parameters.filter(Boolean).map((parameter) => ` ${parameter}`).join('');
}
