// How a property value reads in a list or table cell: collections in braces (`{Hub01, Hub02}`),
// cut after $FormatEnumerationLimit items as PowerShell does, Booleans as True/False, `$null` empty.

import { toText } from '../conversion';
import { PsHashtable, type PsValue } from '../psValue';

/** PowerShell's default $FormatEnumerationLimit. */
export const FORMAT_ENUMERATION_LIMIT = 4;

export function displayValue(value: PsValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return displayCollection(value);
  if (value instanceof PsHashtable) return displayCollection(value.pairs.map((pair) => `[${pair.key}, ${toText(pair.value)}]`));
  return toText(value);
}

function displayCollection(items: PsValue[]): string {
  const shown = items.slice(0, FORMAT_ENUMERATION_LIMIT).map((item) => (Array.isArray(item) ? displayCollection(item) : toText(item)));
  const more = items.length > FORMAT_ENUMERATION_LIMIT ? '...' : '';
  return `{${shown.join(', ')}${more}}`;
}
