// The stable problem codes of the address-space module and a small constructor, so that every
// parser reports problems the same way. Codes are part of the public interface (CLI JSON, SARIF,
// quick fixes): add new ones, never rename.

import type { AddressSpaceProblem, ProblemSeverity, TextRange } from './addressSpace';

/** A problem code's default severity and what it means, for rule lists (SARIF, the README). */
export interface ProblemKind {
  severity: ProblemSeverity;
  description: string;
}

const error = (description: string): ProblemKind => ({ severity: 'error', description });
const warning = (description: string): ProblemKind => ({ severity: 'warning', description });

/** Every problem code, with the severity it is reported at; the single list of them. */
export const ADDRESS_SPACE_PROBLEMS = {
  // Whole value, type, address and cost.
  'address-space-empty': error('The address space is empty.'),
  'type-empty': error('Nothing is written before the colon that should end the address type (SMTP:, X400:, or a custom type).'),
  'type-invalid-character': error('The address type holds a character an address type may not have.'),
  'type-x400-misspelled': warning('The address type looks like a misspelling of X400, so the address would be taken as a custom type.'),
  'address-empty': error('Nothing follows the address type.'),
  'cost-empty': error('The address space ends with a semicolon but gives no cost after it.'),
  'cost-invalid': error('The cost after the last semicolon is not a number.'),
  'cost-required': error('A non-SMTP address space that contains a semicolon must end with its cost (;1), or Exchange reads its last part as the cost.'),
  'cost-not-integer': error('The cost is not a whole number.'),
  'cost-out-of-range': error('The cost is outside 1 to 100.'),
  // SMTP domains.
  'smtp-invalid-character': error('The SMTP domain holds a character a domain name may not have.'),
  'smtp-contains-mailbox': error('An SMTP address space names a domain, not a mailbox: the part before @ does not belong.'),
  'smtp-looks-like-x400': error('An address space taken as SMTP holds X.400 attributes; it needs the X400: type.'),
  'smtp-empty-label': error('The SMTP domain has an empty label (two dots in a row, or a dot at an end).'),
  'smtp-label-too-long': error('A label of the SMTP domain is longer than 63 characters.'),
  'smtp-label-hyphen': error('A label of the SMTP domain starts or ends with a hyphen.'),
  'smtp-domain-too-long': error('The SMTP domain is longer than 255 characters.'),
  'smtp-wildcard-misplaced': error('The * wildcard stands alone or as the whole first label (*.contoso.com), nowhere else.'),
  'smtp-local-address-space': warning('The address space -- (all accepted domains) is meant for Send connectors on Edge Transport servers; other connectors never route to it.'),
  // X.400 address spaces and O/R addresses.
  'x400-empty': error('The X.400 address space has no attributes.'),
  'x400-slash-separators': error('The X.400 attributes are separated by slashes; Exchange separates them with semicolons.'),
  'x400-empty-field': warning('Two separators in a row leave an empty X.400 attribute.'),
  'x400-missing-equals': error('An X.400 attribute has no = between its key and its value.'),
  'x400-empty-key': error('An X.400 attribute has a value but no key before its =.'),
  'x400-unknown-attribute': error('An X.400 attribute key is not one Exchange knows (c, a, p, o, ou1 to ou4, s, g, i, q, cn, dda:...).'),
  'x400-duplicate-attribute': error('The same X.400 attribute is given twice.'),
  'x400-attribute-empty': error('An X.400 attribute that needs a value has none.'),
  'x400-attribute-too-long': error('An X.400 attribute value is longer than the standard allows for that attribute.'),
  'x400-invalid-character': error('An X.400 value holds a character outside the printable set X.400 allows.'),
  'x400-country-invalid': error('The X.400 country (c) is not a two-letter ISO 3166 code or a three-digit X.121 code.'),
  'x400-attribute-not-numeric': error('An X.400 attribute that may hold digits only holds other characters.'),
  'x400-value-whitespace': warning('An X.400 value starts or ends with spaces, which X.400 ignores when comparing.'),
  'x400-missing-country': error('The X.400 address has no country (c), which every O/R address needs.'),
  'x400-missing-admd': error('The X.400 address has no administration management domain (a); a single space means any.'),
  'x400-missing-domain': warning('The X.400 address names only a country and ADMD; Exchange expects a PRMD, organization or unit (p, o, ou1) as well.'),
  'x400-surname-required': warning('Given name, initials or generation qualifier are given without a surname (s).'),
  'x400-ou-gap': warning('An organizational unit is skipped (ou2 without ou1, say).'),
  'x400-dda-malformed': error('A domain-defined attribute is not in the form dda:type=value.'),
  'x400-dda-type-too-long': error('The type of a domain-defined attribute is longer than Exchange allows.'),
  'x400-too-many-dda': error('The address has more domain-defined attributes than an X.400 address may carry.'),
} as const satisfies Record<string, ProblemKind>;

export type AddressSpaceProblemCode = keyof typeof ADDRESS_SPACE_PROBLEMS;

export const ADDRESS_SPACE_PROBLEM_CODES = Object.keys(ADDRESS_SPACE_PROBLEMS) as AddressSpaceProblemCode[];

export function problem(
  code: AddressSpaceProblemCode,
  message: string,
  range: TextRange,
): AddressSpaceProblem {
  return { code, message, start: range.start, end: range.end, severity: ADDRESS_SPACE_PROBLEMS[code].severity };
}

export function hasErrors(problems: readonly AddressSpaceProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Quotes a fragment of user text for a message, showing spaces and empty text visibly. */
export function quote(text: string): string {
  if (text === '') return 'an empty value';
  if (text === ' ') return "' ' (a single space)";
  return `'${text}'`;
}

/**
 * The whole character at `index`: a surrogate pair, or a CRLF line break, counts as one, so a
 * problem's range never ends inside it (an LSP position between \r and \n lies beyond its line).
 */
export function characterAt(text: string, index: number): string {
  if (text.startsWith('\r\n', index)) return '\r\n';
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

/** Names a character for a message: "'#'", "a space", "U+00FC 'ü'". */
export function describeChar(ch: string): string {
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `the control character U+${hex4(code)}`;
  if (code > 0x7e) return `'${ch}' (U+${hex4(code)})`;
  return `'${ch}'`;
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
