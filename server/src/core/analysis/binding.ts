// Parameter binding as PowerShell does it, driven by the catalog: named parameters first (exact
// name or alias, else a unique prefix), then positional arguments by position within the parameter
// set that the named ones leave possible, then the mandatory check for that set. Validation,
// completion, signature help and the simulator all bind through this one function.

import type { CmdletSpec, ParameterSpec } from '../catalog/types';
import { findCmdlet, remainingArgumentsParameterIn, resolveParameter } from '../catalog/catalog';
import { displayTypeName } from '../catalog/typeNames';
import type { Command, CommandArgument, CommandParameter, Expression, Range } from '../syntax/ast';
import type { Finding } from './diagnostic';
import { candidateSetsFor, chooseSet, membership, positionalParametersIn } from './parameterSets';

export interface BoundArgument {
  parameter: ParameterSpec;
  /** The `-Name` element; absent when bound by position. */
  nameElement?: CommandParameter;
  /** The value; absent for a switch written without `:value`. */
  value?: Expression;
  positional: boolean;
  /** From the parameter name (or positional value) to the end of the value. */
  range: Range;
}

export interface CommandBinding {
  command: Command;
  cmdlet: CmdletSpec | undefined;
  bound: BoundArgument[];
  /** Parameter sets consistent with the parameters given; the first is the one binding chose. */
  candidateSets: string[];
  /** True when `@splat` arguments make the full set of parameters unknowable before running. */
  splatted: boolean;
  findings: Finding[];
}

export interface BindingContext {
  /** The command receives pipeline input (it is not the first element of its pipeline). */
  pipelineInput: boolean;
}

export function bindCommand(command: Command, context: BindingContext): CommandBinding {
  const cmdlet = command.invocationOperator ? undefined : findCmdlet(command.name.text);
  const binding: CommandBinding = { command, cmdlet, bound: [], candidateSets: [], splatted: false, findings: [] };
  if (!cmdlet) return binding;
  const positionals = bindNamed(binding, cmdlet);
  binding.candidateSets = candidateSetsFor(cmdlet, binding.bound, binding.findings);
  bindPositionals(binding, cmdlet, positionals);
  if (!binding.splatted) checkMandatory(binding, cmdlet, context);
  return binding;
}

/** Binds every `-Name` element; returns the arguments left for positional binding. */
function bindNamed(binding: CommandBinding, cmdlet: CmdletSpec): CommandArgument[] {
  const elements = binding.command.elements;
  const positionals: CommandArgument[] = [];
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (element.kind === 'Argument') {
      if (element.value.kind === 'Variable' && element.value.splat) binding.splatted = true;
      else positionals.push(element);
      continue;
    }
    const next = elements[i + 1];
    const consumesNext = bindParameterElement(binding, cmdlet, element, next?.kind === 'Argument' ? next : undefined);
    if (consumesNext) i++;
  }
  return positionals;
}

/** Returns true when the element after the parameter was taken as its value. */
function bindParameterElement(
  binding: CommandBinding,
  cmdlet: CmdletSpec,
  element: CommandParameter,
  next: CommandArgument | undefined,
): boolean {
  const resolution = resolveParameter(cmdlet, element.name);
  if (resolution.kind === 'unknown' || resolution.kind === 'ambiguous') {
    binding.findings.push(unresolvedFinding(cmdlet, element, resolution));
    // Take the next argument as the unknown parameter's value so one typo gives one error,
    // not a second "positional argument" error for its value.
    return next !== undefined && element.colonArgument === undefined;
  }
  const parameter = resolution.parameter;
  if (binding.bound.some((bound) => bound.parameter === parameter)) {
    binding.findings.push({
      code: 'duplicate-parameter',
      range: element.nameRange,
      message: `-${parameter.name} is given more than once. Remove the repeated -${parameter.name}.`,
      data: { parameter: parameter.name },
    });
  }
  if (parameter.type.kind === 'switch' || element.colonArgument !== undefined || element.hasColon) {
    pushBound(binding, parameter, element, element.colonArgument);
    return false;
  }
  if (!next) {
    binding.findings.push({
      code: 'missing-parameter-value',
      range: element.nameRange,
      message: `-${parameter.name} needs a value of type ${describeType(parameter)}. Add the value after the parameter name.`,
      data: { parameter: parameter.name },
    });
    pushBound(binding, parameter, element, undefined);
    return false;
  }
  pushBound(binding, parameter, element, next.value);
  return true;
}

function pushBound(binding: CommandBinding, parameter: ParameterSpec, element: CommandParameter, value: Expression | undefined): void {
  const end = value ? Math.max(value.range.end, element.range.end) : element.range.end;
  binding.bound.push({ parameter, nameElement: element, value, positional: false, range: { start: element.range.start, end } });
}

