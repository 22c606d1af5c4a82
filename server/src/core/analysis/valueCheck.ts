// Checks a bound parameter's value against the type the catalog gives it. Only values known before
// the script runs are checked (see staticValue.ts); each problem points at the value, or inside a
// string at the offending part of it.

import type { ParameterSpec, ValueType } from '../catalog/types';
import { parseAddressSpace } from '../addressSpace/parseAddressSpace';
import type { Expression, Range } from '../syntax/ast';
import { sourceOffsetInString } from '../syntax/strings';
import { parseSize } from '../values/byteQuantifiedSize';
import { parseTimeSpan } from '../values/enhancedTimeSpan';
import type { BoundArgument } from '../binding/binding';
import type { Finding } from '../binding/finding';
import { describeValue, scalarsOf, staticValueOf, type StaticValue } from './staticValue';
import { closestMatches } from './suggestions';

export function checkBoundValue(bound: BoundArgument, known: StaticValue | undefined = bound.value && staticValueOf(bound.value)): Finding[] {
  const { parameter, value } = bound;
  if (!value || !known) return [];
  if (parameter.type.kind === 'switch') return checkSwitchValue(parameter, known);
  if (known.kind === 'dynamic') return [];
  if (known.kind === 'hashtable') return checkHashtable(parameter, known);
  if (known.kind === 'array' && !parameter.multiValued) {
    return [{
      code: 'unexpected-multiple-values',
      range: value.range,
      message: `-${parameter.name} takes a single value, not a list. Give one value.`,
    }];
  }
  return scalarsOf(known).flatMap((scalar) => checkScalar(parameter, scalar));
}

function checkSwitchValue(parameter: ParameterSpec, known: StaticValue): Finding[] {
  if (known.kind === 'dynamic' || known.kind === 'boolean') return [];
  if (known.kind === 'number' && (known.value === 0 || known.value === 1)) return [];
  return [{
    code: 'invalid-switch-value',
    range: known.expression.range,
    message: `-${parameter.name} is a switch: write -${parameter.name} alone, or -${parameter.name}:$true / -${parameter.name}:$false.`,
  }];
}

/** `@{Add="..."; Remove="..."}` is how Exchange adds to or removes from a multi-valued property. */
function checkHashtable(parameter: ParameterSpec, known: StaticValue & { kind: 'hashtable' }): Finding[] {
  if (!parameter.multiValuedProperty) {
    if (parameter.type.kind === 'object') return [];
    return [{
      code: 'unexpected-multiple-values',
      range: known.expression.range,
      message: `-${parameter.name} does not take a hashtable. Give the value directly.`,
    }];
  }
  const findings: Finding[] = [];
  for (const entry of known.entries) {
    if (!/^(add|remove)$/i.test(entry.key)) {
      findings.push({
        code: 'invalid-multivalue-key',
        range: entry.keyRange,
        message: `'${entry.key}' is not a key Exchange accepts for -${parameter.name}. Use Add="value" or Remove="value".`,
      });
    }
    if (entry.value) findings.push(...scalarsOf(entry.value).flatMap((scalar) => checkScalar(parameter, scalar)));
  }
  return findings;
}

function checkScalar(parameter: ParameterSpec, scalar: StaticValue): Finding[] {
  if (scalar.kind === 'dynamic' || scalar.kind === 'null') return [];
  const check = scalarChecks[parameter.type.kind];
  return check ? check(parameter, parameter.type, scalar) : [];
}

type ScalarCheck = (parameter: ParameterSpec, type: ValueType, scalar: StaticValue) => Finding[];

const scalarChecks: Partial<Record<ValueType['kind'], ScalarCheck>> = {
  boolean: checkBoolean,
  int: checkInteger,
  size: checkSize,
  timespan: checkTimeSpan,
  enum: checkEnum,
  path: checkPath,
  addressSpace: checkAddressSpace,
  fqdn: checkFqdn,
  smtpAddress: checkSmtpAddress,
  string: checkString,
};

