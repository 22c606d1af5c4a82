// The X.400 O/R attributes that Exchange reads in X400 address spaces and addresses: one DATA table
// that validation, completion and hover all read. Descriptions are ours.
//
// Sources (looked up with the search tool):
// - Exchange cmdlet reference New-/Set-X400AuthoritativeDomain (learn.microsoft.com): the allowed
//   characters (A–Z, a–z, 0–9, space and ' ( ) + , - . / : = ?), C ≤ 2, A ≤ 16, P ≤ 16, O ≤ 64,
//   OU1–OU4 ≤ 32, and at most one instance of each per address.
// - Exchange Server 5.5 "X.400 Recipient Addresses" (Getting Started) and KB Q145933 "X.400 OR
//   Attribute Name Length Values": g ≤ 16, s ≤ 40, i ≤ 5, q ≤ 3, cn ≤ 64, c = 2 characters or
//   3 digits, DDA type ≤ 8 and value ≤ 128, n-id ≤ 32 digits, x.121 ≤ 15 digits; C and A mandatory
//   plus at least one of p, o, ou, a personal name or cn; with a personal name, s is required.
// - MAPI SDK "X.400 address type" table: T-TY ≤ 3, T-ID ≤ 24, `dda:<type>=<value>` form.
// - KB Q147113: n-id, x.121 and t-ty take digits only in Exchange.
// - KB Q108732 / Q118563 (MS Mail X.400 gateway): the X.409 printable-string character set, keys and
//   values are case-insensitive, leading/trailing spaces are ignored.
// - RFC 1685 "Writing X.400 O/R Names": the `key=value;` form, the G, I, S, O, OU1, OU2, P, A, C keys,
//   ADMD/PRMD/GQ as longer spellings of A/P/Q (Annex F of F.401).

import { didYouMean, SHORT_KEYS } from '../values/didYouMean';

/** How a value is checked beyond its length. */
export type X400ValueKind = 'printable' | 'numeric' | 'country';

/** Which part of the O/R name an attribute belongs to; drives the "required" rules and ordering. */
export type X400AttributeGroup = 'country' | 'admd' | 'domain' | 'personal' | 'other';

export interface X400AttributeInfo {
  /** Canonical key, lower case, as Exchange displays it. */
  key: string;
  /** Other accepted spellings (case-insensitive). */
  aliases: readonly string[];
  /**
   * Keys people write for this attribute that Exchange does not accept, from other naming schemes
   * (`ou` for ou1, `org` for o, `sn` for s): suggested before any spelling, because the nearest
   * spelling of `ou` is `o`, which means something else.
   */
  meantBy?: readonly string[];
  /** Human name for hover and completion, e.g. "PRMD (private management domain)". */
  name: string;
  /** Short name for messages, e.g. "PRMD (p)". */
  label: string;
  minLength: number;
  maxLength: number;
  valueKind: X400ValueKind;
  group: X400AttributeGroup;
  description: string;
  example: string;
}

