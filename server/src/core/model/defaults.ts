// A parameter's default as a stored value: the catalog's typed default, with the contextual ones
// (`{ from: 'name' }`, `{ from: 'localServer' }`) resolved against the object being created.

import type { ContextualDefault, DefaultSpec, ParameterSpec } from '../catalog/types';
import type { SettingValue } from '../values/settingValue';

/** What a contextual default can refer to. */
export interface DefaultContext {
  /** The name of the object being created. */
  name: string;
  /** The server the shell runs on. */
  localServer: string;
}

function isContextual(value: DefaultSpec['value']): value is ContextualDefault {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The default's stored value, or undefined when the parameter has none. A contextual default of a
 * multi-valued parameter is a one-item list. */
export function resolvedDefault(parameter: ParameterSpec, context: DefaultContext): SettingValue | undefined {
  const value = parameter.default?.value;
  if (value === undefined || !isContextual(value)) return value === undefined ? undefined : copied(value);
  const resolved = value.from === 'name' ? context.name : context.localServer;
  return parameter.multiValued ? [resolved] : resolved;
}

/** The default when it is one fixed value; undefined when there is none or it depends on the object. */
export function fixedDefault(parameter: ParameterSpec): SettingValue | undefined {
  const value = parameter.default?.value;
  return value === undefined || isContextual(value) ? undefined : copied(value);
}

/** How the editor words a default it cannot resolve: the object's name when known, else the reference's words. */
export function defaultText(parameter: ParameterSpec, name: string): string {
  const value = parameter.default?.value;
  if (value !== undefined && isContextual(value) && value.from === 'name') return name;
  return parameter.default?.shown ?? '';
}

/** Lists are copied so a stored connector never shares one with the catalog. */
function copied(value: SettingValue): SettingValue {
  return Array.isArray(value) ? [...value] : value;
}
