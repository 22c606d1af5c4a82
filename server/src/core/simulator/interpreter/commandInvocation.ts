// Runs one command of a pipeline: finds what the name means (a keyword such as `throw`, a function the
// script defined, a catalog cmdlet the simulator implements), binds its arguments and feeds it the
// piped objects. Nothing outside that list runs: an executable or script path is an unknown command.

import { findCmdlet } from '../../catalog/catalog';
import { cmdletVersions } from '../../catalog/exchangeVersions';
import type { CmdletSpec } from '../../catalog/types';
import type { Command, Range } from '../../syntax/ast';
import type { CmdletCall, CmdletImplementation } from '../cmdlets/cmdlet';
import type { ParameterValues } from '../cmdlets/parameterValues';
import { isEndOfParameters } from '../../binding/binding';
import { ParameterBindingError } from './bindingErrors';
import { bindInvocation, bindPipelineObject, inputNotBound, type BoundInvocation } from './commandBinding';
import { toText } from './conversion';
import {
  engineError, FlowSignal, notSupported, ScriptTerminatingError, SimulatorLimitError, StatementTerminatingError, type ErrorRecord,
} from './errorRecord';
import { reportNonTerminatingError, type ErrorAction } from './errorReporting';
import { evaluateExpression } from './expressions';
import { invokeFunction, invokeScriptBlock } from './scriptBlocks';
import { caughtRecord } from './tryStatement';
import { PsScriptBlock, type PsValue } from './psValue';
import { fromRemoteSession } from './remoteSession';
import type { Frame } from './runContext';
import { writeHostLines } from './streamRedirects';

/** `input` is undefined when the command starts its pipeline, else the objects piped to it. */
export async function invokeCommand(command: Command, frame: Frame, input: PsValue[] | undefined): Promise<PsValue[]> {
  const target = await commandTarget(command, frame);
  if (target instanceof PsScriptBlock) {
    const args = await plainArguments(command, frame);
    return invokeScriptBlock(target, frame, { args, input: input ?? [], newScope: command.invocationOperator !== '.' });
  }
  const lower = target.toLowerCase();
  if (flowKeywords.has(lower)) return runFlowKeyword(lower, command, frame);
  // A workflow or a DSC configuration parses as a command of that name with a block: say what it is, not "unknown command".
  if (!command.name.expression && unsupportedKeywords.has(lower)) throw notSupported(`The ${lower} statement`, command.range);
  const definition = frame.run.functions.get(lower);
  if (definition) return invokeFunction(definition, frame, await plainArguments(command, frame), input ?? []);
  const cmdlet = findCmdlet(target);
  // The simulated shell is one Exchange version's: a cmdlet it lacks is no command there.
  if (!cmdlet || !cmdletVersions(cmdlet).includes(frame.run.simulator.organization.exchangeVersion)) throw new StatementTerminatingError(commandNotFound(target, command));
  const implementation = frame.run.engine.findImplementation(cmdlet.name);
  if (!implementation) throw new SimulatorLimitError(notImplemented(cmdlet, command));
  return invokeCmdlet(command, cmdlet, implementation, frame, input);
}

async function commandTarget(command: Command, frame: Frame): Promise<string | PsScriptBlock> {
  if (!command.name.expression) return command.name.text;
  const value = await evaluateExpression(command.name.expression, frame);
  return value instanceof PsScriptBlock ? value : toText(value);
}

/** Arguments of a function or script block call, in order: values, and `-Name` as the text PowerShell passes. */
async function plainArguments(command: Command, frame: Frame): Promise<PsValue[]> {
  const args: PsValue[] = [];
  let parametersEnded = false;
  for (const element of command.elements) {
    // The first `--` only marks the end of the parameters; the shell does not pass it.
    if (element.kind === 'Argument' && !parametersEnded && isEndOfParameters(element)) {
      parametersEnded = true;
      continue;
    }
    if (element.kind === 'Parameter') {
      args.push(`-${element.name}`);
      if (element.colonArgument) args.push(await evaluateExpression(element.colonArgument, frame));
    } else {
      args.push(await evaluateExpression(element.value, frame));
    }
  }
  return args;
}

const flowKeywords = new Set(['throw', 'exit', 'return', 'break', 'continue']);

const unsupportedKeywords = new Set(['workflow', 'configuration']);

