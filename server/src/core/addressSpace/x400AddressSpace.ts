// The address of an X400 address space: an RFC 1685 O/R name with `;` between attributes, keys in
// any case and any order, e.g. `c=US;a=Fabrikam;P=Contoso` or `o=MySite;p=MyOrg;a=adatum;c=us`
// (New-ForeignConnector reference). Values may use the wildcards `*` and `%`.

import type { AddressSpaceProblem, TextRange, X400Attribute } from './addressSpace';
import { problem } from './addressSpaceProblems';
import { splitSemicolonFields, splitSlashFields } from './x400Fields';
import { parseX400Name } from './x400Name';

export interface ParsedX400AddressSpace {
  attributes: X400Attribute[];
  problems: AddressSpaceProblem[];
}

export function parseX400AddressSpace(address: string, range: TextRange): ParsedX400AddressSpace {
  if (address.startsWith('/')) {
    const fields = splitSlashFields(address, range.start);
    const parsed = parseX400Name(fields, range, 'addressSpace');
    const rewritten = fields.map((f) => f.text).filter((t) => t.trim() !== '').join(';');
    const message = `Exchange reads X.400 address spaces with ';' between attributes, not '/'. Write ${rewritten}.`;
    return { attributes: parsed.attributes, problems: [problem('x400-slash-separators', message, range), ...parsed.problems] };
  }
  return parseX400Name(splitSemicolonFields(address, range.start), range, 'addressSpace');
}
