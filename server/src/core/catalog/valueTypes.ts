// What each catalog value type accepts, decided once. The editor (over values known before the script
// runs) and the interpreter (over evaluated values) both describe a value as a ScalarInput and ask
// acceptValue; each renders a rejection its own way (a finding, or the shell's error text), so the
// two can no longer disagree about whether a value is valid.

import type { AddressSpaceProblem } from '../addressSpace/addressSpace';
import { formatAddressSpace } from '../addressSpace/formatAddressSpace';
import { parseAddressSpace } from '../addressSpace/parseAddressSpace';
import { parseSize } from '../values/byteQuantifiedSize';
import { formatTimeSpan, parseTimeSpan } from '../values/enhancedTimeSpan';
import { numberText, parseNumberText } from '../values/powershellNumber';
import { filterProblems, type FilterProblem } from './filterAcceptance';
import { DOMAIN_NAME } from './networkAddresses';
import { FILTER_OBJECTS } from './queueViewerObjects';
import { dotNetTypeName } from './typeNames';
import type { ValueType } from './types';

/** One value as both sides can describe it. `T` is the caller's own value, handed back unchanged
 * where the type keeps the value as given (a script block, a piped object). */
export type ScalarInput<T = never> =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | OtherInput<T>;

export interface OtherInput<T> {
  kind: 'other';
  /** The .NET type name, e.g. `System.Management.Automation.ScriptBlock`. */
  typeName: string;
  value: T;
  /** Its text as PowerShell's conversion to string gives it; undefined when only a run knows it
   * (a script block's text in the editor), and then text-reading types do not judge it. */
  text?: string;
  /** The Identity (or Name) an Exchange object carries, which identity parameters take. */
  identity?: string;
}

const SCRIPT_BLOCK_TYPE = dotNetTypeName({ kind: 'scriptBlock' });
const DATE_TIME_TYPE = dotNetTypeName({ kind: 'dateTime' });

/** How a range failure's numbers read: a count, bytes, or seconds of a time span. */
export type RangeUnit = 'count' | 'bytes' | 'seconds';

/** Why a value is refused, as data; the editor and the shell word it differently. */
export type Rejection =
  | { problem: 'not-boolean' }
  | { problem: 'not-switch' }
  | { problem: 'not-integer' }
  | { problem: 'not-size' }
  | { problem: 'not-timespan' }
  | { problem: 'out-of-range'; value: number; min?: number; max?: number; unit: RangeUnit }
  | { problem: 'not-enum-value'; text: string }
  | { problem: 'bad-path-character'; character: string }
  /** `network`: the path is a share where a local one is needed; otherwise it is relative. */
  | { problem: 'not-full-path'; network: boolean }
  | { problem: 'invalid-address-space'; problems: AddressSpaceProblem[] }
  | { problem: 'not-fqdn' }
  | { problem: 'not-smtp-address' }
  | { problem: 'too-long'; length: number; maxLength: number }
  | { problem: 'pattern-mismatch'; pattern: string }
  | { problem: 'not-script-block' }
  | { problem: 'not-date-time' }
  | { problem: 'invalid-filter'; problems: FilterProblem[] };

/** The value converted to the type: sizes to bytes or `Unlimited`, time spans and address spaces to
 * Exchange's display text, enum values to their canonical casing, dates to a Date. */
export type AcceptedValue<T> = string | number | boolean | Date | null | T;

export type Acceptance<T> =
  /** `warnings`: address-space problems that do not stop Exchange from taking the value. */
  | { ok: true; value: AcceptedValue<T>; warnings?: AddressSpaceProblem[] }
  | { ok: false; reason: Rejection };

type Kind = ValueType['kind'];
type Decide<K extends Kind> = <T>(type: Extract<ValueType, { kind: K }>, input: ScalarInput<T>) => Acceptance<T>;
/** A decider that reads nothing of the type beyond its kind. */
type DecideAny = <T>(type: ValueType, input: ScalarInput<T>) => Acceptance<T>;

