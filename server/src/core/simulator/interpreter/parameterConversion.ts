// Converts an evaluated argument to the type the catalog gives its parameter, as PowerShell's binder
// and Exchange's type converters do: Booleans accept $true/$false/1/0 only, sizes accept `10MB` or
// `unlimited`, address spaces must parse, multi-valued properties take lists or @{Add=...;Remove=...}.
// A value that does not convert is a binding error worded as the shell words it.

import { parseAddressSpace } from '../../addressSpace/parseAddressSpace';
import { formatAddressSpace } from '../../addressSpace/formatAddressSpace';
import type { CmdletSpec, ParameterSpec, ValueType } from '../../catalog/types';
import { parseSize } from '../../values/byteQuantifiedSize';
import { formatTimeSpan, parseTimeSpan } from '../../values/enhancedTimeSpan';
import { cannotBindError, transformationError, validationError } from './bindingErrors';
import { numberText, parseNumberText, toText, typeNameOf } from './conversion';
import { PsDateTime, PsHashtable, PsObject, PsScriptBlock, type PsValue } from './psValue';

interface Target {
  cmdlet: CmdletSpec;
  parameter: ParameterSpec;
}

export function convertParameterValue(cmdlet: CmdletSpec, parameter: ParameterSpec, value: PsValue): PsValue {
  const target = { cmdlet, parameter };
  if (parameter.type.kind === 'switch') return convertSwitch(target, value);
  if (parameter.multiValued) return convertMultiValued(target, value);
  // `-PickupDirectoryPath $null` clears a path setting (Exchange then turns the directory off).
  if (value === null && parameter.type.kind === 'path') return null;
  return convertScalar(target, single(target, value));
}

function convertSwitch(target: Target, value: PsValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1;
  throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${typeNameOf(value)}" to type "System.Management.Automation.SwitchParameter". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`);
}

function convertMultiValued(target: Target, value: PsValue): PsValue {
  if (value instanceof PsHashtable && target.parameter.multiValuedProperty) return convertChange(target, value);
  if (value === null) return [];
  const items = flatten(value);
  return items.map((item) => convertScalar(target, item));
}

