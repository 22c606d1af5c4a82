// Evaluates expressions of the syntax tree to run-time values. Anything that would reach outside the
// script (static .NET calls beyond a few string helpers, unknown types) is an error, never executed:
// a script is data to the simulator.

import type {
  BinaryExpression, Expression, HashtableLiteral, IndexExpression, InvokeMemberExpression, MemberExpression, Node, UnaryExpression, Variable,
} from '../../syntax/ast';
import { applyArithmetic, applyFormat, applyJoin, applyReplace, applySplit, OperatorError } from './arithmetic';
import { castTo, CastError } from './casts';
import { compare, parseComparisonOperator } from './comparison';
import { toBoolean, toNumber, toText } from './conversion';
import { notSupported, runtimeError, StatementTerminatingError } from './errorRecord';
import { EXCHANGE_SHELL_VERSION, powerShell7Construct } from '../../syntax/powerShell7';
import { invokeIntrinsicMethod, isIntrinsicMethod } from './intrinsicMethods';
import { getIndex, getMember } from './memberAccess';
import { invokeMethod, invokeStaticMethod, MethodError } from './methods';
import { collapse, PsHashtable, PsScriptBlock, type PsValue } from './psValue';
import type { Frame } from './runContext';

export async function evaluateExpression(expression: Expression, frame: Frame): Promise<PsValue> {
  refusePowerShell7(expression);
  switch (expression.kind) {
    case 'String':
      return frame.run.engine.expandString(expression, frame);
    case 'Bareword':
      return expression.text;
    case 'Number':
      return expression.value;
    case 'Variable':
      return readVariable(expression, frame);
    case 'Array':
      return evaluateAll(expression.elements, frame);
    case 'ArraySubExpression':
      return frame.run.engine.collectStatements(expression.statements, frame);
    case 'Hashtable':
      return evaluateHashtable(expression, frame);
    case 'ScriptBlock':
      return new PsScriptBlock(expression, frame.run.source.text);
    case 'SubExpression':
      return collapse(await frame.run.engine.collectStatements(expression.statements, frame));
    case 'Paren':
      return expression.statement ? frame.run.engine.valueOfStatement(expression.statement, frame) : null;
    case 'Member':
      return evaluateMember(await withNamedMember(expression, frame), frame);
    case 'Index':
      return evaluateIndex(expression, frame);
    case 'InvokeMember':
      return evaluateInvoke(await withNamedMember(expression, frame), frame);
    case 'Binary':
      return evaluateBinary(expression, frame);
    case 'Unary':
      return evaluateUnary(expression, frame);
    case 'Type':
      return expression.name;
    case 'ErrorExpression':
      throw fail('The script has a syntax error here.', expression);
    case 'Ternary':
      // Always refused above; the case keeps the switch exhaustive.
      throw fail('The ternary operator is not supported by the simulator.', expression);
  }
}

/** `$h.($k)`, `$h.$k`: the member is named by the value of its expression, taken as text, as PowerShell does. */
export async function withNamedMember<T extends MemberExpression | InvokeMemberExpression>(expression: T, frame: Frame): Promise<T> {
  if (!expression.dynamicMember) return expression;
  const name = toText(await evaluateExpression(expression.dynamicMember, frame));
  return { ...expression, member: name, dynamicMember: undefined };
}

/** PowerShell 7 syntax (powerShell7.ts decides which) fails its statement: the shell the script is for cannot run it. */
export function refusePowerShell7(node: Node): void {
  const found = powerShell7Construct(node);
  if (found) throw notSupported(found.construct, found.range, POWERSHELL_7_REASON);
}

const POWERSHELL_7_REASON = `: it is PowerShell 7 syntax, and ${EXCHANGE_SHELL_VERSION}`;

export function readVariable(variable: Variable, frame: Frame): PsValue {
  const name = variable.name.toLowerCase() === 'psitem' ? '_' : variable.name;
  return frame.scope.get(name, variable.scope) ?? null;
}

async function evaluateAll(expressions: Expression[], frame: Frame): Promise<PsValue[]> {
  const values: PsValue[] = [];
  for (const element of expressions) values.push(await evaluateExpression(element, frame));
  return values;
}

async function evaluateHashtable(expression: HashtableLiteral, frame: Frame): Promise<PsHashtable> {
  const table = new PsHashtable();
  for (const entry of expression.entries) {
    const key = entry.key.kind === 'Bareword' || entry.key.kind === 'String' ? entry.keyText : toText(await evaluateExpression(entry.key, frame));
    if (table.has(key)) throw fail(`Duplicate keys '${key}' are not allowed in hash literals.`, entry.key);
    table.set(key, entry.value ? await frame.run.engine.valueOfStatement(entry.value, frame) : null);
  }
  return table;
}

async function evaluateMember(expression: MemberExpression, frame: Frame): Promise<PsValue> {
  if (expression.static) throw fail(`The simulator does not support the static member ::${expression.member}.`, expression);
  return getMember(await evaluateExpression(expression.target, frame), expression.member);
}

