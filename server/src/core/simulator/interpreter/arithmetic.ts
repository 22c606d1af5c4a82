// The non-comparison binary operators a script may use: arithmetic (`+` also joins strings, arrays
// and hashtables, as PowerShell's does), `-join`, `-split`, `-replace` and `-f`. The left operand's
// type decides the meaning, as in PowerShell.

import { numberText } from '../../values/powershellNumber';
import { toNumber, toText } from './conversion';
import { PsHashtable, type PsValue } from './psValue';

export class OperatorError extends Error {}

export function applyArithmetic(operator: string, left: PsValue, right: PsValue): PsValue {
  switch (operator) {
    case '+':
      return add(left, right);
    case '-':
    case '*':
    case '/':
    case '%':
      return numeric(operator, left, right);
    default:
      throw new OperatorError(`The '${operator}' operator is not supported by the simulator.`);
  }
}

function add(left: PsValue, right: PsValue): PsValue {
  if (left === null) return right;
  if (Array.isArray(left)) return [...left, ...(Array.isArray(right) ? right : [right])];
  if (typeof left === 'string') return left + toText(right);
  if (left instanceof PsHashtable) {
    if (!(right instanceof PsHashtable)) throw new OperatorError('A hash table can only be added to another hash table.');
    const merged = new PsHashtable();
    for (const { key, value } of left.pairs) merged.set(key, value);
    for (const { key, value } of right.pairs) {
      if (merged.has(key)) throw new OperatorError(`Item has already been added. Key in dictionary: '${key}'  Key being added: '${key}'`);
      merged.set(key, value);
    }
    return merged;
  }
  return numeric('+', left, right);
}

function numeric(operator: string, left: PsValue, right: PsValue): PsValue {
  if (typeof left === 'string' && operator === '*') {
    const count = toNumber(right);
    if (count !== undefined) return left.repeat(Math.max(0, Math.trunc(count)));
  }
  const a = toNumber(left);
  const b = toNumber(right);
  if (a === undefined || b === undefined) {
    const culprit = a === undefined ? left : right;
    throw new OperatorError(`Cannot convert value "${toText(culprit)}" to type "System.Int32". Error: "Input string was not in a correct format."`);
  }
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw new OperatorError('Attempted to divide by zero.');
      return a / b;
    default:
      if (b === 0) throw new OperatorError('Attempted to divide by zero.');
      return a % b;
  }
}

export function applyJoin(left: PsValue, right: PsValue): string {
  const items = Array.isArray(left) ? left : [left];
  return items.map(toText).join(toText(right));
}

/** `-split`: the right side is a regular expression, case-insensitive. */
export function applySplit(left: PsValue, right: PsValue): PsValue {
  const items = Array.isArray(left) ? left : [left];
  const pattern = new RegExp(toText(right), 'i');
  return items.flatMap((item) => toText(item).split(pattern));
}

/** `-replace pattern, replacement` (`$1` substitutions as .NET writes them); case-insensitive. */
export function applyReplace(left: PsValue, right: PsValue): PsValue {
  const [pattern, replacement] = Array.isArray(right) ? [right[0] ?? '', right[1] ?? ''] : [right, ''];
  const expression = new RegExp(toText(pattern), 'gi');
  const replaceOne = (item: PsValue) => toText(item).replace(expression, toText(replacement));
  return Array.isArray(left) ? left.map(replaceOne) : replaceOne(left);
}

/** `"{0} is {1}" -f $a, $b`: composite formatting with the alignment part (`{0,-10}`). */
export function applyFormat(left: PsValue, right: PsValue): string {
  const args = Array.isArray(right) ? right : [right];
  return toText(left).replace(/\{\{|\}\}|\{(\d+)(?:,(-?\d+))?(?::[^}]*)?\}/g, (whole, index?: string, width?: string) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    const position = Number(index);
    if (position >= args.length) throw new OperatorError('Index (zero based) must be greater than or equal to zero and less than the size of the argument list.');
    const value = args[position];
    const text = typeof value === 'number' ? numberText(value) : toText(value);
    if (width === undefined) return text;
    const size = Number(width);
    return size < 0 ? text.padEnd(-size) : text.padStart(size);
  });
}
