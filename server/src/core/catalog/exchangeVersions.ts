// Which Exchange versions have a cmdlet or a parameter, as the catalog records it from Microsoft's
// reference. A script is checked against one target version (exconn.json's `exchangeVersion`, or the
// editor's `exconn.exchangeVersion`); Exchange 2013, the version of the Foreign-connector procedure
// this product started from, when neither says.

import type { CmdletSpec, ExchangeVersion, ParameterSpec } from './types';

/** Every version the catalog knows, oldest first. */
export const EXCHANGE_VERSIONS: readonly ExchangeVersion[] = ['2010', '2013', '2016', '2019', 'SE'];

/** The versions a script can target. */
export const TARGET_VERSIONS: readonly ExchangeVersion[] = ['2013', '2016', '2019', 'SE'];

export const DEFAULT_EXCHANGE_VERSION: ExchangeVersion = '2013';

/** The versions from one on, for the catalog rows of cmdlets and parameters that came later. */
export const FROM_2013: readonly ExchangeVersion[] = TARGET_VERSIONS;
export const FROM_2016: readonly ExchangeVersion[] = ['2016', '2019', 'SE'];
export const FROM_2019: readonly ExchangeVersion[] = ['2019', 'SE'];

/** The versions that have the cmdlet; every version for PowerShell's own cmdlets. */
export function cmdletVersions(cmdlet: CmdletSpec): readonly ExchangeVersion[] {
  return cmdlet.versions ?? EXCHANGE_VERSIONS;
}

/** The versions that have the parameter on this cmdlet (common parameters: the cmdlet's). */
export function parameterVersions(cmdlet: CmdletSpec, parameter: ParameterSpec): readonly ExchangeVersion[] {
  return parameter.versions ?? cmdletVersions(cmdlet);
}

/** `Exchange 2016, 2019 and SE`: the versions as a sentence names them. */
export function versionList(versions: readonly ExchangeVersion[]): string {
  const shown = versions.filter((version) => TARGET_VERSIONS.includes(version));
  const joined = shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `Exchange ${joined}`;
}

/** The target version a setting names, or undefined when it names none (case-insensitive: `se`). */
export function targetVersionOf(text: string): ExchangeVersion | undefined {
  return TARGET_VERSIONS.find((version) => version.toLowerCase() === text.trim().toLowerCase());
}
