// Parameter-set reasoning: which sets a group of parameters allows, which set PowerShell would pick,
// and what that set still needs. Kept apart from binding so signature help and completion can reuse it.

import type { CmdletSpec, ParameterSpec } from '../catalog/types';
import { mandatoryParametersIn, membershipInSet as membership, setsOfParameter } from '../catalog/catalog';
import type { Finding } from './finding';

// Set membership itself is the catalog's; these names are what binding and the analysis call it.
export { membershipInSet as membership, mandatoryParametersIn, positionalParametersIn, setsOfParameter } from '../catalog/catalog';

/**
 * The sets that contain every named parameter, default set first. When no set contains them all,
 * reports the conflict at the first parameter that leaves no set and carries on with the sets the
 * parameters before it allowed, so later checks still run.
 */
export function candidateSetsFor(cmdlet: CmdletSpec, bound: { parameter: ParameterSpec; nameElement?: { nameRange: { start: number; end: number } } }[], findings: Finding[]): string[] {
  let candidates: readonly string[] = cmdlet.parameterSets;
  const reportedAgainst: ParameterSpec[] = [];
  for (const entry of bound) {
    const allowed = setsAllowing(cmdlet, entry.parameter, candidates);
    if (allowed.length > 0) {
      candidates = allowed;
      reportedAgainst.push(entry.parameter);
      continue;
    }
    // Name the parameters given earlier that share no set with this one.
    const others = reportedAgainst.filter((other) => !setsOfParameter(cmdlet, other).some((set) => membership(cmdlet, entry.parameter, set)));
    const conflicting = others.length > 0 ? others : reportedAgainst;
    findings.push({
      code: 'parameter-set-conflict',
      range: entry.nameElement?.nameRange ?? { start: 0, end: 0 },
      message: `-${entry.parameter.name} cannot be used together with ${conflicting.map((other) => `-${other.name}`).join(', ')}: they belong to different parameter sets of ${cmdlet.name}. Remove one of them.`,
      data: { parameter: entry.parameter.name },
    });
  }
  return [...candidates];
}

/** The candidate sets that contain `parameter`: the same array when all do, as is usual. */
function setsAllowing(cmdlet: CmdletSpec, parameter: ParameterSpec, candidates: readonly string[]): readonly string[] {
  return candidates.every((set) => membership(cmdlet, parameter, set)) ? candidates : candidates.filter((set) => membership(cmdlet, parameter, set));
}

export interface SetChoice {
  set: string;
  missing: ParameterSpec[];
}

/**
 * The set PowerShell would settle on: the one whose mandatory parameters are all given, preferring
 * the default set; otherwise the one missing the fewest. Parameters that take pipeline input count
 * as given when the command receives pipeline input.
 */
export function chooseSet(cmdlet: CmdletSpec, candidates: string[], given: ParameterSpec[], pipelineInput: boolean): SetChoice | undefined {
  const ordered = candidates.length <= 1 ? candidates : [...candidates].sort((a, b) => cmdlet.parameterSets.indexOf(a) - cmdlet.parameterSets.indexOf(b));
  let best: SetChoice | undefined;
  for (const set of ordered) {
    const missing = missingMandatory(cmdlet, set, given, pipelineInput);
    if (!best || missing.length < best.missing.length) best = { set, missing };
    if (missing.length === 0) break;
  }
  return best;
}

/** The mandatory parameters of `set` that are neither given nor supplied by pipeline input. */
export function missingMandatory(cmdlet: CmdletSpec, set: string, given: readonly ParameterSpec[], pipelineInput: boolean): ParameterSpec[] {
  return mandatoryParametersIn(cmdlet, set).filter((parameter) => {
    if (given.includes(parameter)) return false;
    const member = membership(cmdlet, parameter, set);
    return !(pipelineInput && (member?.valueFromPipeline || member?.valueFromPipelineByPropertyName));
  });
}
