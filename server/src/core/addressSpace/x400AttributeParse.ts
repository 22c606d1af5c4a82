// Turns one `key=value` field into an X400Attribute: finds the key in the attribute table
// (case-insensitive, with aliases), recognises the two ways of writing a domain-defined attribute
// (`dda:TYPE=value` as in RFC 1685 and the MAPI address table, `dda=TYPE:value` as Exchange's MTA
// printed it) and checks the value.

import type { AddressSpaceProblem, TextRange, X400Attribute } from './addressSpace';
import { problem, quote } from './addressSpaceProblems';
import { findX400Attribute, suggestedX400Attribute, X400_DDA_TYPE_MAX_LENGTH, type X400AttributeInfo } from './x400Attributes';
import type { X400Field } from './x400Fields';
import { validateX400Value, type X400Context } from './x400Value';

export interface ParsedX400Field {
  attribute?: X400Attribute;
  problems: AddressSpaceProblem[];
}

interface KeyAndValue {
  key: string;
  keyRange: TextRange;
  value: string;
  valueRange: TextRange;
  /** The key and the `=`, where an empty value is reported. */
  keyAndEquals: TextRange;
}

export function parseX400Field(field: X400Field, context: X400Context): ParsedX400Field {
  const split = splitKeyValue(field);
  if ('problem' in split) return { problems: [split.problem] };
  if (/^dda:/i.test(split.key)) return parseTypedDda(split, context);
  const info = findX400Attribute(split.key);
  if (!info) return { problems: [unknownKeyProblem(split)] };
  if (info.key === 'dda') return parseDdaWithTypeInValue(split, info, context);
  return finish(info, split, context);
}

function splitKeyValue(field: X400Field): KeyAndValue | { problem: AddressSpaceProblem } {
  const trimmedStart = field.raw.length - field.raw.trimStart().length;
  const fieldRange = { start: field.start + trimmedStart, end: field.start + field.raw.trimEnd().length };
  const equals = field.text.indexOf('=');
  if (equals < 0) {
    const message = `${quote(field.raw.trim())} is not an X.400 attribute; write each attribute as key=value (for example p=Contoso), separated by ';'.`;
    return { problem: problem('x400-missing-equals', message, fieldRange) };
  }
  const rawKey = field.text.slice(0, equals);
  const key = rawKey.trim();
  if (key === '') {
    const message = `The X.400 attribute ${quote(field.raw.trim())} has no key before '='; write for example c=US or p=Contoso.`;
    return { problem: problem('x400-empty-key', message, fieldRange) };
  }
  const keyStart = field.start + (rawKey.length - rawKey.trimStart().length);
  const valueStart = field.start + equals + 1;
  return {
    key,
    keyRange: { start: keyStart, end: keyStart + key.length },
    value: field.text.slice(equals + 1),
    valueRange: { start: valueStart, end: field.start + field.raw.length },
    keyAndEquals: { start: keyStart, end: valueStart },
  };
}

function unknownKeyProblem({ key, keyRange }: KeyAndValue): AddressSpaceProblem {
  const suggestion = suggestedX400Attribute(key)?.key;
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : ' Use c, a, p, o, ou1–ou4, cn, s, g, i, q, x.121, n-id, t-ty, t-id or dda:<type>.';
  return problem('x400-unknown-attribute', `'${key}' is not an X.400 attribute that Exchange knows.${hint}`, keyRange);
}

/** `dda:SMTP=value`: the type is in the key. */
function parseTypedDda(split: KeyAndValue, context: X400Context): ParsedX400Field {
  const info = findX400Attribute('dda') as X400AttributeInfo;
  const colon = split.key.indexOf(':');
  const ddaType = split.key.slice(colon + 1).trim();
  const typeRange = { start: split.keyRange.start + colon + 1, end: split.keyRange.end };
  const typeProblem = checkDdaType(ddaType, typeRange.start < typeRange.end ? typeRange : split.keyRange);
  if (typeProblem) return { problems: [typeProblem] };
  return finish(info, split, context, ddaType);
}

/** `dda=SMTP:value`: the type is the value's text before its first colon. */
function parseDdaWithTypeInValue(split: KeyAndValue, info: X400AttributeInfo, context: X400Context): ParsedX400Field {
  const colon = split.value.indexOf(':');
  if (colon < 0) {
    const message = `The domain-defined attribute ${quote(split.value)} has no type; write dda:<type>=<value>, for example dda:RFC-822=pat(a)contoso.com.`;
    return { problems: [problem('x400-dda-malformed', message, split.valueRange.start < split.valueRange.end ? split.valueRange : split.keyRange)] };
  }
  const ddaType = split.value.slice(0, colon).trim();
  const typeRange = { start: split.valueRange.start, end: split.valueRange.start + colon };
  const typeProblem = checkDdaType(ddaType, typeRange.start < typeRange.end ? typeRange : split.keyAndEquals);
  if (typeProblem) return { problems: [typeProblem] };
  const rest = { ...split, value: split.value.slice(colon + 1), valueRange: { start: typeRange.end + 1, end: split.valueRange.end } };
  return finish(info, rest, context, ddaType);
}

function checkDdaType(ddaType: string, range: TextRange): AddressSpaceProblem | undefined {
  if (ddaType === '') {
    return problem('x400-dda-malformed', 'The domain-defined attribute has no type; write dda:<type>=<value>, for example dda:RFC-822=pat(a)contoso.com.', range);
  }
  if (!/^[A-Za-z0-9 '()+,\-./=?]+$/.test(ddaType)) {
    return problem('x400-dda-malformed', `The domain-defined attribute type ${quote(ddaType)} may hold only letters, digits, spaces and ' ( ) + , - . / = ?.`, range);
  }
  if (ddaType.length > X400_DDA_TYPE_MAX_LENGTH) {
    const message = `The domain-defined attribute type ${quote(ddaType)} is ${ddaType.length} characters long; Exchange allows at most ${X400_DDA_TYPE_MAX_LENGTH}. Shorten it.`;
    return problem('x400-dda-type-too-long', message, range);
  }
  return undefined;
}

function finish(info: X400AttributeInfo, split: KeyAndValue, context: X400Context, ddaType?: string): ParsedX400Field {
  const problems = validateX400Value({
    info,
    value: split.value,
    valueRange: split.valueRange,
    emptyRange: split.keyAndEquals,
    context,
  });
  const attribute: X400Attribute = {
    key: split.key,
    canonicalKey: info.key,
    value: split.value,
    keyRange: split.keyRange,
    valueRange: split.valueRange,
    ...(ddaType !== undefined ? { ddaType } : {}),
  };
  return { attribute, problems };
}
