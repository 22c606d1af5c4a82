// Runs statements: pipelines, assignments, if/foreach/while (with their labels), try and function
// definitions. Each statement of a block runs on its own, so a statement-terminating error (reported
// where it happens) ends only that statement and the block goes on with the next one, as PowerShell
// does; inside a try block the error goes to its catch blocks instead (tryStatement.ts).

import type {
  AssignmentStatement, Block, Expression, ForeachStatement, ForStatement, IfStatement, LabeledStatement, PipelineStatement, Statement, WhileStatement,
} from '../../syntax/ast';
import { applyArithmetic, OperatorError } from './arithmetic';
import { toBoolean } from './conversion';
import {
  FlowSignal, isUnwinding, notSupported, RunHaltedError, runtimeError, ScriptTerminatingError, SimulatorLimitError, StatementTerminatingError,
} from './errorRecord';
import { reportStatementError } from './errorReporting';
import { evaluateExpression, readVariable, refusePowerShell7, withNamedMember } from './expressions';
import { setIndex, setMember } from './memberAccess';
import { runPipeline } from './pipeline';
import { collapse, enumerate, type PsValue } from './psValue';
import type { Frame } from './runContext';
import { runSwitch } from './switchStatement';
import { runTry } from './tryStatement';

/** How often a cancellable run yields to the event loop, in statements (a few milliseconds' work). */
const YIELD_EVERY_STATEMENTS = 2_000;

/** A loop stops after this many rounds, so a script in the editor can never hang the server. */
export const MAX_LOOP_ITERATIONS = 100_000;

/** Runs the statements in order and returns all they output; each statement's errors stay its own. */
export async function collectStatements(statements: Statement[], frame: Frame): Promise<PsValue[]> {
  const output: PsValue[] = [];
  try {
    for (const statement of statements) output.push(...(await runStatement(statement, frame)));
  } catch (error) {
    if (isUnwinding(error)) error.output = [...output, ...error.output];
    throw error;
  }
  return output;
}