export function acceptValue<T>(type: ValueType, input: ScalarInput<T>): Acceptance<T> {
  // The table pairs each kind with its decider, which TypeScript cannot correlate through the lookup.
  const decide = deciders[type.kind] as DecideAny;
  return decide(type, input);
}

/**
 * The values one text stands for: a [Flags] enum's text may name several, comma-separated
 * (`-AuthMechanism "Tls,ExternalAuthoritative"`), as .NET parses a flags value; any other text is one value.
 */
export function flagsItems(type: ValueType, text: string): string[] {
  if (type.kind !== 'enum' || !type.flags || !text.includes(',')) return [text];
  return text.split(',').map((part) => part.trim());
}

/**
 * Whether a hashtable is itself a value of the type: any object is, and a property name may be a
 * calculated property (`Select-Object @{ n = "Id2"; e = { $_.Id } }`). Other types take a hashtable
 * only as Exchange's `@{Add=...; Remove=...}` change of a multi-valued property.
 */
export function takesHashtableValue(type: ValueType): boolean {
  return type.kind === 'object' || type.kind === 'propertyName';
}

/** `@{Add=...; Remove=...}` for a multi-valued property: the canonical key, or undefined for any other key. */
export function multiValuedChangeKey(key: string): 'Add' | 'Remove' | undefined {
  return /^add$/i.test(key) ? 'Add' : /^remove$/i.test(key) ? 'Remove' : undefined;
}

const accept = <T>(value: AcceptedValue<T>): Acceptance<T> => ({ ok: true, value });
const reject = <T>(reason: Rejection): Acceptance<T> => ({ ok: false, reason });

/** The text PowerShell converts a value to: `$null` is empty, Booleans are True/False. */
function textOf<T>(input: ScalarInput<T>): string | undefined {
  switch (input.kind) {
    case 'text':
      return input.text;
    case 'number':
      return numberText(input.value);
    case 'boolean':
      return input.value ? 'True' : 'False';
    case 'null':
      return '';
    case 'other':
      return input.text;
  }
}

/** The value as given, for types that keep it. */
function asGiven<T>(input: ScalarInput<T>): AcceptedValue<T> {
  switch (input.kind) {
    case 'text':
      return input.text;
    case 'number':
    case 'boolean':
      return input.value;
    case 'null':
      return null;
    case 'other':
      return input.value;
  }
}

/** Runs `decide` on the value's text; a value whose text only a run knows is not judged. */
function withText<T>(input: ScalarInput<T>, decide: (text: string) => Acceptance<T>): Acceptance<T> {
  const text = textOf(input);
  return text === undefined ? accept(asGiven(input)) : decide(text);
}

/** `$null` clears a text setting (Exchange then shows it empty); types that are not text refuse it. */
function clearsText<T>(input: ScalarInput<T>): boolean {
  return input.kind === 'null';
}

// ---- Booleans and numbers -----------------------------------------------------------------------

/** PowerShell's Boolean parameters take $true/$false and numbers (non-zero is true), never text. */
const decideBoolean: DecideAny = (_type, input) => {
  if (input.kind === 'boolean') return accept(input.value);
  if (input.kind === 'number') return accept(input.value !== 0);
  return reject({ problem: 'not-boolean' });
};

/** `-Force:$false`: a switch takes a Boolean or 0/1 after the colon. */
const decideSwitch: DecideAny = (_type, input) => {
  if (input.kind === 'boolean') return accept(input.value);
  if (input.kind === 'number' && (input.value === 0 || input.value === 1)) return accept(input.value === 1);
  return reject({ problem: 'not-switch' });
};

function inRange<T>(value: number, min: number | undefined, max: number | undefined, unit: RangeUnit, converted: AcceptedValue<T>): Acceptance<T> {
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return accept(converted);
  return reject({ problem: 'out-of-range', value, min, max, unit });
}

