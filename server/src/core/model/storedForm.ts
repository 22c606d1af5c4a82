// The form a setting's value takes in the simulator's state, decided by the catalog type of the
// parameter that sets it: the state file check, the connector's typed fields and the objects the
// cmdlets show all read it from here, so a parameter added to the catalog brings its form along.

import type { ParameterSpec } from '../catalog/types';
import type { SettingValue } from '../values/settingValue';

/** `list`: text values (MultiValuedProperty); `size`: bytes or `Unlimited`; `count`: a whole number,
 * or `Unlimited` where the type allows it; `flag`: a Boolean; `text`: everything else, as written. */
export type StoredForm = 'text' | 'flag' | 'size' | 'count' | 'list';

export function storedFormOf(parameter: ParameterSpec): StoredForm {
  if (parameter.multiValued) return 'list';
  if (parameter.propertyValues) return 'text';
  switch (parameter.type.kind) {
    case 'boolean':
    case 'switch':
      return 'flag';
    case 'size':
      return 'size';
    case 'int':
      return 'count';
    default:
      return 'text';
  }
}

/** Whether a value read from disk (or about to be written) has the form; $null only where `nullable`. */
export function fitsStoredForm(form: StoredForm, value: unknown, nullable: boolean): boolean {
  if (value === null) return nullable;
  switch (form) {
    case 'list': return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'flag': return typeof value === 'boolean';
    case 'size':
    case 'count': return value === 'Unlimited' || (typeof value === 'number' && value >= 0);
    case 'text': return typeof value === 'string';
  }
}

/** What a field that cannot hold $null stores for it: no text, no values, off, no limit. */
export function blankOf(form: StoredForm): SettingValue {
  switch (form) {
    case 'list': return [];
    case 'flag': return false;
    case 'size': return 'Unlimited';
    case 'count': return 0;
    case 'text': return '';
  }
}

/** Whether a value is a SettingValue at all (a file written by a later version may hold settings this one does not know). */
export function isSettingValue(value: unknown): value is SettingValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value) || fitsStoredForm('list', value, false);
}

/** What the property holds for a parameter's value: the word a Boolean stands for where the catalog
 * gives words (State `Disabled` for New-TransportRule -Enabled $false), otherwise the value itself. */
export function propertyValueOf(parameter: ParameterSpec, value: SettingValue): SettingValue {
  if (!parameter.propertyValues || typeof value !== 'boolean') return value;
  return value ? parameter.propertyValues.true : parameter.propertyValues.false;
}
