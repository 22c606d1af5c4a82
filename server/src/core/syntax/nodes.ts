// Builders for statement and command nodes, kept out of the grammar so its rules read as grammar.

import type {
  AssignmentStatement, Command, CommandArgument, CommandName, ErrorStatement, Expression, ExpressionElement,
  ParenExpression, PipelineElement, PipelineStatement, Range, Statement, TypeLiteral, UnaryExpression,
} from './ast';
import type { IToken } from './chevrotain';
import { normalizeOperator } from './operators';
import { span, tokenRange } from './ranges';

export function errorStatement(start: number, end: number): ErrorStatement {
  return { kind: 'Error', range: { start, end: Math.max(start, end) } };
}

export function expressionElement(expression: Expression): ExpressionElement {
  return { kind: 'ExpressionElement', range: expression.range, expression };
}

export function pipeline(elements: PipelineElement[]): PipelineStatement {
  return { kind: 'Pipeline', range: span(elements[0], elements[elements.length - 1]), elements };
}

export function argument(value: Expression): CommandArgument {
  return { kind: 'Argument', range: value.range, value };
}

/** A statement used where an expression is expected; the "parentheses" are its own range. */
export function parenAround(statement: Statement): ParenExpression {
  return { kind: 'Paren', range: statement.range, statement };
}

/** Conditions and collections are pipelines; an assignment there (`if ($x = Get-X)`) is wrapped. */
export function asPipeline(statement: Statement | undefined): PipelineStatement | undefined {
  if (!statement || statement.kind === 'Pipeline') return statement;
  return pipeline([expressionElement(parenAround(statement))]);
}

/** A keyword that takes a pipeline (`return`, `throw`, `exit`): a command with that pipeline as its argument. */
export function keywordCommand(keyword: IToken, argumentsOf: Expression[], end?: number): PipelineStatement {
  const name: CommandName = { kind: 'CommandName', range: tokenRange(keyword), text: keyword.image };
  const elements = argumentsOf.map(argument);
  const last = elements.length > 0 ? elements[elements.length - 1].range.end : name.range.end;
  const command: Command = { kind: 'Command', range: { start: name.range.start, end: Math.max(last, end ?? last) }, name, elements };
  return pipeline([command]);
}

export function commandNameFor(expression: Expression, text: string): CommandName {
  if (expression.kind === 'Bareword') return { kind: 'CommandName', range: expression.range, text: expression.text };
  const written = expression.kind === 'String' && !expression.parts.some((part) => part.kind !== 'Text')
    ? expression.value
    : text.slice(expression.range.start, expression.range.end);
  return { kind: 'CommandName', range: expression.range, text: written, expression };
}

/** `$i++` / `--$i` as a statement of its own means `$i += 1` / `$i -= 1`. */
export function incrementAsAssignment(expression: Expression): AssignmentStatement | undefined {
  if (expression.kind !== 'Unary' || (expression.operator !== '++' && expression.operator !== '--') || !expression.operand) return undefined;
  const operand = expression.operand;
  const operatorRange = expression.postfix
    ? { start: operand.range.end, end: expression.range.end }
    : { start: expression.range.start, end: operand.range.start };
  const one: Expression = { kind: 'Number', range: operatorRange, text: '1', value: 1 };
  return {
    kind: 'Assignment',
    range: expression.range,
    target: operand,
    operator: expression.operator === '++' ? '+=' : '-=',
    operatorRange,
    value: pipeline([expressionElement(one)]),
  };
}

export function prefixUnary(operator: IToken, operand: Expression | undefined): UnaryExpression {
  const range = tokenRange(operator);
  return { kind: 'Unary', range: operand ? span(range, operand) : range, operator: normalizeOperator(operator.image), operand };
}

export function postfixUnary(operand: Expression, operator: IToken): UnaryExpression {
  return { kind: 'Unary', range: span(operand, tokenRange(operator)), operator: normalizeOperator(operator.image), operand, postfix: true };
}

/** `[int]$x`: the operator is the type literal as written. */
export function cast(type: TypeLiteral, operand: Expression, text: string): UnaryExpression {
  return { kind: 'Unary', range: span(type, operand), operator: text.slice(type.range.start, type.range.end), operand };
}

export function assignment(target: Expression, operator: IToken, value: Statement): AssignmentStatement {
  const operatorRange = tokenRange(operator);
  return { kind: 'Assignment', range: span(target, value), target, operator: normalizeOperator(operator.image), operatorRange, value };
}

export function emptyRangeAt(offset: number): Range {
  return { start: offset, end: offset };
}

/**
 * The attributes a statement consists of, such as `[CmdletBinding()]` alone on its line, or
 * `[CmdletBinding()][OutputType([int])]`, which parses as a cast of one type literal to the next;
 * undefined for any other statement.
 */
export function attributesOfStatement(statement: Statement): TypeLiteral[] | undefined {
  if (statement.kind !== 'Pipeline' || statement.elements.length !== 1) return undefined;
  const element = statement.elements[0];
  if (element.kind !== 'ExpressionElement') return undefined;
  const attributes: TypeLiteral[] = [];
  let expression: Expression | undefined = element.expression;
  while (expression?.kind === 'Unary' && expression.operator.startsWith('[') && expression.operator.endsWith(']')) {
    const start = expression.range.start;
    attributes.push({ kind: 'Type', range: { start, end: start + expression.operator.length }, name: expression.operator.slice(1, -1).trim() });
    expression = expression.operand;
  }
  if (expression?.kind !== 'Type') return undefined;
  attributes.push(expression);
  return attributes;
}
