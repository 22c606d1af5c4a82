// Binds a command's arguments at run time. The rules (named parameters through the catalog,
// positional placement, parameter-set choice, the mandatory check) are core/binding's, the same the
// editor checks with; the interpreter supplies what only a run knows: the evaluated positional
// values (whose types choose the set), the converted values, splatted hashtables and each piped
// object bound to the parameters that take pipeline input.

import { bindNamed, completeBinding, mandatoryFinding, type BoundArgument, type CommandBinding } from '../../binding/binding';
import { versionFindings } from '../../binding/versionFindings';
import type { ArgumentShape } from '../../binding/argumentShape';
import type { Finding } from '../../binding/finding';
import { missingMandatory } from '../../binding/parameterSets';
import { membershipIn, parametersInSet, resolveParameter } from '../../catalog/catalog';
import type { CmdletSpec, ParameterSpec } from '../../catalog/types';
import type { Command, Expression } from '../../syntax/ast';
import { ParameterValues } from '../cmdlets/parameterValues';
import { bindingError, errorForFinding, ParameterBindingError } from './bindingErrors';
import { toBoolean, toText, typeNameOf } from './conversion';
import { parseErrorAction, type ErrorAction } from './errorReporting';
import { evaluateExpression } from './expressions';
import { convertParameterValue } from './parameterConversion';
import { PsHashtable, PsObject, PsScriptBlock, type PsValue } from './psValue';
import type { Frame } from './runContext';

export interface BoundInvocation {
  cmdlet: CmdletSpec;
  /** The values given on the command line, converted. */
  values: ParameterValues;
  /** The parameter set binding settled on. */
  set: string;
  /** Parameters of the chosen set that can still take a piped object. */
  pipelineParameters: ParameterSpec[];
  /** -ErrorAction when given; otherwise $ErrorActionPreference applies. */
  errorAction?: ErrorAction;
  whatIf: boolean;
  /** Where each given parameter is written, so an error about one can point at it. */
  bound: readonly BoundArgument[];
}

export async function bindInvocation(command: Command, cmdlet: CmdletSpec, frame: Frame, hasPipelineInput: boolean): Promise<BoundInvocation> {
  const named = bindNamed(command, cmdlet);
  const errorAction = await errorActionOf(named.bound, frame);
  try {
    // A named parameter's problem stops the command before any positional argument is evaluated; so
    // does a parameter the Exchange version of the simulated shell lacks.
    throwFirstError(cmdlet, [...named.findings, ...versionFindings(named, frame.run.simulator.organization.exchangeVersion)], command, frame);
    const positionalValues = new Map<Expression, PsValue>();
    for (const argument of named.positionals) positionalValues.set(argument.value, await evaluateExpression(argument.value, frame));
    const binding = completeBinding(named, { pipelineInput: hasPipelineInput, shapeOf: (value) => shapeOfValue(positionalValues.get(value) ?? null) });
    frame.run.observeBinding?.(binding);
    throwFirstError(cmdlet, binding.findings, command, frame);
    const set = binding.candidateSets[0];
    const values = await evaluateNamed(cmdlet, binding.bound, frame);
    for (const [parameter, items] of positionalItems(binding, positionalValues)) {
      const many = parameter.multiValued || items.length > 1;
      values.set(parameter, convertParameterValue(cmdlet, parameter, many ? items : items[0]));
    }
    if (binding.splatted) await bindSplats(command, cmdlet, values, frame, set, hasPipelineInput);
    return { cmdlet, values, set, pipelineParameters: pipelineParametersOf(cmdlet, set, values), errorAction, whatIf: whatIfOf(cmdlet, values, frame), bound: binding.bound };
  } catch (error) {
    if (error instanceof ParameterBindingError) error.errorAction = errorAction;
    throw error;
  }
}

/** The binder's first finding, as the shell reports it. */
function throwFirstError(cmdlet: CmdletSpec, findings: readonly Finding[], command: Command, frame: Frame): void {
  for (const finding of findings) {
    const error = errorForFinding(cmdlet, finding, command.range, frame.run.source.text);
    if (error) throw error;
  }
}

/** A script block fits a script-block parameter; any other value cannot become one. */
function shapeOfValue(value: PsValue): ArgumentShape {
  return value instanceof PsScriptBlock ? 'scriptBlock' : 'other';
}

/** The evaluated positional values per parameter, in order: the remaining-arguments parameter may get several. */
function positionalItems(binding: CommandBinding, positionalValues: Map<Expression, PsValue>): Map<ParameterSpec, PsValue[]> {
  const items = new Map<ParameterSpec, PsValue[]>();
  for (const entry of binding.bound) {
    if (!entry.positional || !entry.value) continue;
    items.set(entry.parameter, [...(items.get(entry.parameter) ?? []), positionalValues.get(entry.value) ?? null]);
  }
  return items;
}

/** The error action a binding error of this command follows, read before the other arguments. */
async function errorActionOf(bound: BoundArgument[], frame: Frame): Promise<ErrorAction | undefined> {
  const entry = bound.find((candidate) => candidate.parameter.name === 'ErrorAction');
  if (!entry?.value) return undefined;
  return parseErrorAction(await evaluateExpression(entry.value, frame));
}

