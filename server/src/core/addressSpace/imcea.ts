// IMCEA encapsulation: carrying a non-SMTP address (X400, FAX, EX...) inside an SMTP address as
// `IMCEA<type>-<encoded address>@<domain>`.
//
// Rules, from [MS-OXCMAIL] 2.1.3.1.8 "IMCEA Encapsulation" and KB 323351 (plus-encoding):
// - letters, digits, `-` and `=` stay as they are; `/` becomes `_`; every other octet becomes `+`
//   and two hex digits (so `;` is `+3B`, a space `+20`, `_` itself `+5F`, `+` itself `+2B`);
// - the decoder takes the type up to the first `-` after `IMCEA`; when the type itself is encoded,
//   every non-alphanumeric character of it is escaped, which keeps that first `-` unambiguous;
// - the `IMCEA` prefix is case-sensitive and must be upper case (KB 271575).
// Octets outside ASCII are taken from UTF-8. Decoding also accepts characters a writer left
// unescaped (`IMCEAX400-c=US;a=...@contoso.com`), since real gateways are not always strict.

export interface ImceaAddress {
  /** The encapsulated address type, e.g. `X400`, `FAX`, `EX`. */
  type: string;
  /** The encapsulated address, decoded. */
  address: string;
  /** The SMTP domain after `@`. */
  domain: string;
}

export const IMCEA_PREFIX = 'IMCEA';

const utf8 = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF (`+EF+BB+BF`): it is part of the address, not a byte-order mark.
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** `IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com`. `type` must not be empty. */
export function encodeImcea(type: string, address: string, domain: string): string {
  return `${IMCEA_PREFIX}${encodeType(type)}-${encodeAddress(address)}@${domain}`;
}

/** Decodes an encapsulated address; undefined when `text` is not one. */
export function decodeImcea(text: string): ImceaAddress | undefined {
  if (!text.startsWith(IMCEA_PREFIX)) return undefined;
  const at = text.lastIndexOf('@');
  if (at < 0 || at === text.length - 1) return undefined;
  const local = text.slice(IMCEA_PREFIX.length, at);
  const hyphen = local.indexOf('-');
  if (hyphen <= 0) return undefined;
  return {
    type: unescapeImcea(local.slice(0, hyphen), false),
    address: unescapeImcea(local.slice(hyphen + 1), true),
    domain: text.slice(at + 1),
  };
}

/** The strictly encoded form of an IMCEA address (a writer may have left `;` or spaces raw); unchanged when `text` is not one. */
export function canonicalImcea(text: string): string {
  const decoded = decodeImcea(text);
  return decoded ? encodeImcea(decoded.type, decoded.address, decoded.domain) : text;
}

export function isImcea(text: string): boolean {
  return decodeImcea(text) !== undefined;
}

function encodeType(type: string): string {
  return encodeWith(type, (ch) => /^[A-Za-z0-9]$/.test(ch));
}

function encodeAddress(address: string): string {
  return encodeWith(address, (ch) => /^[A-Za-z0-9=-]$/.test(ch), true);
}

function encodeWith(text: string, isLiteral: (ch: string) => boolean, slashAsUnderscore = false): string {
  let out = '';
  for (const ch of text) {
    if (isLiteral(ch)) out += ch;
    else if (slashAsUnderscore && ch === '/') out += '_';
    else out += [...utf8.encode(ch)].map((byte) => `+${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

/** Turns `+XX` back into octets (decoded as UTF-8) and, in the address, `_` back into `/`. */
function unescapeImcea(text: string, underscoreIsSlash: boolean): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const escape = /^\+([0-9A-Fa-f]{2})/.exec(text.slice(i, i + 3));
    if (escape) {
      bytes.push(parseInt(escape[1], 16));
      i += 2;
    } else if (underscoreIsSlash && text[i] === '_') {
      bytes.push(0x2f);
    } else {
      const codePoint = text.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(codePoint);
      bytes.push(...utf8.encode(ch));
      i += ch.length - 1;
    }
  }
  return utf8Decoder.decode(new Uint8Array(bytes));
}
