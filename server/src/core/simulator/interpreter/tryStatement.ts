// Runs `try { } catch [T] { } finally { }`. Inside the try block a terminating error, a statement's
// own or a `throw` or an `-ErrorAction Stop` one, at any call depth, is not reported where it
// happens: it unwinds to here (runStatement sees `tryDepth`), and the first catch clause whose type
// list matches runs with the error in `$_` (see exceptionTypes.ts for the matching). The finally
// block runs whatever happened, `break` and `return` included. Errors the simulator raises for its
// own limits, and the halting of the run, pass through every catch.

import type { Block, TryStatement } from '../../syntax/ast';
import {
  isUnwinding, notSupported, RunHaltedError, ScriptTerminatingError, SimulatorLimitError, StatementTerminatingError, type ErrorRecord,
} from './errorRecord';
import { ERROR_RECORD_TYPE } from './conversion';
import { chooseCatch, exceptionTypeName } from './exceptionTypes';
import { PsObject, type PsValue } from './psValue';
import type { Frame } from './runContext';

export async function runTry(statement: TryStatement, frame: Frame): Promise<PsValue[]> {
  const output: PsValue[] = [];
  // What leaves the statement once the finally block has run: the error no catch took, or a
  // `break`, `return` or error from a catch block.
  let escaping: { error: unknown } | undefined;
  try {
    output.push(...(await runGuarded(statement.body, frame)));
  } catch (error) {
    escaping = { error: takeOutput(error, output) };
    const record = catchableRecord(error);
    const chosen = record ? chooseCatch(statement.catches.map((clause) => clause.types.map((type) => type.name)), record) : 'none';
    if (chosen === 'unknown') escaping = { error: unknownCatchType(statement) };
    else if (record && chosen !== 'none') escaping = await attempt(() => runCatch(statement.catches[chosen].body, record, frame), output);
  }
  const finallyBody = statement.finallyBody;
  if (finallyBody) escaping = (await attempt(() => runBlock(finallyBody, frame), output)) ?? escaping;
  if (!escaping) return output;
  if (isUnwinding(escaping.error)) escaping.error.output = [...output, ...escaping.error.output];
  throw escaping.error;
}

/** Runs a catch or finally block into `output`; returns what it threw, if anything. */
async function attempt(run: () => Promise<PsValue[]>, output: PsValue[]): Promise<{ error: unknown } | undefined> {
  try {
    output.push(...(await run()));
    return undefined;
  } catch (error) {
    return { error: takeOutput(error, output) };
  }
}

/** Moves what an unwinding error carries into `output` (it gets it back if it leaves the statement). */
function takeOutput(error: unknown, output: PsValue[]): unknown {
  if (isUnwinding(error)) {
    output.push(...error.output);
    error.output = [];
  }
  return error;
}

/** The try block, with terminating errors sent here rather than reported. */
async function runGuarded(body: Block, frame: Frame): Promise<PsValue[]> {
  frame.run.tryDepth++;
  try {
    return await runBlock(body, frame);
  } finally {
    frame.run.tryDepth--;
  }
}

async function runBlock(block: Block, frame: Frame): Promise<PsValue[]> {
  return frame.run.engine.collectStatements(block.statements, frame);
}

function catchableRecord(error: unknown): ErrorRecord | undefined {
  if (error instanceof SimulatorLimitError || error instanceof RunHaltedError) return undefined;
  if (error instanceof StatementTerminatingError || error instanceof ScriptTerminatingError) return error.record;
  return undefined;
}

/** The catch block, with `$_` (and `$PSItem`) the error record, as PowerShell sets them. */
async function runCatch(body: Block, record: ErrorRecord, frame: Frame): Promise<PsValue[]> {
  const restore = frame.scope.setTemporarily('_', errorRecordValue(record));
  try {
    return await runBlock(body, frame);
  } finally {
    restore();
  }
}

/** The error each `$_` of a catch block stands for, so `throw` and `throw $_` raise that same error again. */
const caughtRecords = new WeakMap<PsObject, ErrorRecord>();

/** `$_` in a catch block: the properties scripts read (`$_.Exception.Message`, `"$_"` is the message). */
export function errorRecordValue(record: ErrorRecord): PsObject {
  const exception = new PsObject(exceptionTypeName(record) ?? 'System.Exception', [{ name: 'Message', value: record.message }]);
  const value = new PsObject(ERROR_RECORD_TYPE, [
    { name: 'Exception', value: exception },
    { name: 'FullyQualifiedErrorId', value: record.fullyQualifiedErrorId },
    { name: 'TargetObject', value: record.targetName ?? null },
  ]);
  caughtRecords.set(value, record);
  return value;
}

/** The caught error `value` (a catch block's `$_`) stands for, if it is one. */
export function caughtRecord(value: PsValue | undefined): ErrorRecord | undefined {
  return value instanceof PsObject ? caughtRecords.get(value) : undefined;
}

function unknownCatchType(statement: TryStatement): SimulatorLimitError {
  const types = statement.catches.flatMap((clause) => clause.types.map((type) => `[${type.name}]`));
  return notSupported(`Choosing between the catch blocks ${types.join(', ')} for this error (its exception type is not one the simulator models)`, statement.range);
}