function finding(code: string, scalar: StaticValue, message: string, data?: Record<string, unknown>): Finding {
  return { code, range: scalar.expression.range, message, ...(data ? { data } : {}) };
}

function textOf(scalar: StaticValue): string | undefined {
  if (scalar.kind === 'string') return scalar.value;
  if (scalar.kind === 'number') return scalar.text;
  return undefined;
}

function checkBoolean(parameter: ParameterSpec, _type: ValueType, scalar: StaticValue): Finding[] {
  if (scalar.kind === 'boolean') return [];
  if (scalar.kind === 'number' && (scalar.value === 0 || scalar.value === 1)) return [];
  const text = textOf(scalar) ?? '';
  const replacement = /^(true|\$true|yes|1)$/i.test(text) ? '$true' : /^(false|\$false|no|0)$/i.test(text) ? '$false' : undefined;
  const fix = replacement ? ` Write ${replacement}.` : ' Write $true or $false.';
  return [finding('invalid-boolean', scalar, `-${parameter.name} takes a Boolean, and ${describeValue(scalar)} is text.${fix}`, replacement ? { replacement } : undefined)];
}

function checkInteger(parameter: ParameterSpec, type: ValueType, scalar: StaticValue): Finding[] {
  if (type.kind !== 'int') return [];
  const text = textOf(scalar);
  if (type.unlimited && text !== undefined && /^unlimited$/i.test(text)) return [];
  const value = scalar.kind === 'number' ? scalar.value : text !== undefined && /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
  if (value === undefined || !Number.isInteger(value)) {
    const allowed = type.unlimited ? 'a whole number or unlimited' : 'a whole number';
    return [finding('invalid-integer', scalar, `-${parameter.name} takes ${allowed}, not ${describeValue(scalar)}.`)];
  }
  return rangeFindings(parameter, scalar, value, type.min, type.max, String);
}

function rangeFindings(parameter: ParameterSpec, scalar: StaticValue, value: number, min: number | undefined, max: number | undefined, show: (n: number) => string): Finding[] {
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return [];
  const bounds = min !== undefined && max !== undefined ? `from ${show(min)} to ${show(max)}` : min !== undefined ? `at least ${show(min)}` : `at most ${show(max ?? 0)}`;
  return [finding('value-out-of-range', scalar, `-${parameter.name} must be ${bounds}; ${describeValue(scalar)} is outside that range.`)];
}

function checkSize(parameter: ParameterSpec, type: ValueType, scalar: StaticValue): Finding[] {
  if (type.kind !== 'size') return [];
  const size = scalar.kind === 'number' ? { unlimited: false as const, bytes: scalar.value } : parseSize(textOf(scalar) ?? '');
  const example = type.unlimited ? '10MB, 1GB or unlimited' : '64KB or 10MB';
  if (!size || (size.unlimited && !type.unlimited)) {
    return [finding('invalid-size', scalar, `-${parameter.name} takes a size such as ${example}; ${describeValue(scalar)} is not one.`)];
  }
  if (size.unlimited) return [];
  return rangeFindings(parameter, scalar, size.bytes, type.min, type.max, (n) => `${n.toLocaleString('en-US')} bytes`);
}

function checkTimeSpan(parameter: ParameterSpec, type: ValueType, scalar: StaticValue): Finding[] {
  if (type.kind !== 'timespan') return [];
  const seconds = parseTimeSpan(textOf(scalar) ?? '');
  if (seconds === undefined) {
    return [finding('invalid-timespan', scalar, `-${parameter.name} takes a time span written dd.hh:mm:ss (for example 30.00:00:00 for 30 days); ${describeValue(scalar)} is not one.`)];
  }
  return rangeFindings(parameter, scalar, seconds, type.min, type.max, (n) => `${n} seconds`);
}

