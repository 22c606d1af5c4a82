// Where positional arguments go. PowerShell weighs the arguments' types when parameter sets place
// them differently: `ForEach-Object Name` binds -MemberName rather than the script block -Process,
// and `Where-Object { ... }` binds -FilterScript rather than -Property. So every set the named
// parameters allow is tried: the set whose positional parameters fit the arguments best wins, then
// the one missing the fewest mandatory parameters, then the cmdlet's order (default set first).
// Arguments past the set's positional parameters go to its remaining-arguments parameter.

import { positionalParametersIn, remainingArgumentsParameterIn } from '../catalog/catalog';
import type { CmdletSpec, ParameterSpec } from '../catalog/types';
import type { ArgumentShape } from './argumentShape';
import { missingMandatory } from './parameterSets';

export interface PlacementRequest {
  cmdlet: CmdletSpec;
  /** The sets the named parameters allow, in the cmdlet's order (never empty). */
  candidates: readonly string[];
  /** The parameters bound by name. */
  named: readonly ParameterSpec[];
  /** One per positional argument, in source order. */
  shapes: readonly ArgumentShape[];
  pipelineInput: boolean;
}

export interface Placement {
  /** The chosen set first, then the other candidates that place every argument the same way. */
  sets: string[];
  /** The parameter each positional argument binds to; undefined where the set has none left. */
  targets: (ParameterSpec | undefined)[];
  /** The chosen set's mandatory parameters that nothing supplies. */
  missing: ParameterSpec[];
}

interface SetPlacement {
  set: string;
  targets: (ParameterSpec | undefined)[];
  fit: number;
  missing: ParameterSpec[];
}

export function placePositionals(request: PlacementRequest): Placement {
  const tried = request.candidates.map((set) => placeInSet(request, set));
  const chosen = tried.reduce((best, next) => (better(next, best) ? next : best));
  const alike = tried.filter((other) => other !== chosen && other.targets.every((target, index) => target === chosen.targets[index]));
  return { sets: [chosen.set, ...alike.map((other) => other.set)], targets: chosen.targets, missing: chosen.missing };
}

function better(candidate: SetPlacement, best: SetPlacement): boolean {
  if (candidate.fit !== best.fit) return candidate.fit > best.fit;
  return candidate.missing.length < best.missing.length;
}

function placeInSet(request: PlacementRequest, set: string): SetPlacement {
  const { cmdlet, named } = request;
  const slots = positionalParametersIn(cmdlet, set).filter((parameter) => !named.includes(parameter));
  const remainingParameter = remainingArgumentsParameterIn(cmdlet, set);
  // A remaining-arguments parameter given by name takes no leftovers.
  const remaining = remainingParameter && !named.includes(remainingParameter) ? remainingParameter : undefined;
  const targets = request.shapes.map((_, index) => slots[index] ?? remaining);
  const fit = targets.reduce((total, target, index) => total + fitOf(request.shapes[index], target), 0);
  const given = [...named, ...targets.filter((target): target is ParameterSpec => target !== undefined)];
  return { set, targets, fit, missing: missingMandatory(cmdlet, set, given, request.pipelineInput) };
}

/** Far below any sum of fits, so one argument that cannot bind outweighs every good one. */
const UNFIT = -1000;

/** A script block fits a script-block parameter best; anything else cannot become one. */
function fitOf(shape: ArgumentShape, parameter: ParameterSpec | undefined): number {
  if (!parameter) return UNFIT;
  if (parameter.type.kind !== 'scriptBlock') return 1;
  if (shape === 'scriptBlock') return 2;
  return shape === 'unknown' ? 1 : UNFIT;
}
