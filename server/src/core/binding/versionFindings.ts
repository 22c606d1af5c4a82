// What the target Exchange version says about one bound command: a cmdlet the version lacks, or a
// named parameter it lacks (catalog/exchangeVersions.ts holds the data). The editor shows these as
// warnings (analysis/versionChecks.ts); the interpreter refuses the command as that version's shell
// would (interpreter/bindingErrors.ts), so both read the one rule.

import { cmdletVersions, parameterVersions, versionList } from '../catalog/exchangeVersions';
import type { ExchangeVersion } from '../catalog/types';
import type { CommandBinding } from './binding';
import type { Finding } from './finding';

export const NOT_IN_VERSION = 'not-in-exchange-version';

export function versionFindings(binding: CommandBinding, target: ExchangeVersion): Finding[] {
  const cmdlet = binding.cmdlet;
  if (!cmdlet) return [];
  const versions = cmdletVersions(cmdlet);
  if (!versions.includes(target)) {
    return [{
      code: NOT_IN_VERSION,
      range: binding.command.name.range,
      message: `${cmdlet.name} does not exist in Exchange ${target}; ${versionList(versions)} have it. Check the target version (exconn.json's "exchangeVersion" or the exconn.exchangeVersion setting).`,
      data: { kind: 'cmdlet', name: cmdlet.name, versions, target },
    }];
  }
  const findings: Finding[] = [];
  for (const bound of binding.bound) {
    const parameterIn = parameterVersions(cmdlet, bound.parameter);
    if (!bound.nameElement || parameterIn.includes(target)) continue;
    findings.push({
      code: NOT_IN_VERSION,
      range: bound.nameElement.nameRange,
      message: `${cmdlet.name} has no -${bound.parameter.name} in Exchange ${target}; ${versionList(parameterIn)} have it. Remove it, or check the target version.`,
      data: { kind: 'parameter', parameter: bound.parameter.name, versions: parameterIn, target },
    });
  }
  return findings;
}
