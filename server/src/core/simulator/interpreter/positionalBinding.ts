// Positional arguments at run time. The editor's binder places them by position in the first
// parameter set the named parameters allow; PowerShell also weighs the values' types, so
// `ForEach-Object Name` binds -MemberName rather than the script block -Process, and
// `Where-Object { ... }` binds -FilterScript rather than -Property. Here the set whose positional
// parameters best fit the evaluated values is chosen, extra values go to the set's
// remaining-arguments parameter, and the mandatory parameters of that set are checked.

import type { CommandBinding } from '../../analysis/binding';
import { chooseSet } from '../../analysis/parameterSets';
import { membershipInSet, positionalParametersIn, remainingArgumentsParameterIn } from '../../catalog/catalog';
import type { CmdletSpec, ParameterSpec } from '../../catalog/types';
import type { Command, CommandArgument } from '../../syntax/ast';
import { bindingError, type ParameterBindingError } from './bindingErrors';
import { PsScriptBlock, type PsValue } from './psValue';

export interface PositionalArgument {
  argument: CommandArgument;
  value: PsValue;
}

export interface PositionalPlan {
  set: string;
  /** Values per parameter, in order; the remaining-arguments parameter may get several. */
  assigned: Map<ParameterSpec, PsValue[]>;
}

/** The unnamed arguments of a command in source order: neither a named parameter's value nor a splat. */
export function positionalArgumentsOf(command: Command, binding: CommandBinding): CommandArgument[] {
  const taken = new Set(binding.bound.filter((entry) => !entry.positional).map((entry) => entry.value));
  return command.elements.filter((element): element is CommandArgument =>
    element.kind === 'Argument' && !taken.has(element.value) && !(element.value.kind === 'Variable' && element.value.splat));
}

export function planPositionals(
  cmdlet: CmdletSpec,
  binding: CommandBinding,
  positionals: PositionalArgument[],
  pipelineInput: boolean,
  sourceText: string,
): PositionalPlan | ParameterBindingError {
  const named = binding.bound.filter((entry) => !entry.positional).map((entry) => entry.parameter);
  const set = bestSet(cmdlet, binding, named, positionals);
  const slots = positionalParametersIn(cmdlet, set).filter((parameter) => !named.includes(parameter));
  const remaining = remainingArgumentsParameterIn(cmdlet, set);
  const assigned = new Map<ParameterSpec, PsValue[]>();
  for (const [index, positional] of positionals.entries()) {
    const parameter = slots[index] ?? (remaining && !named.includes(remaining) ? remaining : undefined);
    if (!parameter) {
      return bindingError(cmdlet, `A positional parameter cannot be found that accepts argument '${sourceText.slice(positional.argument.range.start, positional.argument.range.end)}'.`, {
        category: 'InvalidArgument', reason: 'ParameterBindingException', errorId: 'PositionalParameterNotFound', range: binding.command.range,
      });
    }
    assigned.set(parameter, [...(assigned.get(parameter) ?? []), positional.value]);
  }
  const choice = chooseSet(cmdlet, [set], [...named, ...assigned.keys()], pipelineInput);
  if (!binding.splatted && choice && choice.missing.length > 0) {
    return bindingError(cmdlet, `Cannot process command because of one or more missing mandatory parameters: ${choice.missing.map((parameter) => parameter.name).join(' ')}.`, {
      category: 'InvalidArgument', reason: 'ParameterBindingException', errorId: 'MissingMandatoryParameter', range: binding.command.range,
    });
  }
  return { set, assigned };
}

/** The set that takes every named parameter and whose positional parameters fit the values best;
 * on a tie, the binder's own choice, then the cmdlet's order. */
function bestSet(cmdlet: CmdletSpec, binding: CommandBinding, named: ParameterSpec[], positionals: PositionalArgument[]): string {
  const preferred = binding.candidateSets[0] ?? cmdlet.parameterSets[0];
  const allowed = cmdlet.parameterSets.filter((set) => named.every((parameter) => membershipInSet(cmdlet, parameter, set) !== undefined));
  if (positionals.length === 0 || allowed.length === 0) return allowed.includes(preferred) || allowed.length === 0 ? preferred : allowed[0];
  let best = preferred;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const set of [preferred, ...allowed.filter((candidate) => candidate !== preferred)]) {
    if (!allowed.includes(set)) continue;
    const score = fitOf(cmdlet, set, named, positionals);
    if (score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best;
}

const UNFIT = -1000;

function fitOf(cmdlet: CmdletSpec, set: string, named: ParameterSpec[], positionals: PositionalArgument[]): number {
  const slots = positionalParametersIn(cmdlet, set).filter((parameter) => !named.includes(parameter));
  const remaining = remainingArgumentsParameterIn(cmdlet, set);
  let score = 0;
  for (const [index, positional] of positionals.entries()) {
    const parameter = slots[index] ?? remaining;
    if (!parameter) return UNFIT;
    score += fit(positional.value, parameter);
  }
  return score;
}

/** A script block fits a script-block parameter exactly; anything else cannot become one. */
function fit(value: PsValue, parameter: ParameterSpec): number {
  const wantsBlock = parameter.type.kind === 'scriptBlock';
  const isBlock = value instanceof PsScriptBlock;
  if (wantsBlock) return isBlock ? 2 : UNFIT;
  return 1;
}
