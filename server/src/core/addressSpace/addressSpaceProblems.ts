// The stable problem codes of the address-space module and a small constructor, so that every
// parser reports problems the same way. Codes are part of the public interface (CLI JSON, SARIF,
// quick fixes): add new ones, never rename.

import type { AddressSpaceProblem, ProblemSeverity, TextRange } from './addressSpace';

export const ADDRESS_SPACE_PROBLEM_CODES = [
  // Whole value, type, address and cost.
  'address-space-empty',
  'type-empty',
  'type-invalid-character',
  'type-x400-misspelled',
  'address-empty',
  'cost-empty',
  'cost-invalid',
  'cost-required',
  'cost-not-integer',
  'cost-out-of-range',
  // SMTP domains.
  'smtp-invalid-character',
  'smtp-contains-mailbox',
  'smtp-looks-like-x400',
  'smtp-empty-label',
  'smtp-label-too-long',
  'smtp-label-hyphen',
  'smtp-domain-too-long',
  'smtp-wildcard-misplaced',
  'smtp-local-address-space',
  // X.400 address spaces and O/R addresses.
  'x400-empty',
  'x400-slash-separators',
  'x400-empty-field',
  'x400-missing-equals',
  'x400-empty-key',
  'x400-unknown-attribute',
  'x400-duplicate-attribute',
  'x400-attribute-empty',
  'x400-attribute-too-long',
  'x400-invalid-character',
  'x400-country-invalid',
  'x400-attribute-not-numeric',
  'x400-value-whitespace',
  'x400-missing-country',
  'x400-missing-admd',
  'x400-missing-domain',
  'x400-surname-required',
  'x400-ou-gap',
  'x400-dda-malformed',
  'x400-dda-type-too-long',
  'x400-too-many-dda',
] as const;

export type AddressSpaceProblemCode = (typeof ADDRESS_SPACE_PROBLEM_CODES)[number];

export function problem(
  code: AddressSpaceProblemCode,
  message: string,
  range: TextRange,
  severity: ProblemSeverity = 'error',
): AddressSpaceProblem {
  return { code, message, start: range.start, end: range.end, severity };
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
