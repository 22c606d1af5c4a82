// Double-quoted strings expand `$name` and `$( ... )` when evaluated; single-quoted ones never do.
// An array expands with its elements separated by spaces, as PowerShell's default $OFS does.

import type { StringLiteral } from '../../syntax/ast';
import { toText } from './conversion';
import { evaluateExpression } from './expressions';
import type { Frame } from './runContext';

export async function expandString(literal: StringLiteral, frame: Frame): Promise<string> {
  if (literal.quote === 'single' || literal.quote === 'hereSingle') return literal.value;
  let text = '';
  for (const part of literal.parts) {
    if (part.kind === 'Text') text += part.value;
    else if (part.kind === 'VariablePart') text += toText(await evaluateExpression(part.variable, frame));
    else text += toText(await evaluateExpression(part.expression, frame));
  }
  return text;
}
