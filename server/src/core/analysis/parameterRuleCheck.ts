// Renders the catalog's cross-parameter rules (decided in model/parameterRules.ts) as
// `conflicting-parameters` diagnostics: per command from its own literal values, and across a
// script for a Foreign connector's DropDirectory after a Set-TransportService -RootDropDirectoryPath.

import type { BoundArgument, CommandBinding } from '../binding/binding';
import type { Finding } from '../binding/finding';
import { parameterRuleFindings, type RuleFinding, type RuleInput } from '../model/parameterRules';
import type { SettingValue } from '../values/settingValue';
import type { DocumentAnalysis } from './documentAnalysis';
import { staticValueOf } from './staticValue';
import { acceptedValueOf } from './valueCheck';

export const CONFLICTING_PARAMETERS = 'conflicting-parameters';

/** The command's values known before the run, by parameter name, with the argument each came from. */
function knownValues(binding: CommandBinding): { values: Map<string, SettingValue>; arguments: Map<string, BoundArgument> } {
  const values = new Map<string, SettingValue>();
  const args = new Map<string, BoundArgument>();
  for (const bound of binding.bound) {
    // A switch given alone is on.
    const bareSwitch = !bound.value && bound.parameter.type.kind === 'switch';
    const value = bareSwitch ? true : bound.value ? acceptedValueOf(bound.parameter, staticValueOf(bound.value)) : undefined;
    if (value === undefined) continue;
    values.set(bound.parameter.name, value);
    args.set(bound.parameter.name.toLowerCase(), bound);
  }
  return { values, arguments: args };
}

function render(found: readonly RuleFinding[], args: Map<string, BoundArgument>): Finding[] {
  return found.flatMap((finding) => {
    const bound = args.get(finding.parameter.toLowerCase());
    return bound ? [{ code: CONFLICTING_PARAMETERS, range: bound.range, message: finding.message }] : [];
  });
}

/** The rules one command breaks by its own values. */
export function checkParameterRules(binding: CommandBinding, extra: Omit<RuleInput, 'given'> = {}): Finding[] {
  if (!binding.cmdlet || binding.splatted) return [];
  const { values, arguments: args } = knownValues(binding);
  if (values.size === 0) return [];
  return render(parameterRuleFindings(binding.cmdlet, { given: values, ...extra }), args);
}

const SETS_ROOT = /^Set-Transport(Service|Server)$/i;
const WRITES_CONNECTOR = /^(New|Set)-ForeignConnector$/i;

/** A Foreign connector's absolute DropDirectory after the same script set RootDropDirectoryPath. */
/**
 * For a long script analysed a region at a time: a filter over its bindings, in order, keeping the
 * ones checkDropDirectoriesUnderRoot reads (a root set, and the connector writes after one).
 */
export function dropRootBindingFilter(): (binding: CommandBinding) => boolean {
  let rootSet = false;
  return (binding) => {
    const name = binding.cmdlet?.name ?? '';
    if (SETS_ROOT.test(name)) {
      const setsRoot = binding.bound.some((bound) => bound.parameter.name === 'RootDropDirectoryPath');
      rootSet ||= setsRoot;
      return setsRoot;
    }
    return rootSet && WRITES_CONNECTOR.test(name);
  };
}

export function checkDropDirectoriesUnderRoot(document: DocumentAnalysis): Finding[] {
  const findings: Finding[] = [];
  let root: string | undefined;
  for (const binding of document.bindings) {
    const name = binding.cmdlet?.name ?? '';
    if (SETS_ROOT.test(name)) {
      const value = knownValues(binding).values.get('RootDropDirectoryPath');
      if (value !== undefined) root = typeof value === 'string' ? value : '';
    } else if (root && WRITES_CONNECTOR.test(name) && binding.cmdlet) {
      const { values, arguments: args } = knownValues(binding);
      const found = parameterRuleFindings(binding.cmdlet, { given: values, rootDropDirectoryPath: root }).filter((finding) => finding.rule.kind === 'relative-under-root');
      findings.push(...render(found, args));
    }
  }
  return findings;
}