function checkEnum(parameter: ParameterSpec, type: ValueType, scalar: StaticValue): Finding[] {
  if (type.kind !== 'enum') return [];
  const text = textOf(scalar);
  if (text !== undefined && type.values.some((value) => value.toLowerCase() === text.toLowerCase())) return [];
  const suggestions = closestMatches(text ?? '', type.values);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions[0]}?` : '';
  return [finding('invalid-enum-value', scalar, `-${parameter.name} accepts ${type.values.join(', ')}; ${describeValue(scalar)} is not one of them.${hint}`, { suggestions })];
}

// Control characters are exactly what this pattern looks for.
// eslint-disable-next-line no-control-regex
const invalidPathCharacters = /[<>"|?*\u0000-\u001f]/;

function checkPath(parameter: ParameterSpec, type: ValueType, scalar: StaticValue): Finding[] {
  if (type.kind !== 'path') return [];
  const text = textOf(scalar) ?? '';
  const bad = invalidPathCharacters.exec(text);
  if (bad) {
    return [finding('invalid-path', scalar, `The path for -${parameter.name} contains '${bad[0]}', which Windows paths cannot contain. Remove it.`)];
  }
  const local = /^[a-z]:[\\/]/i.test(text);
  const unc = /^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(text);
  if (type.local && !local) {
    return [finding('invalid-path', scalar, `-${parameter.name} needs a full local path such as C:\\Pickup; ${describeValue(scalar)} is ${unc ? 'a network path' : 'not a full path'}.`)];
  }
  // DropDirectory may be relative: Exchange resolves it against RootDropDirectoryPath.
  if (!local && !unc && !type.allowRelative) {
    return [finding('invalid-path', scalar, `-${parameter.name} needs a full path such as C:\\Drop or \\\\server\\share\\Drop; ${describeValue(scalar)} is relative.`)];
  }
  return [];
}

function checkAddressSpace(_parameter: ParameterSpec, _type: ValueType, scalar: StaticValue): Finding[] {
  const text = textOf(scalar);
  if (text === undefined) return [];
  const { problems } = parseAddressSpace(text);
  return problems.map((problem) => ({
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    range: rangeInValue(scalar.expression, problem.start, problem.end),
  }));
}

/** Maps a range inside a value's text to document offsets. */
export function rangeInValue(expression: Expression, start: number, end: number): Range {
  if (expression.kind === 'String') {
    return { start: sourceOffsetInString(expression, start), end: sourceOffsetInString(expression, end) };
  }
  const base = expression.range.start;
  return { start: Math.min(base + start, expression.range.end), end: Math.min(base + end, expression.range.end) };
}

const domainLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

function isDomainName(text: string): boolean {
  const labels = text.split('.');
  return text.length <= 255 && labels.length >= 1 && labels.every((label) => domainLabel.test(label));
}

function checkFqdn(parameter: ParameterSpec, _type: ValueType, scalar: StaticValue): Finding[] {
  const text = textOf(scalar) ?? '';
  if (isDomainName(text)) return [];
  return [finding('invalid-fqdn', scalar, `-${parameter.name} takes a domain name such as dc01.contoso.com; ${describeValue(scalar)} is not one.`)];
}

function checkSmtpAddress(parameter: ParameterSpec, _type: ValueType, scalar: StaticValue): Finding[] {
  const text = textOf(scalar) ?? '';
  const at = text.lastIndexOf('@');
  if (at > 0 && !/\s/.test(text) && isDomainName(text.slice(at + 1))) return [];
  return [finding('invalid-smtp-address', scalar, `-${parameter.name} takes an e-mail address such as admin@contoso.com; ${describeValue(scalar)} is not one.`)];
}

function checkString(parameter: ParameterSpec, type: ValueType, scalar: StaticValue): Finding[] {
  if (type.kind !== 'string') return [];
  const text = textOf(scalar);
  if (text === undefined) return [];
  if (type.maxLength !== undefined && text.length > type.maxLength) {
    return [finding('invalid-string', scalar, `-${parameter.name} is ${text.length} characters long; at most ${type.maxLength} are allowed. Shorten it.`)];
  }
  if (type.pattern !== undefined && !new RegExp(type.pattern).test(text)) {
    return [finding('invalid-string', scalar, `-${parameter.name} ${type.patternHint ?? 'has characters that are not allowed'}.`)];
  }
  return [];
}
