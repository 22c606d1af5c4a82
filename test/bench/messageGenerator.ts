// Generates realistic message files for the Pickup directory: RFC 5322 headers as mail clients and
// scripts write them (From, To, sometimes Cc, Subject, Date, Message-ID, MIME-Version, Content-Type),
// bodies of 2–20 KB, and the recipient mix of an organization with Foreign connectors: X.400
// recipients (IMCEA-encapsulated or as mail contacts), SMTP recipients of partner domains that a
// Foreign connector's SMTP address space covers, and local mailboxes. Seeded, so every run and every
// commit measures the same messages. The organization the messages are written for is described here
// too, so the benchmark's workspace and its messages cannot drift apart.

import { encodeImcea } from '../../server/src/core/addressSpace/imcea';
import { seededRandom } from '../helpers/seededRandom';

/** An X.400 gateway behind a Foreign connector, and the people reached through it. */
export interface X400Partner {
  connector: string;
  /** The address space without its cost, as New-ForeignConnector takes it. */
  addressSpace: string;
  cost: number;
  /** O/R address attributes before the personal name (`c=US;a=Fabrikam;p=Contoso`). */
  prefix: string;
  people: { surname: string; givenName: string }[];
}

/** SMTP domains of a partner whose mail leaves through a Foreign connector (an SMTP address space). */
export interface SmtpPartner {
  connector: string;
  addressSpaces: { space: string; cost: number }[];
  /** Domains recipients are drawn from; each is covered by one of the address spaces. */
  domains: string[];
}

export interface BenchContact {
  name: string;
  /** `X400:<O/R address>`. */
  address: string;
  smtpAddress: string;
}

export const BENCH_DOMAIN = 'contoso.com';

/** Local mailboxes; the senders are among them, so NDRs have somewhere to go. */
export const BENCH_MAILBOXES = [
  'admin@contoso.com', 'mary@contoso.com', 'john.doe@contoso.com', 'helpdesk@contoso.com', 'finance@contoso.com', 'dispatch@contoso.com',
];

const SENDERS = [
  { name: 'Exchange Administrator', address: 'admin@contoso.com' },
  { name: 'Mary Jones', address: 'mary@contoso.com' },
  { name: 'Finance Department', address: 'finance@contoso.com' },
  { name: 'Dispatch', address: 'dispatch@contoso.com' },
];

export const X400_PARTNERS: X400Partner[] = [
  {
    connector: 'Fabrikam X400 Gateway', addressSpace: 'X400:c=US;a=Fabrikam;p=Contoso', cost: 5, prefix: 'c=US;a=Fabrikam;p=Contoso',
    people: [{ surname: 'Smith', givenName: 'John' }, { surname: 'Garcia', givenName: 'Ana' }, { surname: 'Chen', givenName: 'Wei' }],
  },
  {
    connector: 'Northwind X400 Gateway', addressSpace: 'X400:c=GB;a= ;p=Northwind', cost: 10, prefix: 'c=GB;a= ;p=Northwind;o=Logistics',
    people: [{ surname: 'Taylor', givenName: 'Emma' }, { surname: 'Brown', givenName: 'Oliver' }],
  },
];

export const SMTP_PARTNERS: SmtpPartner[] = [
  {
    connector: 'Litware Fax Gateway',
    addressSpaces: [{ space: 'SMTP:*.litware.com', cost: 1 }, { space: 'SMTP:tailspintoys.com', cost: 2 }],
    domains: ['fax.litware.com', 'mail.litware.com', 'tailspintoys.com'],
  },
];

/** Mail contacts for X.400 people: mail to their SMTP address is routed on their X.400 address. */
export const BENCH_CONTACTS: BenchContact[] = X400_PARTNERS.flatMap((partner) =>
  partner.people.map((person) => ({
    name: `${person.givenName} ${person.surname}`,
    address: `X400:${partner.prefix};s=${person.surname};g=${person.givenName}`,
    smtpAddress: `${person.givenName}.${person.surname}@${BENCH_DOMAIN}`.toLowerCase(),
  })));

const SMTP_PEOPLE = ['orders', 'j.miller', 'accounts', 'k.nakamura', 'support', 'l.dubois', 'p.novak'];
const SUBJECTS = [
  'Quarterly figures', 'Purchase order', 'Re: Delivery schedule', 'Shipment notice', 'Invoice', 'Fwd: Contract draft',
  'Meeting minutes', 'Re: Re: Price list update', 'Customs documents', 'Weekly status report',
];
const WORDS = (
  'the shipment was dispatched from our warehouse on schedule and the customs papers are attached please confirm '
  + 'receipt of the order and let us know whether the revised delivery dates suit your planning team we have '
  + 'updated the price list for the coming quarter as agreed in our last meeting the figures include freight '
  + 'insurance and handling charges kindly forward the signed contract to the accounts department before friday'
).split(' ');

export interface GeneratedMessage {
  name: string;
  text: string;
}

export interface MessageOptions {
  count: number;
  seed?: number;
}