async function evaluateIndex(expression: IndexExpression, frame: Frame): Promise<PsValue> {
  const target = await evaluateExpression(expression.target, frame);
  if (!expression.index) throw fail('Array index expression is missing or not valid.', expression);
  const index = await evaluateExpression(expression.index, frame);
  if (target === null) throw fail('Cannot index into a null array.', expression);
  return getIndex(target, index);
}

async function evaluateInvoke(expression: InvokeMemberExpression, frame: Frame): Promise<PsValue> {
  const args = await evaluateAll(expression.arguments, frame);
  try {
    if (expression.static) {
      const typeName = expression.target.kind === 'Type' ? expression.target.name : toText(await evaluateExpression(expression.target, frame));
      return invokeStaticMethod(typeName, expression.member, args);
    }
    const target = await evaluateExpression(expression.target, frame);
    if (isIntrinsicMethod(expression.member)) return await invokeIntrinsicMethod(target, expression.member, args, frame, expression.arguments[0]?.kind === 'Type');
    if (target === null) throw new MethodError('You cannot call a method on a null-valued expression.');
    return invokeMethod(target, expression.member, args);
  } catch (error) {
    if (error instanceof MethodError) throw fail(error.message, expression, 'MethodNotFound');
    throw error;
  }
}

async function evaluateBinary(expression: BinaryExpression, frame: Frame): Promise<PsValue> {
  const operator = expression.operator.toLowerCase();
  if (!expression.right) throw fail(`You must provide a value expression following the '${expression.operator}' operator.`, expression);
  const left = await evaluateExpression(expression.left, frame);
  // -and / -or short-circuit: the right side runs only when it decides the result.
  if (operator === '-and') return toBoolean(left) ? toBoolean(await evaluateExpression(expression.right, frame)) : false;
  if (operator === '-or') return toBoolean(left) ? true : toBoolean(await evaluateExpression(expression.right, frame));
  const right = await evaluateExpression(expression.right, frame);
  try {
    return applyBinary(operator, left, right, frame);
  } catch (error) {
    if (error instanceof OperatorError || error instanceof SyntaxError) throw fail(error.message, expression);
    throw error;
  }
}

function applyBinary(operator: string, left: PsValue, right: PsValue, frame: Frame): PsValue {
  if (parseComparisonOperator(operator)) {
    const result = compare(operator, left, right);
    if (result.matches) frame.scope.set('Matches', result.matches);
    return result.value;
  }
  switch (operator) {
    case '-xor':
      return toBoolean(left) !== toBoolean(right);
    case '-join':
      return applyJoin(left, right);
    case '-split':
      return applySplit(left, right);
    case '-replace':
    case '-ireplace':
      return applyReplace(left, right);
    case '-f':
      return applyFormat(left, right);
    case '..':
      return range(left, right);
    default:
      return applyArithmetic(operator, left, right);
  }
}

function range(left: PsValue, right: PsValue): number[] {
  const from = Math.trunc(toNumber(left) ?? 0);
  const to = Math.trunc(toNumber(right) ?? 0);
  if (Math.abs(to - from) > 100_000) throw new OperatorError('The range is too large for the simulator (more than 100,000 elements).');
  const step = from <= to ? 1 : -1;
  const values: number[] = [];
  for (let n = from; n !== to + step; n += step) values.push(n);
  return values;
}

async function evaluateUnary(expression: UnaryExpression, frame: Frame): Promise<PsValue> {
  const operator = expression.operator.toLowerCase();
  if (!expression.operand) throw fail(`You must provide a value expression following the '${expression.operator}' operator.`, expression);
  const operand = await evaluateExpression(expression.operand, frame);
  try {
    return applyUnary(operator, operand);
  } catch (error) {
    if (error instanceof OperatorError || error instanceof CastError) throw fail(error.message, expression);
    throw error;
  }
}

function applyUnary(operator: string, operand: PsValue): PsValue {
  switch (operator) {
    case '-not':
    case '!':
      return !toBoolean(operand);
    case '-':
      return -(numberOrFail(operand));
    case '+':
      return numberOrFail(operand);
    case ',':
      return [operand];
    case '-join':
      return applyJoin(operand, '');
    case '-split':
      return applySplit(typeof operand === 'string' ? operand.trim() : operand, '\\s+');
    default:
      if (operator.startsWith('[')) return castTo(operator, operand);
      throw new OperatorError(`The '${operator}' operator is not supported by the simulator.`);
  }
}

function numberOrFail(value: PsValue): number {
  const number = toNumber(value);
  if (number === undefined) throw new OperatorError(`Cannot convert value "${toText(value)}" to type "System.Int32".`);
  return number;
}

function fail(message: string, node: { range: { start: number; end: number } }, errorId = 'RuntimeException'): StatementTerminatingError {
  return new StatementTerminatingError(runtimeError(message, node.range, errorId));
}
