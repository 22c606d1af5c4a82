// Checks a bound parameter's value against the type the catalog gives it. Only values known before
// the script runs are checked (see staticValue.ts); each problem points at the value, or inside a
// string at the offending part of it.

import type { AddressSpaceProblem } from '../addressSpace/addressSpace';
import { dotNetTypeName } from '../catalog/typeNames';
import type { ParameterSpec } from '../catalog/types';
import { acceptValue, flagsItems, multiValuedChangeKey, takesHashtableValue, type RangeUnit, type Rejection, type ScalarInput } from '../catalog/valueTypes';
import type { Expression, Range } from '../syntax/ast';
import { sourceOffsetInString } from '../syntax/strings';
import { didYouMean, LISTED_VALUES } from '../values/didYouMean';
import type { SettingValue } from '../values/settingValue';
import type { BoundArgument } from '../binding/binding';
import type { Finding } from '../binding/finding';
import { describeValue, scalarsOf, staticValueOf, type StaticValue } from './staticValue';

/** `source`: the document's text, from which a script block's text is read (as the shell converts
 * a script block to text for a parameter that takes text). */
export function checkBoundValue(bound: BoundArgument, known: StaticValue | undefined = bound.value && staticValueOf(bound.value), source?: string): Finding[] {
  const { parameter, value } = bound;
  if (!value || !known || known.kind === 'dynamic') return [];
  // A switch judges the whole value: a list or a hashtable is no Boolean either.
  if (parameter.type.kind === 'switch') return checkScalar(parameter, known, source);
  if (known.kind === 'hashtable') return checkHashtable(parameter, known, source);
  if (known.kind === 'array' && !parameter.multiValued) {
    return [{
      code: 'unexpected-multiple-values',
      range: value.range,
      message: `-${parameter.name} takes a single value, not a list. Give one value.`,
    }];
  }
  // `$null` for a list is the empty list, as the shell binds it.
  if (known.kind === 'null' && parameter.multiValued) return [];
  return scalarsOf(known).flatMap((scalar) => checkScalar(parameter, scalar, source));
}

/** `@{Add="..."; Remove="..."}` is how Exchange adds to or removes from a multi-valued property. */
function checkHashtable(parameter: ParameterSpec, known: StaticValue & { kind: 'hashtable' }, source: string | undefined): Finding[] {
  if (!parameter.multiValuedProperty) {
    if (takesHashtableValue(parameter.type)) return [];
    return [{
      code: 'unexpected-multiple-values',
      range: known.expression.range,
      message: `-${parameter.name} does not take a hashtable. Give the value directly.`,
    }];
  }
  const findings: Finding[] = [];
  for (const entry of known.entries) {
    if (!multiValuedChangeKey(entry.key)) {
      findings.push({
        code: 'invalid-multivalue-key',
        range: entry.keyRange,
        message: `'${entry.key}' is not a key Exchange accepts for -${parameter.name}. Use Add="value" or Remove="value".`,
      });
    }
    // `Add=$null` adds nothing.
    if (entry.value && entry.value.kind !== 'null') findings.push(...scalarsOf(entry.value).flatMap((scalar) => checkScalar(parameter, scalar, source)));
  }
  return findings;
}

function checkScalar(parameter: ParameterSpec, scalar: StaticValue, source: string | undefined): Finding[] {
  // A flags text of a list parameter is several values, each judged on its own (as the run splits it).
  if (scalar.kind === 'string' && parameter.multiValued) {
    const items = flagsItems(parameter.type, scalar.value);
    if (items.length > 1) return items.flatMap((value) => checkScalar(parameter, { ...scalar, value }, source));
  }
  const input = inputOf(scalar, source);
  if (!input) return [];
  const answer = acceptValue(parameter.type, input);
  if (answer.ok) return (answer.warnings ?? []).map((problem) => addressSpaceFinding(scalar, problem));
  return findingsFor(parameter, scalar, answer.reason);
}