type Random = () => number;
type Pick = <T>(items: readonly T[]) => T;

export function generateMessages(options: MessageOptions): GeneratedMessage[] {
  const random = seededRandom(options.seed ?? 20260517);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const width = String(options.count).length;
  return Array.from({ length: options.count }, (_, index) => ({
    name: `msg-${String(index + 1).padStart(width, '0')}.eml`,
    text: generateMessage(index, random, pick),
  }));
}

function generateMessage(index: number, random: Random, pick: Pick): string {
  const sender = pick(SENDERS);
  const to = recipients(1 + Math.floor(random() * 3), random, pick);
  const cc = random() < 0.3 ? recipients(1 + Math.floor(random() * 2), random, pick) : [];
  const date = new Date(Date.UTC(2024, 2, 11, 8, 0, 0) + index * 37_000);
  const header = [
    `From: ${sender.name} <${sender.address}>`,
    ...foldedAddressField('To', to),
    ...foldedAddressField('Cc', cc),
    `Subject: ${pick(SUBJECTS)} ${1000 + (index % 9000)}`,
    `Date: ${rfc5322(date)}`,
    `Message-ID: <bench.${index + 1}.${Math.floor(random() * 1e9).toString(36)}@${BENCH_DOMAIN}>`,
    'MIME-Version: 1.0',
  ];
  const bodyBytes = 2048 + Math.floor(random() * (20480 - 2048));
  return [...header, ...body(bodyBytes, random, pick)].join('\r\n');
}

/** Someone who left: mail to them gets an NDR (5.1.1), as in any organization's Pickup traffic. */
export const DEPARTED_ADDRESS = 'former.employee@contoso.com';

/**
 * A recipient list: half X.400 (IMCEA or contact), a third partner SMTP, most of the rest local
 * mailboxes, and now and then a departed employee.
 */
function recipients(count: number, random: Random, pick: Pick): string[] {
  return Array.from({ length: count }, () => {
    const roll = random();
    if (roll < 0.3) return imceaRecipient(pick);
    if (roll < 0.5) {
      const contact = pick(BENCH_CONTACTS);
      return `${contact.name} <${contact.smtpAddress}>`;
    }
    if (roll < 0.82) return `${pick(SMTP_PEOPLE)}@${pick(pick(SMTP_PARTNERS).domains)}`;
    if (roll < 0.99) return `<${pick(BENCH_MAILBOXES)}>`;
    return DEPARTED_ADDRESS;
  });
}

/** How Outlook names an X.400 recipient typed as an address: `"Surname, Given" <IMCEAX400-...@contoso.com>`. */
function imceaRecipient(pick: Pick): string {
  const partner = pick(X400_PARTNERS);
  const person = pick(partner.people);
  const address = encodeImcea('X400', `${partner.prefix};s=${person.surname};g=${person.givenName}`, BENCH_DOMAIN);
  return `"${person.surname}, ${person.givenName}" <${address}>`;
}

/** An address field with one address per line after the first, folded as mail clients do. */
function foldedAddressField(name: string, addresses: readonly string[]): string[] {
  if (addresses.length === 0) return [];
  return addresses.map((address, index) => `${index === 0 ? `${name}: ` : ' '}${address}${index < addresses.length - 1 ? ',' : ''}`);
}

/** Content-Type, the blank line and the body: plain text, or multipart/alternative with an HTML part. */
function body(bytes: number, random: Random, pick: Pick): string[] {
  const paragraphs = text(bytes, random, pick);
  if (random() < 0.7) {
    return ['Content-Type: text/plain; charset="us-ascii"', 'Content-Transfer-Encoding: 7bit', '', ...paragraphs, ''];
  }
  const boundary = `----=_Part_${Math.floor(random() * 1e12).toString(16)}`;
  const half = Math.ceil(paragraphs.length / 2);
  return [
    `Content-Type: multipart/alternative; boundary="${boundary}"`, '', 'This is a multi-part message in MIME format.', '',
    `--${boundary}`, 'Content-Type: text/plain; charset="us-ascii"', 'Content-Transfer-Encoding: 7bit', '', ...paragraphs.slice(0, half), '',
    `--${boundary}`, 'Content-Type: text/html; charset="us-ascii"', 'Content-Transfer-Encoding: 7bit', '',
    '<html><body>', ...paragraphs.slice(half).map((line) => (line === '' ? '<p></p>' : line)), '</body></html>', '',
    `--${boundary}--`, '',
  ];
}

/** Lines of at most 76 characters, in paragraphs, adding up to about `bytes` bytes. */
function text(bytes: number, random: Random, pick: Pick): string[] {
  const lines: string[] = [];
  let line = '';
  let total = 0;
  while (total < bytes) {
    const word = pick(WORDS);
    if (line.length + word.length + 1 > 76) {
      lines.push(line);
      total += line.length + 2;
      line = '';
      if (random() < 0.15) lines.push('');
    }
    line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function rfc5322(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (value: number) => String(value).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} `
    + `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}
