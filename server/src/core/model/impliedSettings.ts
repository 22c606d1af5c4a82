// What a command's choice of kind gives the new object: a Receive connector made with -Internet (or
// -Usage Internet) gets AnonymousUsers and a remote range of every IPv4 address unless the command
// says otherwise. The choices are catalog data (ParameterSpec.implies); this is the one reader, so
// the checker (a Client connector's default binding in the binding check) and the simulator (the
// object New- stores) take the same values.

import type { CmdletSpec } from '../catalog/types';
import type { SettingValue } from '../values/settingValue';

/**
 * The implied settings of the parameters a command gives: `given(name)` answers true for a switch
 * that is on, the text for a value, undefined when the parameter is absent (or its value unknown).
 * Properties the command sets itself are the caller's to keep over these.
 */
export function impliedSettings(cmdlet: CmdletSpec, given: (parameter: string) => string | boolean | undefined): Record<string, SettingValue> {
  const settings: Record<string, SettingValue> = {};
  for (const parameter of cmdlet.parameters) {
    if (!parameter.implies) continue;
    const value = given(parameter.name);
    if (value === undefined || value === false) continue;
    Object.assign(settings, parameter.implies[value === true ? 'true' : value.toLowerCase()] ?? {});
  }
  return settings;
}
