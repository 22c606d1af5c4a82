// The rules that tie two parameters of one cmdlet together, as data: which pairs must differ, which
// must stay in order, and which path must be relative while a root is set. Each rule names its
// parameters by their catalog names; the ordered pairs are found from the parameter names, so a
// new log family or a new cmdlet with both connection limits gets its rules without code. The one
// evaluator is core/model/parameterRules.ts; the checker and the simulator render its findings.

import type { CmdletSpec } from './types';

export type ParameterRule =
  /** The two paths must name different folders (case-insensitive, a trailing backslash ignored). */
  | { kind: 'distinct-paths'; first: string; second: string }
  /** `smaller` must not exceed `larger`; Unlimited is above every number. */
  | { kind: 'not-above'; smaller: string; larger: string }
  /** While the transport service's `root` setting is non-empty, `parameter` must be a relative path. */
  | { kind: 'relative-under-root'; parameter: string; root: string }
  /** At most one of `parameters` (a switch counts when it is on): the usage switches of
   * New-SendConnector and its -Usage each set the one usage type, but share every parameter set. */
  | { kind: 'at-most-one'; parameters: string[]; what: string };

/** The kinds of rule, with the sentence the docs use for each. */
export const PARAMETER_RULE_KINDS: Record<ParameterRule['kind'], string> = {
  'distinct-paths': 'PickupDirectoryPath and ReplayDirectoryPath name different folders.',
  'not-above': 'MaxPerDomainOutboundConnections is not above MaxOutboundConnections, and each <X>MaxFileSize is not above its <X>MaxDirectorySize.',
  'relative-under-root': 'A Foreign connector\'s DropDirectory is relative while the transport service\'s RootDropDirectoryPath is set.',
  'at-most-one': 'One usage switch (-Custom, -Internal, -Internet, -Partner) or -Usage, not several.',
};

const FOREIGN_CONNECTOR_WRITERS = /^(New|Set)-ForeignConnector$/i;

/** The rules that apply to a cmdlet, derived from its parameter names. */
export function parameterRulesOf(cmdlet: CmdletSpec): ParameterRule[] {
  const names = new Map(cmdlet.parameters.map((parameter) => [parameter.name.toLowerCase(), parameter.name]));
  const has = (name: string) => names.get(name.toLowerCase());
  const rules: ParameterRule[] = [];
  const pickup = has('PickupDirectoryPath');
  const replay = has('ReplayDirectoryPath');
  if (pickup && replay) rules.push({ kind: 'distinct-paths', first: pickup, second: replay });
  const total = has('MaxOutboundConnections');
  const perDomain = has('MaxPerDomainOutboundConnections');
  if (total && perDomain) rules.push({ kind: 'not-above', smaller: perDomain, larger: total });
  for (const parameter of cmdlet.parameters) {
    const match = /^(.*)MaxFileSize$/.exec(parameter.name);
    const directory = match && has(`${match[1]}MaxDirectorySize`);
    if (directory) rules.push({ kind: 'not-above', smaller: parameter.name, larger: directory });
  }
  const drop = has('DropDirectory');
  if (drop && FOREIGN_CONNECTOR_WRITERS.test(cmdlet.name)) rules.push({ kind: 'relative-under-root', parameter: drop, root: 'RootDropDirectoryPath' });
  const usage = usageChoices(cmdlet);
  if (usage) rules.push(usage);
  return rules;
}

/** A `Usage` list whose values are also switches of the cmdlet, all in one parameter set: giving two
 * of them sets the usage type twice, which the sets cannot refuse (New-ReceiveConnector's usage
 * switches have sets of their own, which already refuse it). */
function usageChoices(cmdlet: CmdletSpec): ParameterRule | undefined {
  const usage = cmdlet.parameters.find((parameter) => parameter.name === 'Usage');
  if (usage?.type.kind !== 'enum') return undefined;
  const values = new Set(usage.type.values.map((value) => value.toLowerCase()));
  const switches = cmdlet.parameters.filter((parameter) => parameter.type.kind === 'switch' && values.has(parameter.name.toLowerCase()));
  const involved = [...switches, usage];
  const shared = cmdlet.parameterSets.filter((set) => involved.every((parameter) => !parameter.sets || parameter.sets[set] !== undefined));
  if (switches.length === 0 || shared.length === 0) return undefined;
  return { kind: 'at-most-one', parameters: involved.map((parameter) => parameter.name), what: 'the connector\'s usage type' };
}
