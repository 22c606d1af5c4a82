// `[int]$x`, `[string]$x`, `[pscustomobject]@{...}`: the casts scripts use to shape values. A cast to a
// type the simulator does not model is refused, because guessing would give wrong results silently.

import { CUSTOM_OBJECT_TYPE, toBoolean, toNumber, toText } from './conversion';
import { PsHashtable, PsObject, type PsValue } from './psValue';

export class CastError extends Error {}

type Cast = (value: PsValue) => PsValue;

const casts: Record<string, Cast> = {
  string: (value) => toText(value),
  bool: (value) => toBoolean(value),
  boolean: (value) => toBoolean(value),
  int: (value) => integer(value, 'System.Int32'),
  int32: (value) => integer(value, 'System.Int32'),
  long: (value) => integer(value, 'System.Int64'),
  int64: (value) => integer(value, 'System.Int64'),
  double: (value) => number(value, 'System.Double'),
  array: (value) => asArray(value),
  'object[]': (value) => asArray(value),
  'string[]': (value) => asArray(value).map(toText),
  object: (value) => value,
  psobject: (value) => value,
  hashtable: (value) => hashtable(value),
  ordered: (value) => hashtable(value),
  pscustomobject: (value) => customObject(value),
};

export function castTo(typeText: string, value: PsValue): PsValue {
  const name = typeText.replace(/^\[|\]$/g, '').trim().toLowerCase().replace(/^system\./, '');
  const cast = casts[name];
  if (!cast) throw new CastError(`The simulator does not support the type [${typeText.replace(/^\[|\]$/g, '')}].`);
  return cast(value);
}

function number(value: PsValue, type: string): number {
  const result = toNumber(value);
  if (result === undefined) throw new CastError(`Cannot convert value "${toText(value)}" to type "${type}". Error: "Input string was not in a correct format."`);
  return result;
}

/** .NET rounds half to even when a double becomes an integer. */
function integer(value: PsValue, type: string): number {
  const result = number(value, type);
  const floor = Math.floor(result);
  const fraction = result - floor;
  if (fraction === 0.5) return floor % 2 === 0 ? floor : floor + 1;
  return Math.round(result);
}

function asArray(value: PsValue): PsValue[] {
  if (value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function hashtable(value: PsValue): PsHashtable {
  if (value instanceof PsHashtable) return value;
  throw new CastError(`Cannot convert the "${toText(value)}" value to type "System.Collections.Hashtable".`);
}

function customObject(value: PsValue): PsValue {
  if (!(value instanceof PsHashtable)) return value;
  return new PsObject(CUSTOM_OBJECT_TYPE, value.pairs.map(({ key, value: item }) => ({ name: key, value: item })));
}