async function evaluateNamed(cmdlet: CmdletSpec, bound: BoundArgument[], frame: Frame): Promise<ParameterValues> {
  const values = new ParameterValues();
  for (const entry of bound) {
    if (entry.positional) continue;
    const value = entry.value ? await evaluateExpression(entry.value, frame) : true;
    values.set(entry.parameter, convertParameterValue(cmdlet, entry.parameter, value));
  }
  return values;
}

/** `Set-ForeignConnector @settings`: each key of the hashtable names a parameter. */
async function bindSplats(command: Command, cmdlet: CmdletSpec, values: ParameterValues, frame: Frame, set: string, hasPipelineInput: boolean): Promise<void> {
  for (const element of command.elements) {
    if (element.kind !== 'Argument' || element.value.kind !== 'Variable' || !element.value.splat) continue;
    const splat = frame.scope.get(element.value.name, element.value.scope) ?? null;
    if (!(splat instanceof PsHashtable)) {
      throw bindingError(cmdlet, `Splatting with @${element.value.name} needs a hashtable of parameter names and values; the simulator does not splat ${typeNameOf(splat)}.`, {
        category: 'InvalidArgument', reason: 'ParameterBindingException', errorId: 'SplatNotSupported', range: command.range,
      });
    }
    for (const { key, value } of splat.pairs) {
      const resolution = resolveParameter(cmdlet, key);
      if (resolution.kind === 'unknown' || resolution.kind === 'ambiguous') {
        throw bindingError(cmdlet, `A parameter cannot be found that matches parameter name '${key}'.`, {
          category: 'InvalidArgument', reason: 'ParameterBindingException', errorId: 'NamedParameterNotFound', range: command.range,
        });
      }
      const parameter = resolution.parameter;
      values.set(parameter, parameter.type.kind === 'switch' ? toBoolean(value) : convertParameterValue(cmdlet, parameter, value));
    }
  }
  checkMandatoryAfterSplat(command, cmdlet, values, frame, set, hasPipelineInput);
}

function checkMandatoryAfterSplat(command: Command, cmdlet: CmdletSpec, values: ParameterValues, frame: Frame, set: string, hasPipelineInput: boolean): void {
  const given = parametersInSet(cmdlet, set).filter((parameter) => values.has(parameter.name));
  const missing = missingMandatory(cmdlet, set, given, hasPipelineInput);
  if (missing.length === 0) return;
  throwFirstError(cmdlet, [mandatoryFinding(command, cmdlet, set, missing)], command, frame);
}

function pipelineParametersOf(cmdlet: CmdletSpec, set: string, values: ParameterValues): ParameterSpec[] {
  return parametersInSet(cmdlet, set).filter((parameter) => {
    const member = membershipIn(parameter, set);
    return !values.has(parameter.name) && (member?.valueFromPipeline || member?.valueFromPipelineByPropertyName);
  });
}

function whatIfOf(cmdlet: CmdletSpec, values: ParameterValues, frame: Frame): boolean {
  if (!cmdlet.supportsShouldProcess) return false;
  if (frame.run.whatIf) return true;
  if (values.has('WhatIf')) return values.flag('WhatIf');
  return toBoolean(frame.scope.get('WhatIfPreference') ?? null);
}

/**
 * Binds one piped object: by value to a parameter that takes the whole object, else by property
 * name (the object's property of the same name). Returns the values for this object.
 */
export function bindPipelineObject(invocation: BoundInvocation, item: PsValue): ParameterValues {
  const { cmdlet, set } = invocation;
  const values = invocation.values.clone();
  const byValue = invocation.pipelineParameters.find((parameter) => membershipIn(parameter, set)?.valueFromPipeline);
  if (byValue) {
    values.set(byValue, convertParameterValue(cmdlet, byValue, item));
    return values;
  }
  let bound = false;
  for (const parameter of invocation.pipelineParameters) {
    if (!membershipIn(parameter, set)?.valueFromPipelineByPropertyName) continue;
    const property = propertyFor(item, parameter);
    if (property === undefined) continue;
    values.set(parameter, convertParameterValue(cmdlet, parameter, property));
    bound = true;
  }
  if (!bound) throw inputNotBound(cmdlet, item);
  return values;
}

function propertyFor(item: PsValue, parameter: ParameterSpec): PsValue | undefined {
  for (const name of [parameter.name, ...(parameter.aliases ?? [])]) {
    if (item instanceof PsObject && item.has(name)) return item.get(name);
    if (item instanceof PsHashtable && item.has(name)) return item.get(name);
  }
  return undefined;
}

export function inputNotBound(cmdlet: CmdletSpec, item: PsValue): ParameterBindingError {
  const error = bindingError(cmdlet, 'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.', {
    category: 'InvalidArgument', reason: 'ParameterBindingException', errorId: 'InputObjectNotBound',
  });
  error.record.targetName = toText(item);
  error.record.targetType = typeNameOf(item).replace(/^System\./, '');
  return error;
}
