// How a Set-* cmdlet stores the parameters it is given, and how an object shows a stored value: one
// mechanism for every cmdlet, read from the catalog. A parameter stores a value exactly when the
// catalog names the property it sets; its type decides the stored form and the shown form.

import { findParameter } from '../../../catalog/catalog';
import type { CmdletSpec, ParameterSpec } from '../../../catalog/types';
import { storedSizeText, type SettingValue } from '../../../values/settingValue';
import { toText } from '../../interpreter/conversion';
import type { PsValue } from '../../interpreter/psValue';
import { updatedValues } from './multiValued';
import type { ParameterValues } from '../parameterValues';
import type { CmdletCall } from '../cmdlet';
import { parameterRuleFindings } from '../../../model/parameterRules';
import { propertyValueOf } from '../../../model/storedForm';

/** A parameter that sets a property, with that property's name. */
export interface GivenSetting {
  parameter: ParameterSpec;
  property: string;
}

/** The parameters given that store a value, in the order they were bound. */
export function givenSettings(spec: CmdletSpec, parameters: ParameterValues): GivenSetting[] {
  return parameters.names().flatMap((name) => {
    const parameter = findParameter(spec, name);
    return parameter?.property === undefined ? [] : [{ parameter, property: parameter.property }];
  });
}

/**
 * The value a given parameter stores: a multi-valued one is the current list updated (a list
 * replaces it, `@{Add=...; Remove=...}` edits it); any other is the converted value itself, which
 * conversion already made text, a number, a Boolean, `Unlimited` or $null (a Boolean as the word
 * its property keeps, where the catalog gives words).
 */
export function storedParameterValue(parameters: ParameterValues, parameter: ParameterSpec, current: SettingValue | undefined): SettingValue {
  if (parameter.multiValued) return updatedValues(Array.isArray(current) ? current : [], parameters, parameter.name) ?? [];
  return propertyValueOf(parameter, settingValue(parameters.get(parameter.name) ?? null));
}

function settingValue(value: PsValue): SettingValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return toText(value);
}

/** A stored value as the object shows it: sizes as Exchange prints them, lists copied, an empty String as $null. */
export function shownSettingValue(parameter: ParameterSpec | undefined, value: SettingValue): PsValue {
  if (Array.isArray(value)) return [...value];
  if (parameter?.type.kind === 'size' && (typeof value === 'number' || value === 'Unlimited')) return storedSizeText(value);
  if (parameter?.type.kind === 'string' && value === '') return null;
  return value;
}

/**
 * The first cross-parameter rule (catalog/parameterRules.ts) the command's values break over the
 * stored ones, as the message the run refuses the command with; undefined when none is broken.
 */
export function brokenParameterRule(call: CmdletCall, stored: Readonly<Record<string, SettingValue>> = {}, rootDropDirectoryPath?: string): string | undefined {
  const given = new Map<string, SettingValue>();
  for (const { parameter } of givenSettings(call.spec, call.parameters)) {
    if (parameter.multiValued) continue;
    given.set(parameter.name, storedParameterValue(call.parameters, parameter, undefined));
  }
  const [first] = parameterRuleFindings(call.spec, { given, stored, ...(rootDropDirectoryPath !== undefined ? { rootDropDirectoryPath } : {}) });
  return first?.message;
}
