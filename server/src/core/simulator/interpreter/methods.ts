// The .NET methods connector scripts commonly call: string helpers (ToUpper, Trim, Replace, Split,
// StartsWith...), collection helpers (Contains, ContainsKey, Add, Remove) and ToString(). Anything
// else is refused with PowerShell's "does not contain a method" error rather than guessed at.

import { toNumber, toText, typeNameOf } from './conversion';
import { equals } from './comparison';
import { PsHashtable, type PsValue } from './psValue';

export class MethodError extends Error {}

type Method = (target: PsValue, args: PsValue[]) => PsValue;

const stringMethods: Record<string, (text: string, args: PsValue[]) => PsValue> = {
  toupper: (text) => text.toUpperCase(),
  toupperinvariant: (text) => text.toUpperCase(),
  tolower: (text) => text.toLowerCase(),
  tolowerinvariant: (text) => text.toLowerCase(),
  trim: (text, args) => (args.length ? trimChars(text, toText(args[0]), true, true) : text.trim()),
  trimstart: (text, args) => (args.length ? trimChars(text, toText(args[0]), true, false) : text.trimStart()),
  trimend: (text, args) => (args.length ? trimChars(text, toText(args[0]), false, true) : text.trimEnd()),
  // .NET string comparisons in these methods are ordinal, so case matters.
  contains: (text, args) => text.includes(toText(args[0])),
  startswith: (text, args) => text.startsWith(toText(args[0])),
  endswith: (text, args) => text.endsWith(toText(args[0])),
  indexof: (text, args) => text.indexOf(toText(args[0])),
  replace: (text, args) => text.split(toText(args[0])).join(toText(args[1] ?? '')),
  split: (text, args) => splitOnAny(text, args.map(toText).join('')),
  substring: (text, args) => substring(text, args),
  padleft: (text, args) => text.padStart(toNumber(args[0]) ?? 0, toText(args[1] ?? ' ') || ' '),
  padright: (text, args) => text.padEnd(toNumber(args[0]) ?? 0, toText(args[1] ?? ' ') || ' '),
};

const collectionMethods: Record<string, Method> = {
  contains: (target, args) => (Array.isArray(target) ? target.some((item) => equals(item, args[0])) : false),
  containskey: (target, args) => (target instanceof PsHashtable ? target.has(toText(args[0])) : false),
  add: (target, args) => {
    if (!(target instanceof PsHashtable)) throw new MethodError('Collection was of a fixed size.');
    if (target.has(toText(args[0]))) throw new MethodError(`Item has already been added. Key in dictionary: '${toText(args[0])}'`);
    target.set(toText(args[0]), args[1] ?? null);
    return null;
  },
  remove: (target, args) => {
    if (!(target instanceof PsHashtable)) throw new MethodError('Collection was of a fixed size.');
    target.remove(toText(args[0]));
    return null;
  },
};

export function invokeMethod(target: PsValue, name: string, args: PsValue[]): PsValue {
  const lower = name.toLowerCase();
  if (lower === 'tostring') return toText(target);
  if (lower === 'gettype') return typeNameOf(target);
  if (typeof target === 'string' && stringMethods[lower]) return stringMethods[lower](target, args);
  if ((Array.isArray(target) || target instanceof PsHashtable) && collectionMethods[lower]) {
    return collectionMethods[lower](target, args);
  }
  throw new MethodError(`Method invocation failed because [${typeNameOf(target)}] does not contain a method named '${name}'.`);
}

/** `[string]::IsNullOrEmpty($x)` and the like: the static members scripts use for checks. */
export function invokeStaticMethod(typeName: string, name: string, args: PsValue[]): PsValue {
  const type = typeName.toLowerCase().replace(/^system\./, '');
  const lower = name.toLowerCase();
  if (type === 'string' && lower === 'isnullorempty') return args[0] === null || toText(args[0]) === '';
  if (type === 'string' && lower === 'isnullorwhitespace') return args[0] === null || toText(args[0]).trim() === '';
  if (type === 'string' && lower === 'join') return (Array.isArray(args[1]) ? args[1] : args.slice(1)).map(toText).join(toText(args[0]));
  if (type === 'math' && lower === 'max') return Math.max(toNumber(args[0]) ?? 0, toNumber(args[1]) ?? 0);
  if (type === 'math' && lower === 'min') return Math.min(toNumber(args[0]) ?? 0, toNumber(args[1]) ?? 0);
  throw new MethodError(`The simulator does not support calling [${typeName}]::${name}(); scripts run here cannot reach .NET or the machine.`);
}

function trimChars(text: string, chars: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = text.length;
  while (start && from < to && chars.includes(text[from])) from++;
  while (end && to > from && chars.includes(text[to - 1])) to--;
  return text.slice(from, to);
}

function splitOnAny(text: string, separators: string): string[] {
  if (separators === '') return text.split(/\s/);
  const parts: string[] = [];
  let current = '';
  for (const ch of text) {
    if (separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function substring(text: string, args: PsValue[]): string {
  const start = toNumber(args[0]) ?? 0;
  const length = args.length > 1 ? toNumber(args[1]) ?? 0 : text.length - start;
  if (start < 0 || start > text.length || length < 0 || start + length > text.length) {
    throw new MethodError('Index and length must refer to a location within the string.');
  }
  return text.slice(start, start + length);
}