export const X400_ATTRIBUTES: readonly X400AttributeInfo[] = [
  {
    key: 'c',
    label: 'country (c)',
    aliases: [],
    meantBy: ['country'],
    name: 'Country (c)',
    minLength: 2,
    maxLength: 3,
    valueKind: 'country',
    group: 'country',
    description:
      'The country of the X.400 network: a two-letter ISO 3166 code or a three-digit X.121 country code. Required.',
    example: 'c=US',
  },
  {
    key: 'a',
    label: 'ADMD (a)',
    aliases: ['admd'],
    name: 'ADMD (administrative management domain)',
    minLength: 1,
    maxLength: 16,
    valueKind: 'printable',
    group: 'admd',
    description:
      'The public carrier that relays the mail. Required; a single space (`a= `) stands for "no particular carrier" and matches any ADMD.',
    example: 'a=Fabrikam',
  },
  {
    key: 'p',
    label: 'PRMD (p)',
    aliases: ['prmd'],
    name: 'PRMD (private management domain)',
    minLength: 1,
    maxLength: 16,
    valueKind: 'printable',
    group: 'domain',
    description: 'The private mail system of the organization, as registered with the carrier.',
    example: 'p=Contoso',
  },
  {
    key: 'o',
    label: 'organization (o)',
    aliases: [],
    meantBy: ['org', 'organization', 'organisation'],
    name: 'Organization (o)',
    minLength: 1,
    maxLength: 64,
    valueKind: 'printable',
    group: 'domain',
    description: 'The organization inside the private domain.',
    example: 'o=Sales',
  },
  ...[1, 2, 3, 4].map(
    (n): X400AttributeInfo => ({
      key: `ou${n}`,
      label: `organizational unit ${n} (ou${n})`,
      aliases: [],
      // A unit without a level is the first one.
      meantBy: n === 1 ? ['ou', 'unit', 'orgunit'] : [],
      name: `Organizational unit ${n} (ou${n})`,
      minLength: 1,
      maxLength: 32,
      valueKind: 'printable',
      group: 'domain',
      description: `Level ${n} of the organizational units below the organization; units are used in order, ou1 first.`,
      example: `ou${n}=${['Europe', 'Paris', 'Finance', 'Payroll'][n - 1]}`,
    }),
  ),
  {
    key: 'cn',
    label: 'common name (cn)',
    aliases: [],
    meantBy: ['commonname'],
    name: 'Common name (cn)',
    minLength: 1,
    maxLength: 64,
    valueKind: 'printable',
    group: 'personal',
    description: 'A free-form name of the recipient, used instead of or beside the personal name.',
    example: 'cn=Pat Smith',
  },
  {
    key: 's',
    label: 'surname (s)',
    aliases: [],
    meantBy: ['sn', 'surname', 'lastname'],
    name: 'Surname (s)',
    minLength: 1,
    maxLength: 40,
    valueKind: 'printable',
    group: 'personal',
    description: 'The family name of the recipient; needed whenever a given name, initials or generation is written.',
    example: 's=Smith',
  },
  {
    key: 'g',
    label: 'given name (g)',
    aliases: [],
    meantBy: ['gn', 'givenname', 'firstname'],
    name: 'Given name (g)',
    minLength: 1,
    maxLength: 16,
    valueKind: 'printable',
    group: 'personal',
    description: 'The first name of the recipient.',
    example: 'g=Pat',
  },
  {
    key: 'i',
    label: 'initials (i)',
    aliases: [],
    meantBy: ['initials'],
    name: 'Initials (i)',
    minLength: 1,
    maxLength: 5,
    valueKind: 'printable',
    group: 'personal',
    description: 'Initials that tell apart recipients with the same name.',
    example: 'i=JK',
  },
  {
    key: 'q',
    label: 'generation qualifier (q)',
    aliases: ['gq'],
    meantBy: ['generation'],
    name: 'Generation qualifier (q)',
    minLength: 1,
    maxLength: 3,
    valueKind: 'printable',
    group: 'personal',
    description: 'A generation suffix such as Jr or III.',
    example: 'q=Jr',
  },
  {
    key: 'x.121',
    label: 'X.121 address (x.121)',
    aliases: ['x121'],
    name: 'X.121 network address (x.121)',
    minLength: 1,
    maxLength: 15,
    valueKind: 'numeric',
    group: 'other',
    description: 'The public data network address of the recipient; digits only.',
    example: 'x.121=31102345678',
  },
  {
    key: 'n-id',
    label: 'numeric user agent ID (n-id)',
    aliases: ['ua-id'],
    name: 'User agent numeric ID (n-id)',
    minLength: 1,
    maxLength: 32,
    valueKind: 'numeric',
    group: 'other',
    description: 'A numeric identifier of the recipient\'s user agent; digits only.',
    example: 'n-id=12345',
  },
  {
    key: 't-ty',
    label: 'terminal type (t-ty)',
    aliases: [],
    name: 'Terminal type (t-ty)',
    minLength: 1,
    maxLength: 3,
    valueKind: 'numeric',
    group: 'other',
    description: 'The kind of terminal that receives the message, as a number (for example 5 for Group 3 fax).',
    example: 't-ty=5',
  },
  {
    key: 't-id',
    label: 'terminal ID (t-id)',
    aliases: [],
    name: 'Terminal identifier (t-id)',
    minLength: 1,
    maxLength: 24,
    valueKind: 'printable',
    group: 'other',
    description: 'The identifier of the receiving terminal.',
    example: 't-id=TERM01',
  },
  {
    key: 'dda',
    label: 'domain-defined attribute (dda)',
    aliases: [],
    name: 'Domain-defined attribute (dda)',
    minLength: 1,
    maxLength: 128,
    valueKind: 'printable',
    group: 'other',
    description:
      'A gateway-specific attribute written `dda:<type>=<value>`; the type has at most 8 characters, and an address has at most 4 of them.',
    example: 'dda:RFC-822=pat(a)contoso.com',
  },
];

/** Longest DDA type and most DDAs per address (Exchange 5.5 "X.400 Recipient Addresses"). */
export const X400_DDA_TYPE_MAX_LENGTH = 8;
export const X400_MAX_DDA_COUNT = 4;

/** The order Exchange displays attributes in (`c=US;a= ;p=...;o=...;s=...;g=...`). */
export const X400_DISPLAY_ORDER: readonly string[] = X400_ATTRIBUTES.map((a) => a.key);

const byKeyOrAlias = new Map<string, X400AttributeInfo>();
for (const info of X400_ATTRIBUTES) {
  byKeyOrAlias.set(info.key, info);
  for (const alias of info.aliases) byKeyOrAlias.set(alias, info);
}

/** Looks an attribute up by key or alias, case-insensitively (`P`, `PRMD`, `ou2`). */
export function findX400Attribute(key: string): X400AttributeInfo | undefined {
  return byKeyOrAlias.get(key.trim().toLowerCase());
}

/** Every accepted spelling, for "did you mean" suggestions. */
export function x400KeySpellings(): string[] {
  return [...byKeyOrAlias.keys()];
}

const byMeaning = new Map<string, X400AttributeInfo>(X400_ATTRIBUTES.flatMap((info) => (info.meantBy ?? []).map((word) => [word, info] as const)));

/**
 * The attribute an unknown key most likely stands for: a word of another naming scheme first
 * (ou → ou1), else the closest accepted spelling. The diagnostic and its quick fix both ask here.
 */
export function suggestedX400Attribute(key: string): X400AttributeInfo | undefined {
  const typed = key.trim();
  const meant = byMeaning.get(typed.toLowerCase());
  if (meant) return meant;
  const [spelling] = didYouMean(typed, x400KeySpellings(), SHORT_KEYS);
  return spelling === undefined ? undefined : findX400Attribute(spelling);
}
