// PowerShell's comparison operators. Every one is case-insensitive unless written with a `c` prefix
// (-ceq, -clike); an `i` prefix is the explicit default. With an array on the left, the scalar
// operators filter: `@(1,2,3) -gt 1` is `2,3`. The right operand converts to the left one's type.

import { toNumber, toText } from './conversion';
import { PsHashtable, type PsValue } from './psValue';
import { matchesWildcard } from '../../values/wildcard';

export interface ComparisonResult {
  value: PsValue;
  /** The capture groups of a successful scalar -match, for `$Matches`. */
  matches?: PsHashtable;
}

const scalarOperators = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch']);
const containmentOperators = new Set(['contains', 'notcontains', 'in', 'notin']);

/** The operator without dash and case prefix, and whether it is case-sensitive; undefined if not a comparison. */
export function parseComparisonOperator(operator: string): { name: string; caseSensitive: boolean } | undefined {
  const bare = operator.toLowerCase().replace(/^-/, '');
  for (const [prefix, caseSensitive] of [['c', true], ['i', false], ['', false]] as const) {
    if (!bare.startsWith(prefix)) continue;
    const name = bare.slice(prefix.length);
    if (scalarOperators.has(name) || containmentOperators.has(name)) return { name, caseSensitive };
  }
  return undefined;
}

export function compare(operator: string, left: PsValue, right: PsValue): ComparisonResult {
  const parsed = parseComparisonOperator(operator);
  if (!parsed) throw new Error(`Not a comparison operator: ${operator}`);
  const { name, caseSensitive } = parsed;
  if (containmentOperators.has(name)) return { value: containment(name, left, right, caseSensitive) };
  if (Array.isArray(left)) {
    return { value: left.filter((element) => scalarComparison(name, element, right, caseSensitive).value === true) };
  }
  return scalarComparison(name, left, right, caseSensitive);
}

function containment(name: string, left: PsValue, right: PsValue, caseSensitive: boolean): boolean {
  const [collection, item] = name === 'contains' || name === 'notcontains' ? [left, right] : [right, left];
  const elements = Array.isArray(collection) ? collection : [collection];
  const found = elements.some((element) => equals(element, item, caseSensitive));
  return name.startsWith('not') ? !found : found;
}

function scalarComparison(name: string, left: PsValue, right: PsValue, caseSensitive: boolean): ComparisonResult {
  switch (name) {
    case 'eq':
      return { value: equals(left, right, caseSensitive) };
    case 'ne':
      return { value: !equals(left, right, caseSensitive) };
    case 'gt':
      return { value: order(left, right, caseSensitive) > 0 };
    case 'ge':
      return { value: order(left, right, caseSensitive) >= 0 };
    case 'lt':
      return { value: order(left, right, caseSensitive) < 0 };
    case 'le':
      return { value: order(left, right, caseSensitive) <= 0 };
    case 'like':
    case 'notlike': {
      const like = matchesWildcard(toText(left), toText(right), caseSensitive);
      return { value: name === 'like' ? like : !like };
    }
    default:
      return regexMatch(name, left, right, caseSensitive);
  }
}

function regexMatch(name: string, left: PsValue, right: PsValue, caseSensitive: boolean): ComparisonResult {
  const expression = new RegExp(toText(right), caseSensitive ? '' : 'i');
  const found = expression.exec(toText(left));
  if (name === 'notmatch') return { value: found === null };
  if (!found) return { value: false };
  const matches = new PsHashtable();
  found.forEach((group, index) => {
    if (group !== undefined) matches.set(String(index), group);
  });
  for (const [groupName, group] of Object.entries(found.groups ?? {})) {
    if (group !== undefined) matches.set(groupName, group);
  }
  return { value: true, matches };
}

/** `-eq`: the right side converts to the left side's type; strings compare case-insensitively. */
export function equals(left: PsValue, right: PsValue, caseSensitive = false): boolean {
  if (left === null || right === null) return left === right;
  if (typeof left === 'number') {
    const number = toNumber(right);
    return number !== undefined && number === left;
  }
  if (typeof left === 'boolean') return left === toBooleanOperand(right);
  if (typeof left === 'string') {
    const other = toText(right);
    return caseSensitive ? left === other : left.toLowerCase() === other.toLowerCase();
  }
  if (typeof right === 'string') return equals(toText(left), right, caseSensitive);
  return left === right;
}

/** A Boolean on the left compares by truthiness of the right, as `[bool]` conversion does. */
function toBooleanOperand(value: PsValue): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (typeof value === 'number') return value !== 0;
  return value === true || (Array.isArray(value) && value.length > 0) || (value !== false && value !== null);
}

/** Sort order for -gt/-lt and Sort-Object: numbers numerically, everything else as text. */
export function order(left: PsValue, right: PsValue, caseSensitive = false): number {
  if (left === null && right === null) return 0;
  if (left === null) return -1;
  if (right === null) return 1;
  if (typeof left === 'number' || typeof left === 'boolean') {
    const a = toNumber(left) ?? 0;
    const b = toNumber(right);
    if (b !== undefined) return Math.sign(a - b);
  }
  const a = toText(left);
  const b = toText(right);
  if (caseSensitive) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b, 'en-US', { sensitivity: 'accent' });
}
