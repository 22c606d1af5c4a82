// What the target Exchange version says about one bound command: a cmdlet the version lacks, a
// named parameter it lacks (catalog/exchangeVersions.ts holds the data), or a parameter only
// PowerShell 7 has, which the Exchange Management Shell's PowerShell lacks. The editor shows these as
// warnings (analysis/versionChecks.ts); the interpreter refuses the command as that version's shell
// would (interpreter/bindingErrors.ts), so both read the one rule.

import { cmdletVersions, parameterVersions, versionList } from '../catalog/exchangeVersions';
import type { ExchangeVersion } from '../catalog/types';
import type { Range } from '../syntax/ast';
import type { CommandBinding } from './binding';
import type { Finding } from './finding';
import { EXCHANGE_SHELL_VERSION, POWERSHELL_7_ONLY } from '../syntax/powerShell7';

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
  // One warning per command: `-Parallel {...} -ThrottleLimit 2` is one PowerShell 7 form, not two.
  const powerShell7 = binding.bound.find((bound) => bound.parameter.powerShell7Only && bound.nameElement);
  if (powerShell7?.nameElement) findings.push(powerShell7ParameterFinding(cmdlet.name, powerShell7.parameter.name, powerShell7.nameElement.nameRange));
  for (const bound of binding.bound) {
    if (bound.parameter.powerShell7Only) continue;
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

function powerShell7ParameterFinding(cmdlet: string, parameter: string, range: Range): Finding {
  return {
    code: POWERSHELL_7_ONLY,
    range,
    message: `${cmdlet} -${parameter} is PowerShell 7 only; ${EXCHANGE_SHELL_VERSION}, whose ${cmdlet} has no -${parameter}.`,
    data: { kind: 'parameter', parameter },
  };
}
