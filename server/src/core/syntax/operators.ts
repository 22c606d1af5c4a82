// Binary operator precedence, as PowerShell's language specification orders it (tighter first):
// PowerShell 7's `??`, `..`, `-f`, `* / %`, `+ -`, comparison (`-eq`, `-like`, `-match`, `-replace`, `-split`, `-join`,
// `-is`, `-as`, ...), bitwise (`-band`, `-bor`, `-bxor`), logical (`-and`, `-or`, `-xor`). All are
// left-associative. The parser collects a flat `operand (operator operand)*` chain and this module
// builds the tree, which is both simpler and faster than one grammar rule per precedence level.

import type { BinaryExpression, ErrorExpression, Expression, Range } from './ast';
import { DASHES } from './characters';

export interface OperatorOccurrence {
  /** Lower-cased, with a typographic dash written as `-`. */
  operator: string;
  range: Range;
  precedence: number;
}

const LOGICAL = new Set(['-and', '-or', '-xor']);
const BITWISE = new Set(['-band', '-bor', '-bxor']);

export function normalizeOperator(image: string): string {
  const lower = image.toLowerCase();
  return DASHES.includes(lower[0]) ? `-${lower.slice(1)}` : lower;
}

export function precedenceOf(operator: string): number {
  if (operator === '??') return 8;
  if (operator === '..') return 7;
  if (operator === '-f') return 6;
  if (operator === '*' || operator === '/' || operator === '%') return 5;
  if (operator === '+' || operator === '-') return 4;
  if (LOGICAL.has(operator)) return 1;
  if (BITWISE.has(operator)) return 2;
  return 3;
}

/**
 * Builds the tree for `operands[0] op[0] operands[1] op[1] ...`. A missing operand (the user has not
 * typed it yet) is `undefined`: on the right of an operator it stays undefined, on the left it
 * becomes an empty ErrorExpression.
 */
export function buildBinaryChain(operands: (Expression | undefined)[], operators: OperatorOccurrence[]): Expression {
  const output: (Expression | undefined)[] = [operands[0]];
  const pending: OperatorOccurrence[] = [];
  const reduce = () => {
    const operator = pending.pop() as OperatorOccurrence;
    const right = output.pop();
    const left = output.pop();
    output.push(binary(left, operator, right));
  };
  operators.forEach((operator, index) => {
    while (pending.length > 0 && pending[pending.length - 1].precedence >= operator.precedence) reduce();
    pending.push(operator);
    output.push(operands[index + 1]);
  });
  while (pending.length > 0) reduce();
  return output[0] ?? missingOperand(operators[0]?.range.start ?? 0);
}

function binary(left: Expression | undefined, occurrence: OperatorOccurrence, right: Expression | undefined): BinaryExpression {
  const leftOperand = left ?? missingOperand(occurrence.range.start);
  return {
    kind: 'Binary',
    range: { start: leftOperand.range.start, end: right ? right.range.end : occurrence.range.end },
    operator: occurrence.operator,
    operatorRange: occurrence.range,
    left: leftOperand,
    right,
  };
}

function missingOperand(at: number): ErrorExpression {
  return { kind: 'ErrorExpression', range: { start: at, end: at } };
}