/** Int32, or Unlimited<Int32> with the word `unlimited`; text converts as PowerShell reads numbers. */
const decideInteger: Decide<'int'> = (type, input) => {
  if (input.kind === 'boolean' || input.kind === 'other') return reject({ problem: 'not-integer' });
  const text = textOf(input) ?? '';
  if (type.unlimited && /^\s*unlimited\s*$/i.test(text)) return accept('Unlimited');
  const number = input.kind === 'number' ? input.value : parseNumberText(text);
  if (number === undefined || (!Number.isInteger(number) && !type.fractional)) return reject({ problem: 'not-integer' });
  return inRange(number, type.min, type.max, 'count', number);
};

/** ByteQuantifiedSize: a number is bytes; text is `10MB`, `25 MB`, or `unlimited` where allowed. */
const decideSize: Decide<'size'> = (type, input) => {
  if (input.kind === 'null' || input.kind === 'boolean') return reject({ problem: 'not-size' });
  if (input.kind === 'number') return inRange(input.value, type.min, type.max, 'bytes', input.value);
  return withText(input, (text) => {
    const size = parseSize(text);
    if (!size || (size.unlimited && !type.unlimited)) return reject({ problem: 'not-size' });
    if (size.unlimited) return accept('Unlimited');
    return inRange(size.bytes, type.min, type.max, 'bytes', size.bytes);
  });
};

/** EnhancedTimeSpan `dd.hh:mm:ss`; kept as Exchange displays it. */
const decideTimeSpan: Decide<'timespan'> = (type, input) => {
  return withText(input, (text) => {
    const seconds = parseTimeSpan(text);
    if (seconds === undefined) return reject({ problem: 'not-timespan' });
    return inRange(seconds, type.min, type.max, 'seconds', formatTimeSpan(seconds));
  });
};

/** A name from the list, in any casing; a whole number picks the name at that position, as .NET's
 * enum conversion takes the underlying value (the catalog lists the names in value order). */
const decideEnum: Decide<'enum'> = (type, input) => {
  if (input.kind === 'number' && type.values[input.value] !== undefined) return accept(type.values[input.value]);
  return withText(input, (text) => {
    const match = type.values.find((candidate) => candidate.toLowerCase() === text.trim().toLowerCase());
    return match ? accept(match) : reject({ problem: 'not-enum-value', text });
  });
};

// ---- Paths and addresses ------------------------------------------------------------------------

