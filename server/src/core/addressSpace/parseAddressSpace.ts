// Parses and validates one address space `[Type:]Address[;Cost]` the way Exchange reads the
// -AddressSpaces values of New-ForeignConnector and New-SendConnector: type before the first colon
// (SMTP when absent), cost after the last semicolon, then the address checked by its type's rules.
// Never throws; every problem points at the offending part of `text`.

import type {
  AddressSpaceParseResult,
  AddressSpaceProblem,
  CustomAddressSpace,
  ParsedAddressSpace,
  SmtpAddressSpace,
  TextRange,
  X400AddressSpace,
} from './addressSpace';
import { hasErrors, problem, quote } from './addressSpaceProblems';
import { splitAddressSpaceCost, type AddressSpaceCostPart } from './addressSpaceCost';
import { splitAddressSpaceType, type AddressSpaceTypePart } from './addressSpaceType';
import { parseSmtpDomain } from './smtpAddressSpace';
import { parseX400AddressSpace } from './x400AddressSpace';

type Base = Omit<ParsedAddressSpace, 'kind' | 'type'>;

export function parseAddressSpace(text: string): AddressSpaceParseResult {
  if (text.trim() === '') return emptyResult(text);
  const typePart = splitAddressSpaceType(text);
  const costPart = splitAddressSpaceCost(text.slice(typePart.restStart), typePart.restStart, typePart.kind);
  const base = baseOf(text, typePart, costPart);
  const head = [...typePart.problems, ...costPart.problems];
  if (costPart.address.trim() === '') {
    return result(emptyAddressSpace(typePart, base), [...head, emptyAddressProblem(text, costPart.addressRange)]);
  }
  const { addressSpace, problems } = parseAddress(typePart, base, head);
  return result(addressSpace, problems);
}

function parseAddress(
  typePart: AddressSpaceTypePart,
  base: Base,
  head: AddressSpaceProblem[],
): { addressSpace: ParsedAddressSpace; problems: AddressSpaceProblem[] } {
  switch (typePart.kind) {
    case 'smtp':
      if (typePart.typeWritten === undefined && base.text.includes('=')) {
        return { addressSpace: smtpSpace(base), problems: [looksLikeX400(base.text)] };
      }
      return parseSmtp(base, head);
    case 'x400': {
      const parsed = parseX400AddressSpace(base.address, base.addressRange);
      const addressSpace: X400AddressSpace = { ...base, kind: 'x400', type: 'X400', attributes: parsed.attributes };
      return { addressSpace, problems: [...head, ...parsed.problems] };
    }
    default:
      return { addressSpace: customSpace(base, typePart), problems: head };
  }
}

function parseSmtp(base: Base, head: AddressSpaceProblem[]) {
  const parsed = parseSmtpDomain(base.address, base.addressRange);
  const addressSpace: SmtpAddressSpace = { ...base, kind: 'smtp', type: 'SMTP', ...parsed.details };
  return { addressSpace, problems: [...head, ...parsed.problems] };
}

function baseOf(text: string, typePart: AddressSpaceTypePart, costPart: AddressSpaceCostPart): Base {
  return {
    text,
    ...(typePart.typeWritten !== undefined ? { typeWritten: typePart.typeWritten, typeRange: typePart.typeRange } : {}),
    address: costPart.address,
    addressRange: costPart.addressRange,
    cost: costPart.cost,
    ...(costPart.costRange ? { costRange: costPart.costRange } : {}),
  };
}

function smtpSpace(base: Base): SmtpAddressSpace {
  return { ...base, kind: 'smtp', type: 'SMTP', domain: base.address, hasWildcard: false, baseDomain: base.address.toLowerCase(), isLocal: false };
}

function customSpace(base: Base, typePart: AddressSpaceTypePart): CustomAddressSpace {
  return { ...base, kind: 'custom', type: typePart.typeWritten ?? '' };
}

/** What an editor still needs after `X400:` or `FAX:` with nothing typed yet. */
function emptyAddressSpace(typePart: AddressSpaceTypePart, base: Base): ParsedAddressSpace {
  if (typePart.kind === 'x400') return { ...base, kind: 'x400', type: 'X400', attributes: [] };
  if (typePart.kind === 'custom') return customSpace(base, typePart);
  return smtpSpace(base);
}

function emptyAddressProblem(text: string, range: TextRange): AddressSpaceProblem {
  const message = 'The address space has no address after its type; write the domain, X.400 address or custom address, for example SMTP:contoso.com.';
  return problem('address-empty', message, visibleRange(text, range));
}

/** An empty or blank range widened to something an editor can underline: the blank, or a neighbour. */
function visibleRange(text: string, range: TextRange): TextRange {
  if (range.end > range.start) return range;
  if (range.start < text.length) return { start: range.start, end: range.start + 1 };
  return { start: Math.max(range.start - 1, 0), end: range.start };
}

function looksLikeX400(text: string): AddressSpaceProblem {
  const message = `${quote(text)} looks like an X.400 address, but without a type Exchange reads it as an SMTP domain. Write X400:${text}${/;\s*\d+\s*$/.test(text) ? '' : ';1'}.`;
  return problem('smtp-looks-like-x400', message, { start: 0, end: text.length });
}

function emptyResult(text: string): AddressSpaceParseResult {
  const message = 'The address space is empty; write one such as contoso.com, SMTP:*.contoso.com;10 or X400:c=US;a= ;p=Contoso;5.';
  return { addressSpace: undefined, problems: [problem('address-space-empty', message, { start: 0, end: text.length })], valid: false };
}

function result(addressSpace: ParsedAddressSpace, problems: AddressSpaceProblem[]): AddressSpaceParseResult {
  return { addressSpace, problems, valid: !hasErrors(problems) };
}