/** A single value known before the run, converted as the run converts it (sizes to bytes or
 * `Unlimited`, paths to text); undefined when it is not known, not single or not valid. */
export function acceptedValueOf(parameter: ParameterSpec, known: StaticValue | undefined): SettingValue | undefined {
  if (!known || parameter.multiValued) return undefined;
  const input = inputOf(known);
  if (!input || input.kind === 'other') return undefined;
  const answer = acceptValue(parameter.type, input);
  if (!answer.ok) return undefined;
  const value = answer.value;
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/** A value known before the run, as the value-type decision reads it; undefined when not known. */
function inputOf(scalar: StaticValue, source?: string): ScalarInput<StaticValue> | undefined {
  switch (scalar.kind) {
    case 'string':
      return { kind: 'text', text: scalar.value };
    case 'number':
      return { kind: 'number', value: scalar.value };
    case 'boolean':
      return { kind: 'boolean', value: scalar.value };
    case 'null':
      return { kind: 'null' };
    case 'scriptBlock':
      // Its text is what lies between the braces, as the run converts it; without the document's
      // text, types that read text do not judge it.
      return { kind: 'other', typeName: dotNetTypeName({ kind: 'scriptBlock' }), value: scalar, text: source?.slice(scalar.expression.range.start + 1, scalar.expression.range.end - 1) };
    case 'array':
      return { kind: 'other', typeName: 'System.Object[]', value: scalar };
    case 'hashtable':
      return { kind: 'other', typeName: 'System.Collections.Hashtable', value: scalar, text: 'System.Collections.Hashtable' };
    case 'dynamic':
      return undefined;
  }
}

function finding(code: string, scalar: StaticValue, message: string, data?: Record<string, unknown>): Finding {
  return { code, range: scalar.expression.range, message, ...(data ? { data } : {}) };
}

/** The editor's wording of each refusal: what is wrong and how to fix it. */
function findingsFor(parameter: ParameterSpec, scalar: StaticValue, reason: Rejection): Finding[] {
  const name = `-${parameter.name}`;
  const type = parameter.type;
  const shown = describeValue(scalar);
  switch (reason.problem) {
    case 'not-boolean':
      return [booleanFinding(parameter, scalar)];
    case 'not-switch':
      return [finding('invalid-switch-value', scalar, `${name} is a switch: write ${name} alone, or ${name}:$true / ${name}:$false.`)];
    case 'not-integer':
      return [finding('invalid-integer', scalar, `${name} takes ${type.kind === 'int' && type.unlimited ? 'a whole number or unlimited' : 'a whole number'}, not ${shown}.`)];
    case 'out-of-range':
      return [rangeFinding(parameter, scalar, reason)];
    case 'not-size':
      return [finding('invalid-size', scalar, `${name} takes a size such as ${type.kind === 'size' && type.unlimited ? '10MB, 1GB or unlimited' : '64KB or 10MB'}; ${shown} is not one.`)];
    case 'not-timespan':
      return [finding('invalid-timespan', scalar, `${name} takes a time span written dd.hh:mm:ss (for example 30.00:00:00 for 30 days); ${shown} is not one.`)];
    case 'not-enum-value':
      return [enumFinding(parameter, scalar, reason.text)];
    case 'bad-path-character':
      return [finding('invalid-path', scalar, `The path for ${name} contains '${reason.character}', which Windows paths cannot contain. Remove it.`)];
    case 'not-full-path':
      return [finding('invalid-path', scalar, type.kind === 'path' && type.local
        ? `${name} needs a full local path such as C:\\Pickup; ${shown} is ${reason.network ? 'a network path' : 'not a full path'}.`
        : `${name} needs a full path such as C:\\Drop or \\\\server\\share\\Drop; ${shown} is relative.`)];
    case 'invalid-address-space':
      return reason.problems.map((problem) => addressSpaceFinding(scalar, problem));
    case 'not-fqdn':
      return [finding('invalid-fqdn', scalar, `${name} takes a domain name such as dc01.contoso.com; ${shown} is not one.`)];
    case 'not-smtp-address':
      return [finding('invalid-smtp-address', scalar, `${name} takes an e-mail address such as admin@contoso.com; ${shown} is not one.`)];
    case 'too-long':
      return [finding('invalid-string', scalar, `${name} is ${reason.length} characters long; at most ${reason.maxLength} are allowed. Shorten it.`)];
    case 'pattern-mismatch':
      return [finding('invalid-string', scalar, `${name} ${(type.kind === 'string' && type.patternHint) || 'has characters that are not allowed'}.`)];
    case 'not-script-block':
      return [finding('invalid-script-block', scalar, `${name} takes a script block such as { $_.Enabled }; ${shown} is not one.`)];
    case 'not-date-time':
      return [finding('invalid-date-time', scalar, `${name} takes a date and time such as "2024-01-31 08:00"; ${shown} is not one.`)];
    case 'invalid-filter':
      return reason.problems.map((problem) => ({
        code: 'invalid-filter',
        range: rangeInValue(scalar.expression, problem.start, problem.end),
        message: `${name}: ${problem.message}`,
      }));
  }
}

function booleanFinding(parameter: ParameterSpec, scalar: StaticValue): Finding {
  const text = scalar.kind === 'string' ? scalar.value : '';
  const replacement = /^(true|\$true|yes|1)$/i.test(text) ? '$true' : /^(false|\$false|no|0)$/i.test(text) ? '$false' : undefined;
  const fix = replacement ? ` Write ${replacement}.` : ' Write $true or $false.';
  const what = scalar.kind === 'string' ? 'is text' : 'is not one';
  return finding('invalid-boolean', scalar, `-${parameter.name} takes a Boolean, and ${describeValue(scalar)} ${what}.${fix}`, replacement ? { replacement } : undefined);
}

const showRange: Record<RangeUnit, (n: number) => string> = {
  count: String,
  bytes: (n) => `${n.toLocaleString('en-US')} bytes`,
  seconds: (n) => `${n} seconds`,
};

function rangeFinding(parameter: ParameterSpec, scalar: StaticValue, reason: Rejection & { problem: 'out-of-range' }): Finding {
  const show = showRange[reason.unit];
  const { min, max } = reason;
  const bounds = min !== undefined && max !== undefined ? `from ${show(min)} to ${show(max)}` : min !== undefined ? `at least ${show(min)}` : `at most ${show(max ?? 0)}`;
  return finding('value-out-of-range', scalar, `-${parameter.name} must be ${bounds}; ${describeValue(scalar)} is outside that range.`);
}

function enumFinding(parameter: ParameterSpec, scalar: StaticValue, text: string): Finding {
  const values = parameter.type.kind === 'enum' ? parameter.type.values : [];
  const suggestions = didYouMean(text, values, LISTED_VALUES);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions[0]}?` : '';
  return finding('invalid-enum-value', scalar, `-${parameter.name} accepts ${values.join(', ')}; ${describeValue(scalar)} is not one of them.${hint}`, { suggestions });
}

function addressSpaceFinding(scalar: StaticValue, problem: AddressSpaceProblem): Finding {
  return {
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    range: rangeInValue(scalar.expression, problem.start, problem.end),
  };
}

/** Maps a range inside a value's text to document offsets. */
export function rangeInValue(expression: Expression, start: number, end: number): Range {
  if (expression.kind === 'String') {
    return { start: sourceOffsetInString(expression, start), end: sourceOffsetInString(expression, end) };
  }
  // A script block's text is what lies between its braces.
  const base = expression.range.start + (expression.kind === 'ScriptBlock' ? 1 : 0);
  return { start: Math.min(base + start, expression.range.end), end: Math.min(base + end, expression.range.end) };
}
