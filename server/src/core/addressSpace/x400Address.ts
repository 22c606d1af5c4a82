// Parses a recipient's X.400 O/R address (not an address space): `c=US;a=Fabrikam;p=Contoso;s=Smith`
// as Exchange writes X.400 proxy addresses (an `X400:` prefix is accepted and skipped), or the
// slash form `/c=US/a=Fabrikam/p=Contoso/s=Smith/` with `$/` for a slash inside a value.
// Wildcards are not allowed here: a recipient is one concrete address.

import type { AddressSpaceProblem, X400Address, X400Attribute, X400AttributeValues } from './addressSpace';
import { hasErrors, problem } from './addressSpaceProblems';
import { attributeIdentity } from './x400Rules';
import { splitSemicolonFields, splitSlashFields } from './x400Fields';
import { parseX400Name } from './x400Name';

export interface X400AddressParseResult {
  /** Best effort, present whenever some attribute could be read. */
  address: X400Address | undefined;
  problems: AddressSpaceProblem[];
  valid: boolean;
}

const PREFIX = /^\s*x400:/i;

export function parseX400Address(text: string): X400AddressParseResult {
  const prefix = PREFIX.exec(text)?.[0].length ?? 0;
  const body = text.slice(prefix);
  const range = { start: prefix, end: text.length };
  if (body.trim() === '') {
    const message = 'The X.400 address is empty; write its attributes, for example c=US;a= ;p=Contoso;s=Smith.';
    return { address: undefined, problems: [problem('x400-empty', message, { start: 0, end: text.length })], valid: false };
  }
  const slash = body.trimStart().startsWith('/');
  const offset = prefix + (slash ? body.length - body.trimStart().length : 0);
  const fields = slash ? splitSlashFields(body.trimStart(), offset) : splitSemicolonFields(body, prefix);
  const parsed = parseX400Name(fields, range, 'address');
  const address = parsed.attributes.length > 0 ? toAddress(parsed.attributes) : undefined;
  return { address, problems: parsed.problems, valid: address !== undefined && !hasErrors(parsed.problems) };
}

export function toAddress(attributes: X400Attribute[]): X400Address {
  return { attributes, values: attributeValues(attributes) };
}

/** Canonical key → value; a DDA appears as `dda:<type in lower case>`. The first instance wins. */
export function attributeValues(attributes: readonly X400Attribute[]): X400AttributeValues {
  const values: Record<string, string> = {};
  for (const attribute of attributes) {
    const identity = attributeIdentity(attribute);
    if (!Object.hasOwn(values, identity)) values[identity] = attribute.value;
  }
  return values;
}
