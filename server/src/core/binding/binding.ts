// Parameter binding as PowerShell does it, driven by the catalog: named parameters first (exact
// name or alias, else a unique prefix), then positional arguments in the parameter set whose
// positional parameters best fit them (positionalPlacement.ts), then the mandatory check for that
// set. The editor (validation, completion, signature help) binds static arguments through
// `bindCommand`; the interpreter binds evaluated values through `bindNamed` + `completeBinding`, so
// both apply the same rules and report the same findings.

import type { CmdletSpec, ParameterSpec } from '../catalog/types';
import { findCmdlet, resolveParameter } from '../catalog/catalog';
import { displayTypeName } from '../catalog/typeNames';
import type { Command, CommandArgument, CommandParameter, Expression, Range } from '../syntax/ast';
import type { ArgumentShape } from './argumentShape';
import type { Finding } from './finding';
import { candidateSetsFor } from './parameterSets';
import { placePositionals } from './positionalPlacement';

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

/** The first step of binding: the named parameters bound, the positional arguments still to place. */
export interface NamedBinding extends CommandBinding {
  cmdlet: CmdletSpec;
  /** The arguments that are neither a named parameter's value nor a splat, in source order. */
  positionals: CommandArgument[];
}

export interface BindingContext {
  /** The command receives pipeline input (it is not the first element of its pipeline). */
  pipelineInput: boolean;
  /** What a positional argument's value is: the editor tells it from the syntax, the interpreter from the value. */
  shapeOf: (value: Expression) => ArgumentShape;
}

/** Binds a command as the editor sees it; a command run with `&` or `.`, or not in the catalog, binds nothing. */
export function bindCommand(command: Command, context: BindingContext): CommandBinding {
  const cmdlet = command.invocationOperator ? undefined : findCmdlet(command.name.text);
  if (!cmdlet) return { command, cmdlet, bound: [], candidateSets: [], splatted: false, findings: [] };
  return completeBinding(bindNamed(command, cmdlet), context);
}

/** Resolves every `-Name` element and the parameter sets they allow. */
export function bindNamed(command: Command, cmdlet: CmdletSpec): NamedBinding {
  const binding: NamedBinding = { command, cmdlet, bound: [], candidateSets: [], splatted: false, findings: [], positionals: [] };
  binding.positionals = bindNamedElements(binding, cmdlet);
  binding.candidateSets = candidateSetsFor(cmdlet, binding.bound, binding.findings);
  return binding;
}

/**
 * Places the positional arguments, settles the parameter set and checks its mandatory parameters
 * (not when a splat may supply them: the interpreter checks those once the splat is known).
 */
export function completeBinding(named: NamedBinding, context: BindingContext): CommandBinding {
  const { command, cmdlet, positionals } = named;
  const placement = placePositionals({
    cmdlet,
    candidates: named.candidateSets,
    named: named.bound.map((bound) => bound.parameter),
    shapes: positionals.map((argument) => context.shapeOf(argument.value)),
    pipelineInput: context.pipelineInput,
  });
  const binding: CommandBinding = { command, cmdlet, bound: [...named.bound], candidateSets: placement.sets, splatted: named.splatted, findings: [...named.findings] };
  positionals.forEach((argument, index) => {
    const parameter = placement.targets[index];
    if (parameter) binding.bound.push({ parameter, value: argument.value, positional: true, range: argument.range });
    else binding.findings.push(positionalFinding(binding, cmdlet, argument));
  });
  if (!binding.splatted && placement.missing.length > 0) binding.findings.push(mandatoryFinding(command, cmdlet, placement.sets[0], placement.missing));
  return binding;
}

/** Binds every `-Name` element; returns the arguments left for positional binding. */
function bindNamedElements(binding: CommandBinding, cmdlet: CmdletSpec): CommandArgument[] {
  const elements = binding.command.elements;
  const positionals: CommandArgument[] = [];
  let parametersEnded = false;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (element.kind === 'Argument') {
      if (!parametersEnded && isEndOfParameters(element)) parametersEnded = true;
      else if (element.value.kind === 'Variable' && element.value.splat) binding.splatted = true;
      else positionals.push(element);
      continue;
    }
    if (parametersEnded || isLoneDash(element)) {
      positionals.push(parameterAsArgument(element));
      continue;
    }
    const next = elements[i + 1];
    const consumesNext = bindParameterElement(binding, cmdlet, element, next?.kind === 'Argument' ? next : undefined);
    if (consumesNext) i++;
  }
  return positionals;
}

/**
 * PowerShell passes a `-` standing alone as the string "-" (`Write-Output a -` writes two lines);
 * the parser keeps it a nameless parameter only so completion can offer names while one is typed.
 */
function isLoneDash(element: CommandParameter): boolean {
  return element.name === '' && !element.hasColon;
}

/** `--` ends the parameters: PowerShell drops it and passes every later word, `-Name` too, as an argument. */
export function isEndOfParameters(element: CommandArgument): boolean {
  return element.value.kind === 'Bareword' && element.value.text === '--';
}

/** A dash word taken as text (a lone `-`, or `-Name` after `--`), as PowerShell passes it. */
export function parameterAsArgument(element: CommandParameter): CommandArgument {
  const value: Expression = { kind: 'Bareword', range: element.nameRange, text: `-${element.name}${element.hasColon ? ':' : ''}` };
  if (!element.colonArgument) return { kind: 'Argument', range: element.range, value };
  // `-- -Name:value`: the name and its value, both passed on as arguments.
  const list: Expression = { kind: 'Array', range: element.range, elements: [value, element.colonArgument] };
  return { kind: 'Argument', range: element.range, value: list };
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
      message: `-${parameter.name} needs a value of type ${displayTypeName(parameter)}. Add the value after the parameter name.`,
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

/** Reported at the command name: the whole command lacks the parameters. */
export function mandatoryFinding(command: Command, cmdlet: CmdletSpec, set: string, missing: readonly ParameterSpec[]): Finding {
  const names = missing.map((parameter) => `-${parameter.name}`);
  return {
    code: 'missing-mandatory-parameter',
    range: command.name.range,
    message: `${cmdlet.name} is missing the mandatory parameter${names.length > 1 ? 's' : ''} ${names.join(', ')}. Add ${names.map((name) => `${name} <value>`).join(' ')}.`,
    data: { missing: missing.map((parameter) => parameter.name), set },
  };
}


function joinOr(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
