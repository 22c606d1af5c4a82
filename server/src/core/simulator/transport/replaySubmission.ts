// The Replay directory's rules for a message file, from the Exchange 2013 topic "Pickup directory
// and Replay directory". The envelope comes from the X-header block at the top of the file
// (envelopeBlock.ts): exactly one X-Sender with one address, at least one X-Receiver (one address
// each), with optional DSN parameters (RET, ENVID; NOTIFY, ORCPT). The optional X-headers are
// X-CreatedBy (not blank if present; "Unspecified" when absent; an Exchange version such as
// MSExchange15, or the address type of the system that wrote the file, such as Notes),
// X-EndOfInjectedXHeaders (the last field of the block), X-ExtendedMessageProps (X-ExtendedProps in
// the files real servers write), X-HeloDomain, X-Source ("Replay" when absent) and X-SourceIPAddress
// ("0.0.0.0" when absent). X-headers of the block that Exchange does not know are ignored. From and
// To are not used for delivery. The Replay directory removes Bcc and, being the envelope now, the
// whole block; it adds Received, and Message-ID and Date when missing. A file that breaks a rule is
// badmail.

import type { Envelope, EnvelopeRecipient } from './envelope';
import { END_OF_BLOCK, envelopeBlockLength } from './envelopeBlock';
import { parseEnvelopeLine, parseNotify, parseRet } from './envelopeLine';
import { EXCHANGE_BUILD, EXCHANGE_CREATED_BY, isExchangeCreatedBy } from './exchangeVersion';
import { createdByExchange, isFirewalledHeader } from './headerFirewall';
import { rewriteHeader } from './headerRewrite';
import { addressedAs, headerSender, readMessageHeaders, type MessageHeaders } from './mimeHeaders';
import { fieldValue, readMessageText, type HeaderField } from './messageText';
import { rfc5322Date } from './rfc5322Date';
import { badmail, type SubmissionContext, type SubmissionResult } from './submission';
import { parseIpAddress } from '../../values/ipAddress';

const FIX_AND_RETRY = 'Correct the file, rename it back to .eml and copy it into the Replay directory again.';

export async function replaySubmission(raw: Uint8Array, context: SubmissionContext): Promise<SubmissionResult> {
  const text = readMessageText(raw);
  if (text.problem) return badmail(`${text.problem} The header must end with an empty line before the body. ${FIX_AND_RETRY}`);
  const blockLength = envelopeBlockLength(text.fields);
  const block = text.fields.slice(0, blockLength);
  const lateProblem = lateEnvelopeField(text.fields, blockLength);
  if (lateProblem) return badmail(`${lateProblem} ${FIX_AND_RETRY}`);
  const envelope = readEnvelope(block);
  if (typeof envelope === 'string') return badmail(`${envelope} ${FIX_AND_RETRY}`);
  let headers: MessageHeaders;
  try {
    headers = await readMessageHeaders(raw);
  } catch (error) {
    return badmail(`The message cannot be parsed as MIME (${error instanceof Error ? error.message : String(error)}). ${FIX_AND_RETRY}`);
  }
  const createdBy = block.find((field) => field.lowerName === 'x-createdby');
  const fromExchange = createdByExchange(createdBy && fieldValue(createdBy));
  const addresses = envelope.recipients.map((recipient) => recipient.address);
  const { content, messageId } = rewriteHeader(text, headers, {
    remove: (field, index) => index < blockLength || field.lowerName === 'bcc' || (!fromExchange && isFirewalledHeader(field)),
    receivedValue: `from ${context.serverFqdn} by Replay with ${EXCHANGE_BUILD}; ${rfc5322Date(context.now)}`,
    undisclosedRecipients: false,
  }, context);
  return {
    kind: 'message',
    submission: {
      directory: 'Replay', envelope, content, newline: text.newline, messageId, subject: headers.subject,
      headerSender: headerSender(headers), addressedAs: addresses.map((address) => addressedAs(headers, address)),
    },
  };
}

function lateEnvelopeField(fields: readonly HeaderField[], blockLength: number): string | undefined {
  const late = fields.slice(blockLength).find((field) => field.lowerName === 'x-sender' || field.lowerName === 'x-receiver');
  if (!late) return undefined;
  const last = fields[blockLength - 1];
  if (last?.lowerName === END_OF_BLOCK) {
    return `${late.name} on line ${late.line} comes after ${last.name} (line ${last.line}), which ends the envelope block; the Replay directory reads X-Sender and X-Receiver only inside the block. Move ${late.name} above ${last.name}.`;
  }
  const before = fields[blockLength];
  return `${late.name} on line ${late.line} comes after the regular header field ${before?.name ?? ''} (line ${before?.line ?? '?'}); the Replay directory needs X-Sender and X-Receiver before all regular header fields. Move them to the top of the file.`;
}

