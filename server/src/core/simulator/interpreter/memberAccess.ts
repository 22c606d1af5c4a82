// `$x.Name` and `$x[0]`: properties of objects and hashtables, the few .NET properties scripts use
// on strings and collections (Length, Count, Keys), and PowerShell's member enumeration, where
// `$connectors.Name` collects the Name of every element.

import { toNumber, toText } from './conversion';
import { PsDateTime, PsHashtable, PsObject, type PsValue } from './psValue';

export function getMember(target: PsValue, name: string): PsValue {
  const lower = name.toLowerCase();
  // `$null.Count` is 0 in PowerShell 3+, so counting an empty result needs no special case.
  if (target === null) return lower === 'count' || lower === 'length' ? 0 : null;
  if (Array.isArray(target)) {
    if (lower === 'count' || lower === 'length') return target.length;
    // Member enumeration: the member of each element, flattened one level.
    return target.flatMap((element) => {
      const value = getMember(element, name);
      return value === null ? [] : Array.isArray(value) ? value : [value];
    });
  }
  if (target instanceof PsObject) return target.get(name) ?? (lower === 'count' || lower === 'length' ? 1 : null);
  if (target instanceof PsHashtable) return hashtableMember(target, name, lower);
  if (typeof target === 'string') return lower === 'length' ? target.length : null;
  if (target instanceof PsDateTime) return dateMember(target, lower);
  // Every scalar has Count 1 in PowerShell 3+, so `$x.Count` works whether $x is one item or many.
  if (lower === 'count' || lower === 'length') return 1;
  return null;
}

function hashtableMember(table: PsHashtable, name: string, lower: string): PsValue {
  if (table.has(name)) return table.get(name) ?? null;
  if (lower === 'count') return table.count;
  if (lower === 'keys') return table.keys;
  if (lower === 'values') return table.pairs.map((pair) => pair.value);
  return null;
}

function dateMember(date: PsDateTime, lower: string): PsValue {
  const d = date.date;
  const parts: Record<string, number> = {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(),
  };
  return parts[lower] ?? null;
}

/** `$x.Name = value` on objects and hashtables; false when the target has no settable member. */
export function setMember(target: PsValue, name: string, value: PsValue): boolean {
  if (target instanceof PsHashtable) {
    target.set(name, value);
    return true;
  }
  if (target instanceof PsObject && target.has(name)) {
    target.set(name, value);
    return true;
  }
  return false;
}

/** `$x[i]`: arrays (negative counts from the end, an array of indexes slices), strings, hashtables. */
export function getIndex(target: PsValue, index: PsValue): PsValue {
  if (Array.isArray(index) && !(target instanceof PsHashtable)) {
    return index.map((one) => getIndex(target, one)).filter((value) => value !== null);
  }
  if (target instanceof PsHashtable) return target.get(toText(index)) ?? null;
  if (target instanceof PsObject) return target.get(toText(index)) ?? null;
  const position = toNumber(index);
  if (position === undefined) return null;
  if (Array.isArray(target)) return elementAt(target, position);
  if (typeof target === 'string') {
    const at = position < 0 ? target.length + position : position;
    return at >= 0 && at < target.length ? target[at] : null;
  }
  // A scalar indexes as a one-element collection.
  return position === 0 || position === -1 ? target : null;
}

function elementAt(items: PsValue[], position: number): PsValue {
  const at = position < 0 ? items.length + position : position;
  return at >= 0 && at < items.length ? items[at] : null;
}

/** `$x[i] = value` on arrays and hashtables; false when the index is out of range. */
export function setIndex(target: PsValue, index: PsValue, value: PsValue): boolean {
  if (target instanceof PsHashtable) {
    target.set(toText(index), value);
    return true;
  }
  const position = toNumber(index);
  if (!Array.isArray(target) || position === undefined) return false;
  const at = position < 0 ? target.length + position : position;
  if (at < 0 || at >= target.length) return false;
  target[at] = value;
  return true;
}