function unresolvedFinding(
  cmdlet: CmdletSpec,
  element: CommandParameter,
  resolution: { kind: 'unknown'; suggestions: ParameterSpec[] } | { kind: 'ambiguous'; candidates: ParameterSpec[] },
): Finding {
  if (resolution.kind === 'ambiguous') {
    const names = resolution.candidates.map((candidate) => `-${candidate.name}`);
    return {
      code: 'ambiguous-parameter',
      range: element.nameRange,
      message: `-${element.name} is ambiguous for ${cmdlet.name}: it could be ${joinOr(names)}. Type more of the name.`,
      data: { candidates: resolution.candidates.map((candidate) => candidate.name) },
    };
  }
  const suggestion = resolution.suggestions[0];
  const hint = suggestion ? ` Did you mean -${suggestion.name}?` : ` Use Get-Help ${cmdlet.name} to list its parameters.`;
  return {
    code: 'unknown-parameter',
    range: element.nameRange,
    message: `${cmdlet.name} has no parameter -${element.name}.${hint}`,
    data: { suggestions: resolution.suggestions.map((candidate) => candidate.name) },
  };
}

function bindPositionals(binding: CommandBinding, cmdlet: CmdletSpec, positionals: CommandArgument[]): void {
  for (const argument of positionals) {
    const target = nextPositional(binding, cmdlet) ?? remainingArgumentsTarget(binding, cmdlet);
    if (!target) {
      binding.findings.push(positionalFinding(binding, cmdlet, argument));
      continue;
    }
    binding.candidateSets = target.sets;
    binding.bound.push({ parameter: target.parameter, value: argument.value, positional: true, range: argument.range });
  }
}

/** The first unbound positional parameter, in the first candidate set that still has one. */
function nextPositional(binding: CommandBinding, cmdlet: CmdletSpec): { parameter: ParameterSpec; sets: string[] } | undefined {
  for (const set of binding.candidateSets) {
    const parameter = positionalParametersIn(cmdlet, set).find((candidate) => !binding.bound.some((bound) => bound.parameter === candidate));
    if (parameter) {
      const sets = binding.candidateSets.filter((other) => membership(cmdlet, parameter, other)?.position !== undefined);
      return { parameter, sets };
    }
  }
  return undefined;
}

/**
 * Once the positional parameters are taken, extra arguments go to the set's remaining-arguments
 * parameter (`Write-Host "Configured" $name` binds both words to -Object), unless it was named.
 */
function remainingArgumentsTarget(binding: CommandBinding, cmdlet: CmdletSpec): { parameter: ParameterSpec; sets: string[] } | undefined {
  for (const set of binding.candidateSets) {
    const parameter = remainingArgumentsParameterIn(cmdlet, set);
    if (parameter && !binding.bound.some((bound) => bound.parameter === parameter && !bound.positional)) {
      return { parameter, sets: binding.candidateSets.filter((other) => remainingArgumentsParameterIn(cmdlet, other) === parameter) };
    }
  }
  return undefined;
}

function positionalFinding(binding: CommandBinding, cmdlet: CmdletSpec, argument: CommandArgument): Finding {
  const previous = binding.bound.at(-1);
  const follows = previous?.parameter.multiValued && previous.range.end <= argument.range.start;
  const hint = follows
    ? ` If it is another value for -${previous.parameter.name}, separate the values with commas.`
    : ' Name the parameter it is meant for, or remove it.';
  return {
    code: 'positional-argument-not-accepted',
    range: argument.range,
    message: `${cmdlet.name} has no positional parameter left to take this argument.${hint}`,
  };
}

function checkMandatory(binding: CommandBinding, cmdlet: CmdletSpec, context: BindingContext): void {
  const choice = chooseSet(cmdlet, binding.candidateSets, binding.bound.map((bound) => bound.parameter), context.pipelineInput);
  if (!choice) return;
  binding.candidateSets = [choice.set, ...binding.candidateSets.filter((set) => set !== choice.set)];
  if (choice.missing.length === 0) return;
  const names = choice.missing.map((parameter) => `-${parameter.name}`);
  binding.findings.push({
    code: 'missing-mandatory-parameter',
    range: binding.command.name.range,
    message: `${cmdlet.name} is missing the mandatory parameter${names.length > 1 ? 's' : ''} ${names.join(', ')}. Add ${names.map((name) => `${name} <value>`).join(' ')}.`,
    data: { missing: choice.missing.map((parameter) => parameter.name), set: choice.set },
  });
}

export function describeType(parameter: ParameterSpec): string {
  return displayTypeName(parameter);
}

function joinOr(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