// Control characters are exactly what this pattern looks for.
// eslint-disable-next-line no-control-regex
const invalidPathCharacters = /[<>"|?*\u0000-\u001f]/;

/** LocalLongFullPath needs a full local path; other paths a full local or UNC path, or any relative
 * path when `allowRelative` (Exchange resolves DropDirectory against RootDropDirectoryPath).
 * `$null` clears the setting (Exchange then turns the directory off). */
const decidePath: Decide<'path'> = (type, input) => {
  if (input.kind === 'null') return accept(null);
  return withText(input, (text) => {
    const bad = invalidPathCharacters.exec(text);
    if (bad) return reject({ problem: 'bad-path-character', character: bad[0] });
    const trimmed = text.trim();
    const local = /^(?:\\\\\?\\)?[a-z]:[\\/]/i.test(trimmed);
    const unc = !local && /^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(trimmed);
    if (type.allowRelative || local || (unc && !type.local)) return accept(text);
    return reject({ problem: 'not-full-path', network: unc });
  });
};

/** `[Type:]Address[;Cost]`, parsed by core/addressSpace and kept in Exchange's display form. */
const decideAddressSpace: DecideAny = (_type, input) => withText(input, (text) => {
  const result = parseAddressSpace(text);
  if (!result.valid || !result.addressSpace) return reject({ problem: 'invalid-address-space', problems: result.problems });
  const warnings = result.problems;
  return { ok: true, value: formatAddressSpace(result.addressSpace), ...(warnings.length > 0 ? { warnings } : {}) };
});

const domainName = new RegExp(`^${DOMAIN_NAME}$`);

function isDomainName(text: string): boolean {
  return text.length <= 255 && domainName.test(text);
}

const decideFqdn: DecideAny = (_type, input) => {
  if (clearsText(input)) return accept('');
  return withText(input, (text) => (isDomainName(text) ? accept(text) : reject({ problem: 'not-fqdn' })));
};

const decideSmtpAddress: DecideAny = (_type, input) => {
  if (clearsText(input)) return accept('');
  return withText(input, (text) => {
    const at = text.lastIndexOf('@');
    const valid = at > 0 && !/\s/.test(text) && isDomainName(text.slice(at + 1));
    return valid ? accept(text) : reject({ problem: 'not-smtp-address' });
  });
};

// ---- Text and the rest --------------------------------------------------------------------------

const decideString: Decide<'string'> = (type, input) => {
  if (clearsText(input)) return accept('');
  return withText(input, (text) => {
    if (type.maxLength !== undefined && text.length > type.maxLength) return reject({ problem: 'too-long', length: text.length, maxLength: type.maxLength });
    if (type.pattern !== undefined && !new RegExp(type.pattern).test(text)) return reject({ problem: 'pattern-mismatch', pattern: type.pattern });
    return accept(text);
  });
};

/** An identity is the object's Identity when an object is given (a piped connector), else the text. */
const decideIdentity: DecideAny = (_type, input) => {
  if (input.kind === 'other' && input.identity !== undefined) return accept(input.identity);
  return withText(input, (text) => accept(text));
};

const decideScriptBlock: DecideAny = (_type, input) =>
  input.kind === 'other' && input.typeName === SCRIPT_BLOCK_TYPE ? accept(input.value) : reject({ problem: 'not-script-block' });

/** A DateTime as given, or text .NET parses as one; text without a zone is read as UTC. */
/** Text without a zone is the simulator's time (UTC); an ISO 8601 form (`2024-03-13T09:00:00`) takes `Z`, others ` UTC`. */
function utcSuffix(text: string): string {
  if (/z$|[+-]\d\d:?\d\d$/i.test(text.trim())) return '';
  return /^\s*\d{4}-\d\d-\d\dT/i.test(text) ? 'Z' : ' UTC';
}

const decideDateTime: DecideAny = (_type, input) => {
  if (input.kind === 'other' && input.typeName === DATE_TIME_TYPE) return accept(input.value);
  return withText(input, (text) => {
    const parsed = Date.parse(`${text}${utcSuffix(text)}`);
    return Number.isNaN(parsed) ? reject({ problem: 'not-date-time' }) : accept(new Date(parsed));
  });
};

/** OPATH text whose properties, operators and values fit the objects it chooses (filterAcceptance.ts);
 * a script block is judged by its text, as Exchange converts it. */
const decideFilter: Decide<'filter'> = (type, input) => withText(input, (text) => {
  const problems = filterProblems(text, FILTER_OBJECTS[type.of], (valueType, value) => acceptValue(valueType, { kind: 'text', text: value }).ok);
  return problems.length === 0 ? accept(text) : reject({ problem: 'invalid-filter', problems });
});

const keepAsGiven: DecideAny = (_type, input) => accept(asGiven(input));
const asText: DecideAny = (_type, input) => withText(input, (text) => accept(text));

const deciders: { [K in Kind]: Decide<K> } = {
  string: decideString,
  boolean: decideBoolean,
  switch: decideSwitch,
  int: decideInteger,
  size: decideSize,
  timespan: decideTimeSpan,
  enum: decideEnum,
  path: decidePath,
  addressSpace: decideAddressSpace,
  identity: decideIdentity,
  fqdn: decideFqdn,
  smtpAddress: decideSmtpAddress,
  scriptBlock: decideScriptBlock,
  propertyName: keepAsGiven,
  object: keepAsGiven,
  dateTime: decideDateTime,
  variableName: asText,
  filter: decideFilter,
};
