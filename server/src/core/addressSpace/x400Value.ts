// Checks one X.400 attribute value: characters, length, digits-only and country rules.
//
// X.400 values are X.409 printable strings: letters, digits, space and ' ( ) + , - . / : = ?
// (Exchange's X400AuthoritativeDomain reference lists the same set). Address spaces may also use
// `*` (any run of characters) and `%` (one character) as wildcards, as Exchange's address-space
// pages have always allowed; neither is a printable-string character, so they cannot clash with
// a real value.

import type { AddressSpaceProblem, TextRange } from './addressSpace';
import { characterAt, describeChar, problem, quote } from './addressSpaceProblems';
import type { X400AttributeInfo } from './x400Attributes';

/** Whether wildcards are allowed: in address spaces yes, in a recipient's O/R address no. */
export type X400Context = 'addressSpace' | 'address';

const PRINTABLE_PUNCTUATION = " '()+,-./:=?";
const PRINTABLE_LIST = "letters, digits, spaces and ' ( ) + , - . / : = ?";

export function isPrintableStringChar(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch) || PRINTABLE_PUNCTUATION.includes(ch);
}

export function isX400Wildcard(ch: string): boolean {
  return ch === '*' || ch === '%';
}

export function hasX400Wildcard(value: string): boolean {
  return value.includes('*') || value.includes('%');
}

/** True for the ADMD written as one space, which Exchange reads as "any ADMD". */
export function isBlankAdmd(info: X400AttributeInfo, value: string): boolean {
  return info.key === 'a' && value === ' ';
}

export interface X400ValueCheck {
  info: X400AttributeInfo;
  value: string;
  valueRange: TextRange;
  /** Where to point when the value is empty (the key and `=`), since an empty range is invisible. */
  emptyRange: TextRange;
  context: X400Context;
}

export function validateX400Value(check: X400ValueCheck): AddressSpaceProblem[] {
  const { info, value } = check;
  if (isBlankAdmd(info, value)) return [];
  if (value.trim() === '') return [emptyValueProblem(check)];
  const charProblem = findInvalidCharacter(check);
  if (charProblem) return [charProblem];
  return [...whitespaceWarnings(check), ...shapeProblems(check)];
}

function emptyValueProblem({ info, emptyRange }: X400ValueCheck): AddressSpaceProblem {
  const hint =
    info.key === 'a'
      ? "Give the carrier's name, or a single space (a= ) to accept any ADMD."
      : 'Give a value or remove the attribute.';
  return problem('x400-attribute-empty', `The X.400 ${info.label} has no value. ${hint}`, emptyRange);
}

function findInvalidCharacter({ info, value, valueRange, context }: X400ValueCheck): AddressSpaceProblem | undefined {
  for (let i = 0; i < value.length; i++) {
    if (isPrintableStringChar(value[i])) continue;
    if (context === 'addressSpace' && isX400Wildcard(value[i])) continue;
    const ch = characterAt(value, i);
    const at = { start: valueRange.start + i, end: valueRange.start + i + ch.length };
    return problem('x400-invalid-character', invalidCharMessage(info, ch, context), at);
  }
  return undefined;
}

function invalidCharMessage(info: X400AttributeInfo, ch: string, context: X400Context): string {
  const wildcards = context === 'addressSpace' ? ', and the wildcards * and %' : '';
  const hint = ch.charCodeAt(0) > 0x7e ? ' Replace it with an ASCII spelling (for example ü → ue).' : ' Remove or replace it.';
  return `The X.400 ${info.label} contains ${describeChar(ch)}, which X.400 does not allow; values may hold only ${PRINTABLE_LIST}${wildcards}.${hint}`;
}

function whitespaceWarnings({ info, value, valueRange }: X400ValueCheck): AddressSpaceProblem[] {
  if (value === value.trim()) return [];
  return [
    problem(
      'x400-value-whitespace',
      `The X.400 ${info.label} ${quote(value)} starts or ends with spaces, which X.400 ignores when comparing. Remove them.`,
      valueRange,
    ),
  ];
}

function shapeProblems(check: X400ValueCheck): AddressSpaceProblem[] {
  switch (check.info.valueKind) {
    case 'country':
      return countryProblems(check);
    case 'numeric':
      return [...digitProblems(check), ...lengthProblems(check)];
    default:
      return lengthProblems(check);
  }
}

function countryProblems({ info, value, valueRange }: X400ValueCheck): AddressSpaceProblem[] {
  if (hasX400Wildcard(value) && value.length <= info.maxLength) return [];
  if (/^[A-Za-z]{2}$/.test(value) || /^[0-9]{3}$/.test(value)) return [];
  return [
    problem(
      'x400-country-invalid',
      `The X.400 country (c) ${quote(value)} is not a country code; use two letters (c=US) or three digits (c=310).`,
      valueRange,
    ),
  ];
}

function digitProblems({ info, value, valueRange, context }: X400ValueCheck): AddressSpaceProblem[] {
  const allowed = context === 'addressSpace' ? /^[0-9*%]+$/ : /^[0-9]+$/;
  if (allowed.test(value)) return [];
  return [
    problem(
      'x400-attribute-not-numeric',
      `The X.400 ${info.label} ${quote(value)} must contain digits only. Remove the other characters.`,
      valueRange,
    ),
  ];
}

function lengthProblems({ info, value, valueRange }: X400ValueCheck): AddressSpaceProblem[] {
  if (value.length <= info.maxLength) return [];
  return [
    problem(
      'x400-attribute-too-long',
      `The X.400 ${info.label} is ${value.length} characters long; Exchange allows at most ${info.maxLength}. Shorten the value.`,
      valueRange,
    ),
  ];
}
