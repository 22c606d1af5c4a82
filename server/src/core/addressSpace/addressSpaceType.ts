// The `Type:` prefix of an address space. Exchange takes the text before the first colon as the
// type: SMTP and X400 (any case) have their own syntax, any other text is a custom type such as FAX
// whose address is free text, and no colon at all means SMTP (New-ForeignConnector reference).

import type { AddressSpaceProblem, TextRange } from './addressSpace';
import { characterAt, describeChar, problem } from './addressSpaceProblems';

export type AddressSpaceKind = 'smtp' | 'x400' | 'custom';

export interface AddressSpaceTypePart {
  kind: AddressSpaceKind;
  /** The type as written (trimmed), when a colon is present. */
  typeWritten?: string;
  typeRange?: TextRange;
  /** Offset where the address (and cost) start. */
  restStart: number;
  problems: AddressSpaceProblem[];
}

export function splitAddressSpaceType(text: string): AddressSpaceTypePart {
  const colon = text.indexOf(':');
  if (colon < 0) return { kind: 'smtp', restStart: 0, problems: [] };
  const raw = text.slice(0, colon);
  const typeWritten = raw.trim();
  const start = raw.length - raw.trimStart().length;
  const typeRange = { start, end: start + typeWritten.length };
  const restStart = colon + 1;
  if (typeWritten === '') {
    const message = "Nothing comes before ':'; write the address space type (SMTP, X400 or a custom type such as FAX), or drop the ':' for an SMTP domain.";
    return { kind: 'smtp', restStart, problems: [problem('type-empty', message, { start: colon, end: colon + 1 })] };
  }
  return { kind: kindOf(typeWritten), typeWritten, typeRange, restStart, problems: typeProblems(raw, typeWritten) };
}

export function kindOf(type: string): AddressSpaceKind {
  const upper = type.toUpperCase();
  if (upper === 'SMTP') return 'smtp';
  if (upper === 'X400') return 'x400';
  return 'custom';
}

function typeProblems(raw: string, typeWritten: string): AddressSpaceProblem[] {
  const bad = /[\s;@=,"]/.exec(raw);
  if (bad) {
    const ch = characterAt(raw, bad.index);
    const message = `The address space type contains ${describeChar(ch)}; a type is one word such as SMTP, X400 or FAX. Remove the character.`;
    return [problem('type-invalid-character', message, { start: bad.index, end: bad.index + ch.length })];
  }
  const start = raw.length - raw.trimStart().length;
  if (looksLikeX400(typeWritten)) {
    const message = `'${typeWritten}' is not the X.400 type; Exchange treats it as a custom type, so the address is not checked or routed as X.400. Write X400.`;
    return [problem('type-x400-misspelled', message, { start, end: start + typeWritten.length })];
  }
  return [];
}

/** `X.400`, `X-400`, `X4OO`: spellings an administrator means as X400 but Exchange would not. */
function looksLikeX400(type: string): boolean {
  if (kindOf(type) === 'x400') return false;
  return type.toUpperCase().replace(/[.\-_ ]/g, '').replace(/O/g, '0') === 'X400';
}
