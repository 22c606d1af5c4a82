// The `;Cost` suffix of an address space.
//
// Exchange (New-ForeignConnector / New-SendConnector reference) reads the text after the last `;`
// as the cost: an integer from 1 to 100, lower preferred, 1 when omitted. A non-SMTP address space
// that itself contains `;` (every X.400 address with two attributes) must therefore end with its
// cost, or its last attribute would be read as the cost: `X400:c=US;a=Fabrikam;P=Contoso;5`.
// An SMTP domain never contains `;`, so there the last field is always meant as the cost.

import type { AddressSpaceProblem, TextRange } from './addressSpace';
import { problem, quote } from './addressSpaceProblems';
import type { AddressSpaceKind } from './addressSpaceType';

export const MIN_COST = 1;
export const MAX_COST = 100;
export const DEFAULT_COST = 1;

export interface AddressSpaceCostPart {
  address: string;
  addressRange: TextRange;
  cost: number;
  costRange?: TextRange;
  problems: AddressSpaceProblem[];
}

/** Splits `rest` (the text after the type) into address and cost; `offset` is where `rest` starts. */
export function splitAddressSpaceCost(rest: string, offset: number, kind: AddressSpaceKind): AddressSpaceCostPart {
  const separator = rest.lastIndexOf(';');
  if (separator < 0) return withoutCost(rest, offset);
  const tail = rest.slice(separator + 1);
  const addressBeforeCost = {
    address: rest.slice(0, separator),
    addressRange: { start: offset, end: offset + separator },
  };
  if (tail.trim() === '') {
    return { ...addressBeforeCost, cost: DEFAULT_COST, problems: [emptyCostProblem(offset + separator, kind)] };
  }
  const tailRange = trimmedRange(tail, offset + separator + 1);
  if (looksNumeric(tail)) {
    const { cost, problems } = checkCost(tail.trim(), tailRange);
    return { ...addressBeforeCost, cost, costRange: tailRange, problems };
  }
  if (kind === 'smtp') {
    const message = `The cost ${quote(tail.trim())} is not a number; write a whole number from ${MIN_COST} to ${MAX_COST} after the last ';' (lower is preferred).`;
    return { ...addressBeforeCost, cost: DEFAULT_COST, problems: [problem('cost-invalid', message, tailRange)] };
  }
  return { ...withoutCost(rest, offset), problems: [costRequiredProblem(tail.trim(), tailRange)] };
}

function withoutCost(rest: string, offset: number): AddressSpaceCostPart {
  return { address: rest, addressRange: { start: offset, end: offset + rest.length }, cost: DEFAULT_COST, problems: [] };
}

function looksNumeric(text: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim());
}

function checkCost(text: string, range: TextRange): { cost: number; problems: AddressSpaceProblem[] } {
  const value = Number(text);
  if (!Number.isInteger(value)) {
    const message = `The cost ${quote(text)} is not a whole number; use an integer from ${MIN_COST} to ${MAX_COST}.`;
    return { cost: DEFAULT_COST, problems: [problem('cost-not-integer', message, range)] };
  }
  if (value < MIN_COST || value > MAX_COST) {
    const message = `The cost ${text} is out of range; Exchange accepts ${MIN_COST} to ${MAX_COST} (a lower cost is preferred). Use a value in that range.`;
    return { cost: DEFAULT_COST, problems: [problem('cost-out-of-range', message, range)] };
  }
  return { cost: value, problems: [] };
}

function emptyCostProblem(separatorAt: number, kind: AddressSpaceKind): AddressSpaceProblem {
  const message =
    kind === 'smtp'
      ? `The address space ends with ';' but no cost follows; add a cost from ${MIN_COST} to ${MAX_COST} (for example ;1) or remove the ';'.`
      : `The address space ends with ';' but no cost follows. Exchange reads the text after the last ';' as the cost, so an address that contains ';' must end with one: add it, for example ;1.`;
  return problem('cost-empty', message, { start: separatorAt, end: separatorAt + 1 });
}

function costRequiredProblem(tail: string, range: TextRange): AddressSpaceProblem {
  const message = `This address space contains ';', so Exchange reads its last part ${quote(tail)} as the cost and fails. A non-SMTP address space with ';' must state its cost: append one, for example ;1.`;
  return problem('cost-required', message, range);
}

function trimmedRange(text: string, offset: number): TextRange {
  const start = offset + (text.length - text.trimStart().length);
  return { start, end: start + text.trim().length };
}
