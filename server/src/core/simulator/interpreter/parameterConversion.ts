// Converts an evaluated argument to the type the catalog gives its parameter, as PowerShell's binder
// and Exchange's type converters do. Whether a value is accepted is decided by catalog/valueTypes.ts
// (the same decision the editor's checks render as findings); this file renders a refusal as the
// Exchange Management Shell words it, and handles lists and @{Add=...;Remove=...} changes.

import type { CmdletSpec, ParameterSpec, ValueType } from '../../catalog/types';
import { dotNetTypeName } from '../../catalog/typeNames';
import { acceptValue, flagsItems, multiValuedChangeKey, type AcceptedValue, type RangeUnit, type Rejection, type ScalarInput } from '../../catalog/valueTypes';
import { formatTimeSpan } from '../../values/enhancedTimeSpan';
import { numberText } from '../../values/powershellNumber';
import { cannotBindError, transformationError, validationError, type ParameterBindingError } from './bindingErrors';
import { toText, typeNameOf } from './conversion';
import { PsDateTime, PsHashtable, PsObject, type PsValue } from './psValue';

interface Target {
  cmdlet: CmdletSpec;
  parameter: ParameterSpec;
}

export function convertParameterValue(cmdlet: CmdletSpec, parameter: ParameterSpec, value: PsValue): PsValue {
  const target = { cmdlet, parameter };
  if (parameter.type.kind === 'switch') return convertScalar(target, value);
  if (parameter.multiValued) return convertMultiValued(target, value);
  return convertScalar(target, single(target, value));
}

function convertMultiValued(target: Target, value: PsValue): PsValue {
  if (value instanceof PsHashtable && target.parameter.multiValuedProperty) return convertChange(target, value);
  if (value === null) return [];
  return itemsOf(target, value).map((item) => convertScalar(target, item));
}

/** The list's items, a flags text split into the names it gives (flagsItems). */
function itemsOf(target: Target, value: PsValue): PsValue[] {
  return flatten(value).flatMap((item): PsValue[] => (typeof item === 'string' ? flagsItems(target.parameter.type, item) : [item]));
}

/** `@{Add="a","b"; Remove="c"}`: Exchange reads only the Add and Remove keys. */
function convertChange(target: Target, table: PsHashtable): PsHashtable {
  const change = new PsHashtable();
  for (const { key, value } of table.pairs) {
    const canonical = multiValuedChangeKey(key);
    if (!canonical) {
      throw transformationError(target.cmdlet, target.parameter.name, `The hash table for a multivalued property accepts only the keys Add and Remove, and '${key}' is neither.`);
    }
    change.set(canonical, value === null ? [] : itemsOf(target, value).map((item) => convertScalar(target, item)));
  }
  return change;
}

function flatten(value: PsValue): PsValue[] {
  return Array.isArray(value) ? value.flatMap(flatten) : [value];
}

/** A single-valued parameter given a list: strings join with spaces (PowerShell's conversion), others refuse. */
function single(target: Target, value: PsValue): PsValue {
  if (!Array.isArray(value)) return value;
  if (value.length === 1) return value[0];
  const kind = target.parameter.type.kind;
  if (kind === 'string' || kind === 'path' || kind === 'object' || kind === 'propertyName') return kind === 'object' || kind === 'propertyName' ? value : toText(value);
  throw cannotBindError(target.cmdlet, target.parameter.name, `Cannot convert 'System.Object[]' to the type '${dotNetTypeName(target.parameter.type)}' required by parameter '${target.parameter.name}'. Specified method is not supported.`);
}

function convertScalar(target: Target, value: PsValue): PsValue {
  const answer = acceptValue(target.parameter.type, inputOf(value));
  if (!answer.ok) throw refusal(target, value, answer.reason);
  return psValueOf(answer.value);
}

