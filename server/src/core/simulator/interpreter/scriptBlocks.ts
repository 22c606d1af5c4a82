// Running script blocks and script-defined functions. Where-Object and ForEach-Object run their block
// in the caller's scope (as PowerShell does, so assignments inside stay visible) with `$_` set to the
// current object; `& { }` and functions get a scope of their own. `return` ends the block.

import type { FunctionStatement, Range } from '../../syntax/ast';
import { engineError, FlowSignal, StatementTerminatingError } from './errorRecord';
import { childFrame, type Frame } from './runContext';
import type { PsScriptBlock, PsValue } from './psValue';

export interface ScriptBlockOptions {
  /** The object in `$_` / `$PSItem`. */
  current?: PsValue;
  /** `$args`. */
  args?: PsValue[];
  /** Pipeline input, in `$input`. */
  input?: PsValue[];
  /** Run in a scope of its own (`&`, functions) rather than the caller's (Where-Object, ForEach-Object). */
  newScope: boolean;
}

/** Counts one more nested call for the duration of `body`, refusing to go past PowerShell's depth. */
async function nested<T>(frame: Frame, range: Range, body: () => Promise<T>): Promise<T> {
  const budget = frame.run.budget;
  if (budget.callDepth >= budget.maxCallDepth) {
    throw new StatementTerminatingError(engineError('The script failed due to call depth overflow.', {
      category: 'InvalidOperation', reason: 'ScriptCallDepthException', errorId: 'CallDepthOverflow', range,
    }));
  }
  budget.callDepth++;
  try {
    return await body();
  } finally {
    budget.callDepth--;
  }
}

export async function invokeScriptBlock(block: PsScriptBlock, frame: Frame, options: ScriptBlockOptions): Promise<PsValue[]> {
  return nested(frame, block.node.range, () => runScriptBlock(block, frame, options));
}

async function runScriptBlock(block: PsScriptBlock, frame: Frame, options: ScriptBlockOptions): Promise<PsValue[]> {
  const target = options.newScope ? childFrame(frame) : frame;
  const restore: (() => void)[] = [];
  if (options.current !== undefined) restore.push(target.scope.setTemporarily('_', options.current));
  if (options.args) restore.push(target.scope.setTemporarily('args', options.args));
  if (options.input) restore.push(target.scope.setTemporarily('input', options.input));
  try {
    return await target.run.engine.collectStatements(block.node.statements, target);
  } catch (error) {
    if (error instanceof FlowSignal && error.kind === 'return') return error.output;
    throw error;
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

export async function invokeFunction(definition: FunctionStatement, frame: Frame, args: PsValue[], input: PsValue[]): Promise<PsValue[]> {
  return nested(frame, definition.nameRange, () => runFunction(definition, frame, args, input));
}

async function runFunction(definition: FunctionStatement, frame: Frame, args: PsValue[], input: PsValue[]): Promise<PsValue[]> {
  const scope = childFrame(frame);
  scope.scope.setLocal('args', args);
  scope.scope.setLocal('input', input);
  try {
    return await scope.run.engine.collectStatements(definition.body.statements, scope);
  } catch (error) {
    if (error instanceof FlowSignal && error.kind === 'return') return error.output;
    throw error;
  }
}
