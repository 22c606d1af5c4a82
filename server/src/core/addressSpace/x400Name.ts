// Parses the attribute list of an X.400 O/R name (the part after `X400:` in an address space, or
// a recipient's O/R address): fields → attributes → whole-name rules. Shared by the address-space
// parser and the O/R address parser, which differ only in the context (wildcards, rules).

import type { AddressSpaceProblem, TextRange, X400Attribute } from './addressSpace';
import { problem } from './addressSpaceProblems';
import { parseX400Field } from './x400AttributeParse';
import { isIgnorableTrailingField, type X400Field } from './x400Fields';
import { checkX400Name } from './x400Rules';
import type { X400Context } from './x400Value';

export interface ParsedX400Name {
  attributes: X400Attribute[];
  problems: AddressSpaceProblem[];
}

export function parseX400Name(fields: readonly X400Field[], nameRange: TextRange, context: X400Context): ParsedX400Name {
  const attributes: X400Attribute[] = [];
  const problems: AddressSpaceProblem[] = [];
  fields.forEach((field, index) => {
    if (field.raw.trim() === '') {
      if (!isIgnorableTrailingField(fields, index)) problems.push(emptyFieldProblem(field, index === fields.length - 1));
      return;
    }
    const parsed = parseX400Field(field, context);
    if (parsed.attribute) attributes.push(parsed.attribute);
    problems.push(...parsed.problems);
  });
  problems.push(...checkX400Name(attributes, nameRange, context));
  return { attributes, problems };
}

/**
 * An empty field sits between two separators. A field with spaces is shown as is; a field with
 * nothing is shown by the separator after it, or by the one before it when it is the last field.
 */
function emptyFieldProblem(field: X400Field, isLast: boolean): AddressSpaceProblem {
  const range =
    field.raw !== ''
      ? { start: field.start, end: field.start + field.raw.length }
      : isLast
        ? { start: Math.max(field.start - 1, 0), end: field.start }
        : { start: field.start, end: field.start + 1 };
  return problem('x400-empty-field', 'There is an empty X.400 attribute here (two separators in a row); remove the extra separator.', range);
}