/** The evaluated value as the value-type decision reads it. */
function inputOf(value: PsValue): ScalarInput<PsValue> {
  if (value === null) return { kind: 'null' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  const identity = value instanceof PsObject ? toText(value.get('Identity') ?? value.get('Name') ?? null) : undefined;
  return { kind: 'other', typeName: typeNameOf(value), value, text: toText(value), identity };
}

function psValueOf(value: AcceptedValue<PsValue>): PsValue {
  return value instanceof Date ? new PsDateTime(value) : value;
}

// ---- The shell's error text ---------------------------------------------------------------------

const BOOLEAN_ONLY = 'Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.';
const SMTP_FORMAT = 'Please use this format: user name, the @ sign, followed by the domain name. For example, tonysmith@contoso.com or tony.smith@contoso.com.';

function refusal(target: Target, value: PsValue, reason: Rejection): ParameterBindingError {
  const { cmdlet, parameter } = target;
  const type = parameter.type;
  const text = toText(value);
  const cannotConvert = (detail: string) => transformationError(cmdlet, parameter.name, `Cannot convert value "${text}" to type "${dotNetTypeName(type)}". Error: "${detail}"`);
  switch (reason.problem) {
    case 'not-boolean':
    case 'not-switch':
      return transformationError(cmdlet, parameter.name, `Cannot convert value "${typeNameOf(value)}" to type "${dotNetTypeName(type)}". ${BOOLEAN_ONLY}`);
    case 'not-integer':
      return cannotConvert('Input string was not in a correct format.');
    case 'not-size':
      return cannotConvert(`The value '${text}' isn't a valid size; write a number with an optional unit B, KB, MB, GB or TB${type.kind === 'size' && type.unlimited ? ', or unlimited' : ''}.`);
    case 'not-timespan':
      return cannotConvert('Write the time span as dd.hh:mm:ss.');
    case 'out-of-range':
      return rangeError(target, reason);
    case 'not-enum-value':
      // The catalog does not name an enum's .NET type; the parameter's name stands for it.
      return transformationError(cmdlet, parameter.name, `Cannot convert value "${reason.text}" to type "${parameter.name}". Error: "Unable to match the identifier name ${reason.text} to a valid enumerator name. Specify one of the following enumerator names and try again: ${enumValues(type)}"`);
    case 'bad-path-character':
      return cannotConvert(`Path is not valid: the character '${shownCharacter(reason.character)}' cannot appear in a path.`);
    case 'not-full-path':
      return cannotConvert(type.kind === 'path' && type.local
        ? `'${text}' is not a full local path; write one such as C:\\Pickup Directory.`
        : `'${text}' is not a full path; write a local path such as C:\\Drop or a share such as \\\\server\\share\\Drop.`);
    case 'invalid-address-space': {
      const problem = reason.problems.find((candidate) => candidate.severity === 'error') ?? reason.problems[0];
      return cannotConvert(problem?.message ?? 'The address space is not valid.');
    }
    case 'not-fqdn':
      return cannotConvert(`The value "${text}" isn't a valid fully qualified domain name (FQDN). Write one such as dc01.contoso.com.`);
    case 'not-smtp-address':
      return cannotConvert(`The email address "${text}" isn't correct. ${SMTP_FORMAT}`);
    case 'too-long':
      return validationError(cmdlet, parameter.name, `The character length (${reason.length}) of the argument is too long. Shorten the character length of the argument so it is fewer than or equal to "${reason.maxLength}" characters, and then try the command again.`);
    case 'pattern-mismatch':
      return validationError(cmdlet, parameter.name, `The argument "${text}" does not match the "${reason.pattern}" pattern. Supply an argument that matches "${reason.pattern}" and try the command again.`);
    case 'not-script-block':
      return cannotBindError(cmdlet, parameter.name, `Cannot convert the "${text}" value of type "${typeNameOf(value)}" to type "${dotNetTypeName(type)}".`);
    case 'not-date-time':
      return cannotConvert('String was not recognized as a valid DateTime.');
    case 'invalid-filter':
      return cannotBindError(cmdlet, parameter.name, `The filter "${text}" is not valid: ${reason.problems[0]?.message ?? 'check its syntax.'}`);
  }
}

function enumValues(type: ValueType): string {
  return type.kind === 'enum' ? type.values.join(', ') : '';
}

/** Control characters are shown by code point, as they would not print. */
function shownCharacter(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x20 ? `U+${code.toString(16).padStart(4, '0').toUpperCase()}` : character;
}

const showRange: Record<RangeUnit, (n: number) => string> = {
  count: numberText,
  bytes: (n) => `${n.toLocaleString('en-US')} bytes`,
  seconds: formatTimeSpan,
};

function rangeError(target: Target, reason: Rejection & { problem: 'out-of-range' }): ParameterBindingError {
  const show = showRange[reason.unit];
  const { value, min, max } = reason;
  if (min !== undefined && value < min) {
    return validationError(target.cmdlet, target.parameter.name, `The ${show(value)} argument is less than the minimum allowed range of ${show(min)}. Supply an argument that is greater than or equal to ${show(min)} and then try the command again.`);
  }
  return validationError(target.cmdlet, target.parameter.name, `The ${show(value)} argument is greater than the maximum allowed range of ${show(max ?? value)}. Supply an argument that is less than or equal to ${show(max ?? value)} and then try the command again.`);
}
