// What an argument is known to be before the script runs. Literals, comma lists and hashtables are
// known; variables, subexpressions and expandable strings are `dynamic` and are not checked, so a
// script that computes a value never gets a false error.

import type { Expression, HashtableLiteral, Range, Statement } from '../syntax/ast';

export type StaticValue =
  | { kind: 'string'; value: string; expression: Expression; quoted: boolean }
  | { kind: 'number'; value: number; text: string; expression: Expression }
  | { kind: 'boolean'; value: boolean; expression: Expression }
  | { kind: 'null'; expression: Expression }
  | { kind: 'array'; elements: StaticValue[]; expression: Expression }
  | { kind: 'hashtable'; entries: StaticHashtableEntry[]; expression: Expression }
  | { kind: 'scriptBlock'; expression: Expression }
  | { kind: 'dynamic'; expression: Expression };

export interface StaticHashtableEntry {
  key: string;
  keyRange: Range;
  value: StaticValue | undefined;
}

export function staticValueOf(expression: Expression): StaticValue {
  switch (expression.kind) {
    case 'String':
      if (expression.parts.some((part) => part.kind !== 'Text')) return { kind: 'dynamic', expression };
      return { kind: 'string', value: expression.value, expression, quoted: true };
    case 'Bareword':
      return { kind: 'string', value: expression.text, expression, quoted: false };
    case 'Number':
      return { kind: 'number', value: expression.value, text: expression.text, expression };
    case 'Variable':
      return variableValue(expression);
    case 'Array':
      return { kind: 'array', elements: expression.elements.map(staticValueOf), expression };
    case 'ArraySubExpression':
      return arraySubExpressionValue(expression.statements, expression);
    case 'Hashtable':
      return hashtableValue(expression);
    case 'ScriptBlock':
      return { kind: 'scriptBlock', expression };
    case 'Paren':
      return expression.statement ? singleExpressionOf(expression.statement, expression) : { kind: 'dynamic', expression };
    case 'Unary':
      return negativeNumber(expression) ?? { kind: 'dynamic', expression };
    default:
      return { kind: 'dynamic', expression };
  }
}

function variableValue(expression: Expression & { kind: 'Variable' }): StaticValue {
  if (expression.scope || expression.splat) return { kind: 'dynamic', expression };
  const name = expression.name.toLowerCase();
  if (name === 'true') return { kind: 'boolean', value: true, expression };
  if (name === 'false') return { kind: 'boolean', value: false, expression };
  if (name === 'null') return { kind: 'null', expression };
  return { kind: 'dynamic', expression };
}

function hashtableValue(expression: HashtableLiteral): StaticValue {
  const entries = expression.entries.map((entry) => ({
    key: entry.keyText,
    keyRange: entry.key.range,
    value: entry.value ? singleExpressionOf(entry.value, expression) : undefined,
  }));
  return { kind: 'hashtable', entries, expression };
}

/** `@("a", "b")` is known when it holds one statement that is a plain expression. */
function arraySubExpressionValue(statements: Statement[], expression: Expression): StaticValue {
  if (statements.length === 0) return { kind: 'array', elements: [], expression };
  if (statements.length !== 1) return { kind: 'dynamic', expression };
  const inner = singleExpressionOf(statements[0], expression);
  if (inner.kind === 'array' || inner.kind === 'dynamic') return inner.kind === 'array' ? { ...inner, expression } : inner;
  return { kind: 'array', elements: [inner], expression };
}

/** A statement that is nothing but one expression (`"a"`, `1,2`) has that expression's value. */
function singleExpressionOf(statement: Statement, fallback: Expression): StaticValue {
  if (statement.kind !== 'Pipeline' || statement.elements.length !== 1) return { kind: 'dynamic', expression: fallback };
  const element = statement.elements[0];
  if (element.kind !== 'ExpressionElement') return { kind: 'dynamic', expression: fallback };
  return staticValueOf(element.expression);
}

function negativeNumber(expression: Expression & { kind: 'Unary' }): StaticValue | undefined {
  if (expression.operator !== '-' || expression.operand?.kind !== 'Number') return undefined;
  const operand = expression.operand;
  return { kind: 'number', value: -operand.value, text: `-${operand.text}`, expression };
}

/** The scalar values of a value: the elements of an array, or the value itself. */
export function scalarsOf(value: StaticValue): StaticValue[] {
  return value.kind === 'array' ? value.elements.flatMap(scalarsOf) : [value];
}

/** A short rendering of a value for messages. */
export function describeValue(value: StaticValue): string {
  switch (value.kind) {
    case 'string':
      return `'${value.value}'`;
    case 'number':
      return value.text;
    case 'boolean':
      return value.value ? '$true' : '$false';
    case 'null':
      return '$null';
    case 'array':
      return value.elements.map(describeValue).join(', ');
    case 'hashtable':
      return '@{...}';
    case 'scriptBlock':
      return '{...}';
    case 'dynamic':
      return 'the value';
  }
}