/** `@{Add="a","b"; Remove="c"}`: Exchange reads only the Add and Remove keys. */
function convertChange(target: Target, table: PsHashtable): PsHashtable {
  const change = new PsHashtable();
  for (const { key, value } of table.pairs) {
    const canonical = /^add$/i.test(key) ? 'Add' : /^remove$/i.test(key) ? 'Remove' : undefined;
    if (!canonical) {
      throw transformationError(target.cmdlet, target.parameter.name, `The hash table for a multivalued property accepts only the keys Add and Remove, and '${key}' is neither.`);
    }
    change.set(canonical, value === null ? [] : flatten(value).map((item) => convertScalar(target, item)));
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
  throw cannotBindError(target.cmdlet, target.parameter.name, `Cannot convert 'System.Object[]' to the type '${dotNetType(target.parameter.type)}' required by parameter '${target.parameter.name}'. Specified method is not supported.`);
}

type ScalarConverter = (target: Target, value: PsValue) => PsValue;

const scalarConverters: Record<ValueType['kind'], ScalarConverter> = {
  string: (_target, value) => toText(value),
  boolean: convertBoolean,
  switch: (target, value) => convertSwitch(target, value),
  int: convertInteger,
  size: convertSize,
  timespan: convertTimeSpan,
  enum: convertEnum,
  path: convertPath,
  addressSpace: convertAddressSpace,
  identity: convertIdentity,
  fqdn: (_target, value) => toText(value),
  smtpAddress: (_target, value) => toText(value),
  scriptBlock: convertScriptBlock,
  propertyName: (_target, value) => value,
  object: (_target, value) => value,
  dateTime: convertDateTime,
  variableName: (_target, value) => toText(value),
};

function convertScalar(target: Target, value: PsValue): PsValue {
  return scalarConverters[target.parameter.type.kind](target, value);
}

function convertBoolean(target: Target, value: PsValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${typeNameOf(value)}" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`);
}

function convertInteger(target: Target, value: PsValue): PsValue {
  const type = target.parameter.type;
  if (type.kind !== 'int') return value;
  if (type.unlimited && typeof value === 'string' && /^\s*unlimited\s*$/i.test(value)) return 'Unlimited';
  const number = typeof value === 'number' ? value : typeof value === 'string' ? parseNumberText(value) : undefined;
  if (number === undefined || !Number.isInteger(number)) {
    throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${toText(value)}" to type "System.Int32". Error: "Input string was not in a correct format."`);
  }
  checkRange(target, number, type.min, type.max, numberText);
  return number;
}

/** Sizes become a byte count, or `Unlimited`; the cmdlet stores and shows them as Exchange does. */
function convertSize(target: Target, value: PsValue): PsValue {
  const type = target.parameter.type;
  if (type.kind !== 'size') return value;
  const size = typeof value === 'number' ? { unlimited: false as const, bytes: value } : parseSize(toText(value));
  const typeName = type.unlimited ? 'Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]' : 'Microsoft.Exchange.Data.ByteQuantifiedSize';
  if (!size || (size.unlimited && !type.unlimited)) {
    throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${toText(value)}" to type "${typeName}". Error: "The value '${toText(value)}' isn't a valid size; write a number with an optional unit B, KB, MB, GB or TB${type.unlimited ? ', or unlimited' : ''}."`);
  }
  if (size.unlimited) return 'Unlimited';
  checkRange(target, size.bytes, type.min, type.max, (n) => `${n.toLocaleString('en-US')} bytes`);
  return size.bytes;
}

function convertTimeSpan(target: Target, value: PsValue): PsValue {
  const type = target.parameter.type;
  const seconds = parseTimeSpan(toText(value));
  if (seconds === undefined || type.kind !== 'timespan') {
    throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${toText(value)}" to type "Microsoft.Exchange.Data.EnhancedTimeSpan". Error: "Write the time span as dd.hh:mm:ss."`);
  }
  checkRange(target, seconds, type.min, type.max, formatTimeSpan);
  return formatTimeSpan(seconds);
}

function convertEnum(target: Target, value: PsValue): string {
  const type = target.parameter.type;
  if (type.kind !== 'enum') return toText(value);
  const text = typeof value === 'number' && type.values[value] !== undefined ? type.values[value] : toText(value);
  const match = type.values.find((candidate) => candidate.toLowerCase() === text.trim().toLowerCase());
  if (match) return match;
  throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${text}" to type "${target.parameter.name}". Error: "Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again: ${type.values.join(', ')}"`);
}

/** Characters Windows paths cannot contain; control characters are checked by code point below. */
const invalidPathCharacters = /[<>"|?*]/;

function badPathCharacter(text: string): string | undefined {
  const control = [...text].find((ch) => ch.charCodeAt(0) < 0x20);
  return control ?? invalidPathCharacters.exec(text)?.[0];
}

function convertPath(target: Target, value: PsValue): string {
  const text = toText(value);
  const bad = badPathCharacter(text);
  if (bad !== undefined) {
    const shown = bad.charCodeAt(0) < 0x20 ? `U+${bad.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : bad;
    throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${text}" to type "Microsoft.Exchange.Data.LocalLongFullPath". Error: "Path is not valid: the character '${shown}' cannot appear in a path."`);
  }
  const type = target.parameter.type;
  // LocalLongFullPath: a full path on the server's own disks, never relative and never a share.
  if (type.kind === 'path' && type.local && !type.allowRelative && !/^(?:\\\\\?\\)?[a-z]:[\\/]/i.test(text.trim())) {
    throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${text}" to type "Microsoft.Exchange.Data.LocalLongFullPath". Error: "'${text}' is not a full local path; write one such as C:\\Pickup Directory."`);
  }
  return text;
}

/** Address spaces are validated by core/addressSpace and kept in Exchange's display form. */
function convertAddressSpace(target: Target, value: PsValue): string {
  const text = toText(value);
  const result = parseAddressSpace(text);
  if (result.valid && result.addressSpace) return formatAddressSpace(result.addressSpace);
  const problem = result.problems.find((candidate) => candidate.severity === 'error') ?? result.problems[0];
  throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${text}" to type "Microsoft.Exchange.Data.AddressSpace". Error: "${problem?.message ?? 'The address space is not valid.'}"`);
}

/** An identity is the object's Identity when an object is given (a piped connector), else the text. */
function convertIdentity(_target: Target, value: PsValue): string {
  if (value instanceof PsObject) return toText(value.get('Identity') ?? value.get('Name') ?? null);
  return toText(value);
}

function convertScriptBlock(target: Target, value: PsValue): PsValue {
  if (value instanceof PsScriptBlock) return value;
  throw cannotBindError(target.cmdlet, target.parameter.name, `Cannot convert the "${toText(value)}" value of type "${typeNameOf(value)}" to type "System.Management.Automation.ScriptBlock".`);
}

function convertDateTime(target: Target, value: PsValue): PsValue {
  if (value instanceof PsDateTime) return value;
  const parsed = Date.parse(`${toText(value)}${/z$|[+-]\d\d:?\d\d$/i.test(toText(value)) ? '' : ' UTC'}`);
  if (Number.isNaN(parsed)) {
    throw transformationError(target.cmdlet, target.parameter.name, `Cannot convert value "${toText(value)}" to type "System.DateTime". Error: "String was not recognized as a valid DateTime."`);
  }
  return new PsDateTime(new Date(parsed));
}

function checkRange(target: Target, value: number, min: number | undefined, max: number | undefined, show: (n: number) => string): void {
  if (min !== undefined && value < min) {
    throw validationError(target.cmdlet, target.parameter.name, `The ${show(value)} argument is less than the minimum allowed range of ${show(min)}. Supply an argument that is greater than or equal to ${show(min)} and then try the command again.`);
  }
  if (max !== undefined && value > max) {
    throw validationError(target.cmdlet, target.parameter.name, `The ${show(value)} argument is greater than the maximum allowed range of ${show(max)}. Supply an argument that is less than or equal to ${show(max)} and then try the command again.`);
  }
}

function dotNetType(type: ValueType): string {
  const names: Partial<Record<ValueType['kind'], string>> = {
    boolean: 'System.Boolean', int: 'System.Int32', size: 'Microsoft.Exchange.Data.ByteQuantifiedSize',
    timespan: 'Microsoft.Exchange.Data.EnhancedTimeSpan', scriptBlock: 'System.Management.Automation.ScriptBlock',
    identity: 'Microsoft.Exchange.Configuration.Tasks.IdParameter', dateTime: 'System.DateTime',
  };
  return names[type.kind] ?? 'System.String';
}