async function runFlowKeyword(keyword: string, command: Command, frame: Frame): Promise<PsValue[]> {
  const args = await plainArguments(command, frame);
  if (keyword === 'throw') {
    // `throw` alone in a catch block, and `throw $_`, raise the caught error again.
    const rethrown = caughtRecord(args.length > 0 ? args[0] : frame.scope.get('_'));
    if (rethrown) throw new ScriptTerminatingError(rethrown);
    const message = args.length > 0 ? toText(args[0]) : 'ScriptHalted';
    throw new ScriptTerminatingError(engineError(message, {
      category: 'OperationStopped', reason: 'RuntimeException', errorId: message, targetName: message, targetType: 'String', range: command.range,
    }));
  }
  const signal = new FlowSignal(keyword as FlowSignal['kind'], keyword === 'exit' ? Number(args[0] ?? 0) || 0 : 0);
  if (keyword === 'return') signal.output = args.length > 0 ? [args[0]] : [];
  if ((keyword === 'break' || keyword === 'continue') && args.length > 0) signal.label = toText(args[0]);
  throw signal;
}

function commandNotFound(name: string, command: Command): ErrorRecord {
  return {
    ...engineError(`The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`, {
      category: 'ObjectNotFound', reason: 'CommandNotFoundException', errorId: 'CommandNotFoundException', targetName: name, targetType: 'String', range: command.name.range,
    }),
    invocationName: name,
  };
}

function notImplemented(cmdlet: CmdletSpec, command: Command): ErrorRecord {
  return engineError(`The simulator knows ${cmdlet.name} but does not run it; the run skipped this command.`, {
    category: 'NotImplemented', reason: 'NotSupportedException', errorId: `CmdletNotSimulated,${cmdlet.name}`, activity: cmdlet.name, range: command.range,
  });
}

/** What the editor underlines for a cmdlet's error: the parameter it is about with its value, else the command's name. */
function focusOf(command: Command, invocation: BoundInvocation, parameter: string | undefined): Range {
  const wanted = parameter?.toLowerCase();
  return (wanted ? invocation.bound.find((bound) => bound.parameter.name.toLowerCase() === wanted)?.range : undefined) ?? command.name.range;
}

async function invokeCmdlet(command: Command, cmdlet: CmdletSpec, implementation: CmdletImplementation, frame: Frame, input: PsValue[] | undefined): Promise<PsValue[]> {
  let invocation: BoundInvocation;
  try {
    invocation = await bindInvocation(command, cmdlet, frame, input !== undefined);
  } catch (error) {
    if (!(error instanceof ParameterBindingError)) throw error;
    reportBindingError(cmdlet, { ...error.record, range: error.record.range ?? command.range }, error.errorAction, frame);
    return [];
  }
  const output: PsValue[] = [];
  const run = (values: ParameterValues, items: PsValue[]) =>
    implementation.run(makeCall(command, invocation, values, items, frame, output, input !== undefined));
  if (implementation.pipeline === 'collect') await run(invocation.values, input ?? []);
  else if (input === undefined) await run(invocation.values, []);
  else await runPerObject(command, invocation, input, frame, run);
  return output;
}

async function runPerObject(
  command: Command,
  invocation: BoundInvocation,
  input: PsValue[],
  frame: Frame,
  run: (values: ParameterValues, items: PsValue[]) => Promise<void>,
): Promise<void> {
  for (const item of input) {
    let values: ParameterValues;
    try {
      values = invocation.pipelineParameters.length > 0 ? bindPipelineObject(invocation, item) : failUnbound(invocation.cmdlet, item);
    } catch (error) {
      if (!(error instanceof ParameterBindingError)) throw error;
      reportNonTerminatingError(frame, { ...error.record, range: command.range }, invocation.errorAction);
      continue;
    }
    await run(values, []);
  }
}

function failUnbound(cmdlet: CmdletSpec, item: PsValue): never {
  throw inputNotBound(cmdlet, item);
}

/** Exchange cmdlets report binding errors as non-terminating (they come back from the remote
 * session); the engine's own cmdlets stop the statement. */
function reportBindingError(cmdlet: CmdletSpec, record: ErrorRecord, errorAction: ErrorAction | undefined, frame: Frame): void {
  if (cmdlet.module === 'Exchange') {
    reportNonTerminatingError(frame, record, errorAction);
    return;
  }
  throw new StatementTerminatingError(record);
}

function makeCall(
  command: Command,
  invocation: BoundInvocation,
  values: ParameterValues,
  items: PsValue[],
  frame: Frame,
  output: PsValue[],
  hasPipelineInput: boolean,
): CmdletCall {
  return {
    spec: invocation.cmdlet,
    parameters: values,
    input: items,
    hasPipelineInput,
    frame,
    whatIf: invocation.whatIf,
    range: command.range,
    // Exchange cmdlets answer from the remote session, whose objects carry its RunspaceId.
    output: invocation.cmdlet.module === 'Exchange' ? (value) => output.push(fromRemoteSession(value)) : (value) => output.push(value),
    error: (record) => reportNonTerminatingError(frame, { ...record, range: record.range ?? command.range, focus: record.focus ?? focusOf(command, invocation, record.parameter) }, invocation.errorAction),
    host: (lines) => writeHostLines(frame.run, lines),
  };
}
