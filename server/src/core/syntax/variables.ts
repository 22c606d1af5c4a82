// Variable references: `$x`, `${x y}`, `$env:X`, `${env:ProgramFiles(x86)}`, `$_`, and `@params`.
// The lexer's Variable token and the string decoder both read them with this pattern.

import type { Range, Variable } from './ast';
import { NAME_CHAR_CLASS, NAME_START_CLASS } from './characters';

/** Sticky: matches a variable reference (with its `$`) at `lastIndex`. */
export const VARIABLE_PATTERN = new RegExp(
  `\\$(?:\\{(?:[^}\`]|\`[\\s\\S])*\\}|(?:[${NAME_START_CLASS}][${NAME_CHAR_CLASS}]*:(?=[${NAME_CHAR_CLASS}?]))?[${NAME_CHAR_CLASS}?]+|[$^?])`,
  'y',
);

const SCOPED = /^([A-Za-z_][A-Za-z0-9_]*):([\s\S]+)$/;

export function variableNode(image: string, range: Range): Variable {
  const splat = image.startsWith('@');
  let body = image.slice(1);
  if (!splat && body.startsWith('{') && body.endsWith('}')) body = body.slice(1, -1).replace(/`([\s\S])/g, '$1');
  const scoped = SCOPED.exec(body);
  if (scoped && !splat) return { kind: 'Variable', range, name: scoped[2], scope: scoped[1], splat };
  return { kind: 'Variable', range, name: body, splat };
}

/** The variable reference starting at `offset` (a `$`), or undefined when none does. */
export function matchVariable(text: string, offset: number, limit: number): string | undefined {
  VARIABLE_PATTERN.lastIndex = offset;
  const found = VARIABLE_PATTERN.exec(text);
  if (!found || offset + found[0].length > limit) return undefined;
  return found[0];
}