/** Runs one statement, reporting a statement-terminating error instead of letting it escape. */
export async function runStatement(statement: Statement, frame: Frame): Promise<PsValue[]> {
  countStatement(statement, frame);
  // A run that can be cancelled lets the event loop read the cancel now and then: statements that
  // compute without I/O never give it the chance otherwise.
  if (frame.run.budget.signal && frame.run.budget.statements % YIELD_EVERY_STATEMENTS === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  try {
    return await executeStatement(statement, frame);
  } catch (error) {
    if (!(error instanceof StatementTerminatingError)) throw error;
    const limit = error instanceof SimulatorLimitError;
    // Inside a try block the error goes to the catch blocks (the simulator's own limits excepted).
    if (frame.run.tryDepth > 0 && !limit) throw error;
    reportLimitAware(frame, error, limit);
    return [];
  }
}

/** Reports the error; when the error action stops the script on a simulator limit, no catch may catch that either. */
function reportLimitAware(frame: Frame, error: StatementTerminatingError, limit: boolean): void {
  try {
    reportStatementError(frame, error.record);
  } catch (stop) {
    if (limit && stop instanceof ScriptTerminatingError) throw new RunHaltedError(stop.record, stop.alreadyReported);
    throw stop;
  }
}

function countStatement(statement: Statement, frame: Frame): void {
  const budget = frame.run.budget;
  if (budget.signal?.aborted) {
    const line = frame.run.source.lines.positionAt(statement.range.start).line + 1;
    throw new RunHaltedError(runtimeError(
      `The run was cancelled before line ${line}; the statements before it took effect, this one and the rest did not run.`,
      statement.range,
      'RunCancelled',
    ));
  }
  if (++budget.statements <= budget.maxStatements) return;
  throw new RunHaltedError(runtimeError(
    `The simulator stopped the script after ${budget.maxStatements.toLocaleString('en-US')} statements; it may never end.`,
    statement.range,
    'StatementLimitExceeded',
  ));
}

/**
 * The value of a statement used as an expression (`(...)`, a hashtable entry, an assignment's value).
 * A lone expression keeps its value as it is (`$x = @()` is an empty array, `$x = @(1)` an array of
 * one); a pipeline's output collapses to `$null`, one object, or an array.
 */
export async function valueOfStatement(statement: Statement, frame: Frame): Promise<PsValue> {
  const only = statement.kind === 'Pipeline' && statement.elements.length === 1 ? statement.elements[0] : undefined;
  // With a redirection (`$e = $(...) 2>&1`) the value is the redirected pipeline's output.
  if (only?.kind === 'ExpressionElement' && !only.redirections?.length) return evaluateExpression(only.expression, frame);
  return collapse(await executeStatement(statement, frame));
}

export async function executeStatement(statement: Statement, frame: Frame): Promise<PsValue[]> {
  refusePowerShell7(statement);
  switch (statement.kind) {
    case 'Pipeline':
      return runPipeline(statement, frame);
    case 'Assignment':
      await assign(statement, frame);
      return [];
    case 'If':
      return runIf(statement, frame);
    case 'Foreach':
      return runForeach(statement, frame);
    case 'For':
      return runFor(statement, frame);
    case 'While':
      return runWhile(statement, frame);
    case 'Switch':
      return runSwitch(statement, frame);
    case 'Labeled':
      return runLabeled(statement, frame);
    case 'Function':
      frame.run.functions.set(statement.name.toLowerCase(), statement);
      return [];
    case 'Try':
      return runTry(statement, frame);
    case 'Trap':
      throw notSupported('A trap statement', statement.range);
    case 'Data':
      throw notSupported('A data section', statement.range);
    case 'Class':
      throw notSupported(`The class definition '${statement.name}'`, statement.range);
    case 'Enum':
      throw notSupported(`The enum definition '${statement.name}'`, statement.range);
    case 'Error':
      throw new StatementTerminatingError(runtimeError('The script has a syntax error here.', statement.range, 'ParseError'));
    case 'PipelineChain':
      // Always refused above; the case keeps the switch exhaustive.
      throw new StatementTerminatingError(runtimeError('Pipeline chains are not supported by the simulator.', statement.range));
  }
}

/** `:name` before a loop: `break name` and `continue name` inside it are for that loop. */
async function runLabeled(statement: LabeledStatement, frame: Frame): Promise<PsValue[]> {
  const loop = statement.statement;
  if (loop.kind === 'Foreach') return runForeach(loop, frame, statement.label);
  if (loop.kind === 'While') return runWhile(loop, frame, statement.label);
  if (loop.kind === 'For') return runFor(loop, frame, statement.label);
  if (loop.kind === 'Switch') return runSwitch(loop, frame, statement.label);
  return executeStatement(loop, frame);
}

async function runBlock(block: Block, frame: Frame): Promise<PsValue[]> {
  return collectStatements(block.statements, frame);
}

async function condition(pipeline: PipelineStatement | undefined, frame: Frame): Promise<boolean> {
  return pipeline ? toBoolean(await valueOfStatement(pipeline, frame)) : false;
}

async function runIf(statement: IfStatement, frame: Frame): Promise<PsValue[]> {
  for (const clause of statement.clauses) {
    if (await condition(clause.condition, frame)) return runBlock(clause.body, frame);
  }
  return statement.elseBody ? runBlock(statement.elseBody, frame) : [];
}

async function runForeach(statement: ForeachStatement, frame: Frame, label?: string): Promise<PsValue[]> {
  if (statement.parallel) throw notSupported('A workflow\'s foreach -parallel loop', statement.parallel);
  const items = statement.collection ? enumerate(await valueOfStatement(statement.collection, frame)) : [];
  const output: PsValue[] = [];
  let rounds = 0;
  for (const item of items) {
    guardLoop(++rounds, statement);
    if (statement.variable) frame.scope.set(statement.variable.name, item, statement.variable.scope);
    const signal = await runLoopBody(statement.body, frame, output, label);
    if (signal === 'break') break;
  }
  return output;
}

async function runWhile(statement: WhileStatement, frame: Frame, label?: string): Promise<PsValue[]> {
  const output: PsValue[] = [];
  let rounds = 0;
  const test = async () => {
    const value = await condition(statement.condition, frame);
    return statement.keyword === 'do-until' ? !value : value;
  };
  if (statement.keyword === 'while' && !(await test())) return output;
  for (;;) {
    guardLoop(++rounds, statement);
    if ((await runLoopBody(statement.body, frame, output, label)) === 'break') break;
    if (!(await test())) break;
  }
  return output;
}

/** `for (init; condition; step) { }`: no condition means loop until a `break`. */
async function runFor(statement: ForStatement, frame: Frame, label?: string): Promise<PsValue[]> {
  const output: PsValue[] = [];
  if (statement.initializer) output.push(...await executeStatement(statement.initializer, frame));
  let rounds = 0;
  while (!statement.condition || await condition(statement.condition, frame)) {
    guardLoop(++rounds, statement);
    if ((await runLoopBody(statement.body, frame, output, label)) === 'break') break;
    if (statement.iterator) output.push(...await executeStatement(statement.iterator, frame));
  }
  return output;
}

/**
 * Runs a loop body into `output`; returns `break` when the loop must stop. A `break` or `continue`
 * naming another label leaves this loop for an outer one, taking this loop's output with it.
 */
async function runLoopBody(body: Block, frame: Frame, output: PsValue[], label: string | undefined): Promise<'break' | 'next'> {
  try {
    output.push(...(await runBlock(body, frame)));
    return 'next';
  } catch (error) {
    if (!(error instanceof FlowSignal) || (error.kind !== 'break' && error.kind !== 'continue')) throw error;
    if (error.label !== undefined && error.label.toLowerCase() !== label?.toLowerCase()) {
      error.output = [...output, ...error.output];
      throw error;
    }
    output.push(...error.output);
    return error.kind === 'break' ? 'break' : 'next';
  }
}

function guardLoop(rounds: number, statement: Statement): void {
  if (rounds <= MAX_LOOP_ITERATIONS) return;
  throw new SimulatorLimitError(runtimeError(
    `The simulator stopped this loop after ${MAX_LOOP_ITERATIONS.toLocaleString('en-US')} iterations; check its condition.`,
    statement.range,
    'LoopLimitExceeded',
  ));
}

async function assign(statement: AssignmentStatement, frame: Frame): Promise<void> {
  const operator = statement.operator;
  let value = await valueOfStatement(statement.value, frame);
  if (operator !== '=') value = combine(operator, await evaluateExpression(statement.target, frame), value, statement);
  await store(statement, value, frame);
}

function combine(operator: string, current: PsValue, value: PsValue, statement: AssignmentStatement): PsValue {
  try {
    return applyArithmetic(operator.slice(0, -1), current, value);
  } catch (error) {
    if (error instanceof OperatorError) throw new StatementTerminatingError(runtimeError(error.message, statement.range));
    throw error;
  }
}

async function store(statement: AssignmentStatement, value: PsValue, frame: Frame): Promise<void> {
  await storeInto(statement.target, value, frame);
}

/**
 * `$first, $rest = 1, 2, 3`: each target but the last takes one item, the last takes what is left
 * (one item as itself, none as $null), as PowerShell assigns a list to several variables.
 */
async function storeEach(targets: Expression[], value: PsValue, frame: Frame): Promise<void> {
  const items = value === null ? [] : enumerate(value);
  for (const [index, target] of targets.entries()) {
    const last = index === targets.length - 1;
    await storeInto(target, last ? collapse(items.slice(index)) : items[index] ?? null, frame);
  }
}

async function storeInto(target: Expression, value: PsValue, frame: Frame): Promise<void> {
  if (target.kind === 'Array') {
    await storeEach(target.elements, value, frame);
    return;
  }
  if (target.kind === 'Variable') {
    try {
      frame.scope.set(target.name.toLowerCase() === 'psitem' ? '_' : target.name, value, target.scope);
      return;
    } catch (error) {
      throw new StatementTerminatingError(runtimeError((error as Error).message, target.range, 'VariableNotWritable'));
    }
  }
  if (target.kind === 'Member' && !target.static) {
    const named = await withNamedMember(target, frame);
    const owner = await evaluateExpression(named.target, frame);
    if (setMember(owner, named.member, value)) return;
    throw new StatementTerminatingError(runtimeError(`The property '${named.member}' cannot be found on this object. Verify that the property exists and can be set.`, target.range, 'PropertyAssignmentException'));
  }
  if (target.kind === 'Index' && target.index) {
    const owner = target.target.kind === 'Variable' ? readVariable(target.target, frame) : await evaluateExpression(target.target, frame);
    if (setIndex(owner, await evaluateExpression(target.index, frame), value)) return;
    throw new StatementTerminatingError(runtimeError('Index was outside the bounds of the array.', target.range, 'IndexOutOfRange'));
  }
  throw new StatementTerminatingError(runtimeError('The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', target.range, 'InvalidLeftHandSide'));
}
