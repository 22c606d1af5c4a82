// What the binder needs to know about a positional argument's value to choose a parameter set: is
// it a script block? PowerShell weighs the value's type, so `ForEach-Object Name` binds -MemberName
// and `ForEach-Object { ... }` binds -Process. The interpreter answers from the evaluated value; the
// editor answers from the syntax with `shapeOfExpression`.

import type { Expression } from '../syntax/ast';

/** `unknown` fits any parameter: the value is known only when the script runs. */
export type ArgumentShape = 'scriptBlock' | 'other' | 'unknown';

/** The shape the syntax alone tells: a `{ ... }` literal is a script block, a `$variable` could be anything. */
export function shapeOfExpression(expression: Expression): ArgumentShape {
  switch (expression.kind) {
    case 'ScriptBlock':
      return 'scriptBlock';
    case 'String':
    case 'Bareword':
    case 'Number':
    case 'Array':
    case 'ArraySubExpression':
    case 'Hashtable':
    case 'Type':
      return 'other';
    default:
      return 'unknown';
  }
}