/** The envelope from the X-header block, or the problem as text. */
function readEnvelope(block: readonly HeaderField[]): Envelope | string {
  const senders = block.filter((field) => field.lowerName === 'x-sender');
  const receivers = block.filter((field) => field.lowerName === 'x-receiver');
  if (senders.length !== 1) {
    return senders.length === 0
      ? 'The file has no X-Sender field at its top; the Replay directory takes the sender from X-Sender: <address>.'
      : `The file has ${senders.length} X-Sender fields (lines ${senders.map((field) => field.line).join(', ')}); exactly one is allowed.`;
  }
  if (receivers.length === 0) return 'The file has no X-Receiver field at its top; add one X-Receiver: <address> per recipient.';
  const originProblem = createdByProblem(block) ?? sourceIpProblem(block);
  if (originProblem) return originProblem;
  const sender = readSender(senders[0]);
  if (typeof sender === 'string') return sender;
  const recipients: EnvelopeRecipient[] = [];
  for (const field of receivers) {
    const recipient = readReceiver(field);
    if (typeof recipient === 'string') return recipient;
    if (!recipients.some((existing) => existing.address.toLowerCase() === recipient.address.toLowerCase())) recipients.push(recipient);
  }
  const value = (name: string) => {
    const field = block.find((candidate) => candidate.lowerName === name);
    return field ? fieldValue(field) : undefined;
  };
  return {
    ...sender,
    recipients,
    clientIp: value('x-sourceipaddress') || '0.0.0.0',
    ...(value('x-helodomain') ? { clientHostname: value('x-helodomain') } : {}),
    source: value('x-source') || 'Replay',
  };
}

/**
 * X-CreatedBy must not be blank; MSExchange followed by anything but a version Exchange writes
 * (MSExchange15, ...) is a file no Exchange server wrote, and trusting it would open the header firewall.
 */
function createdByProblem(block: readonly HeaderField[]): string | undefined {
  const field = block.find((candidate) => candidate.lowerName === 'x-createdby');
  if (!field) return undefined;
  const value = fieldValue(field);
  if (value === '') return `X-CreatedBy on line ${field.line} is blank; give it a value (such as MSExchange15) or remove it.`;
  if (!/^MSExchange/i.test(value) || isExchangeCreatedBy(value)) return undefined;
  const known = EXCHANGE_CREATED_BY.map((entry) => `${entry.value} (${entry.product})`).join(', ');
  return `X-CreatedBy on line ${field.line} is '${value}', which names no Exchange version; Exchange writes ${known}. Write MSExchange15 for a file an Exchange 2013 or later server exported, or the name of the system that wrote the file (such as Notes).`;
}

/** X-SourceIPAddress, when present, is an IPv4 or IPv6 address. */
function sourceIpProblem(block: readonly HeaderField[]): string | undefined {
  const field = block.find((candidate) => candidate.lowerName === 'x-sourceipaddress');
  if (!field) return undefined;
  const value = fieldValue(field);
  if (value !== '' && parseIpAddress(value)) return undefined;
  return `X-SourceIPAddress on line ${field.line} is '${value}', which is not an IP address; write the sending server's IPv4 or IPv6 address (such as 192.168.1.25), or remove the field (the Replay directory then uses 0.0.0.0).`;
}

function readSender(field: HeaderField): { sender: string; ret?: 'FULL' | 'HDRS'; envid?: string } | string {
  const line = parseEnvelopeLine(fieldValue(field));
  if (!line.ok) return `X-Sender on line ${field.line}: ${line.problem}.`;
  // `<>` is the null reverse path of RFC 5321 (exported DSNs carry it): the message gets no reports back.
  if (line.address !== '' && !line.address.includes('@')) return `X-Sender on line ${field.line} holds '${line.address}', which is not an email address.`;
  const ret = line.parameters.get('RET');
  const parsedRet = ret === undefined ? undefined : parseRet(ret);
  if (parsedRet !== undefined && parsedRet !== 'FULL' && parsedRet !== 'HDRS') return `X-Sender on line ${field.line}: ${parsedRet}.`;
  const envid = line.parameters.get('ENVID');
  return { sender: line.address, ...(parsedRet ? { ret: parsedRet } : {}), ...(envid ? { envid } : {}) };
}

function readReceiver(field: HeaderField): EnvelopeRecipient | string {
  const line = parseEnvelopeLine(fieldValue(field));
  if (!line.ok) return `X-Receiver on line ${field.line}: ${line.problem}.`;
  if (!line.address.includes('@')) return `X-Receiver on line ${field.line} holds '${line.address}', which is not an email address; write X-Receiver: <name@domain>.`;
  const notifyText = line.parameters.get('NOTIFY');
  const notify = notifyText === undefined ? undefined : parseNotify(notifyText);
  if (typeof notify === 'string') return `X-Receiver on line ${field.line}: ${notify}.`;
  const orcpt = line.parameters.get('ORCPT');
  return { address: line.address, ...(notify ? { notify } : {}), ...(orcpt ? { orcpt } : {}) };
}
