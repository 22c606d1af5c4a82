// Hover inside an address-space string: the part under the cursor, parsed by core/addressSpace —
// the type, one X.400 attribute (its full name and limits, and this value's length), or the cost.

import { parseAddressSpace } from '../addressSpace/parseAddressSpace';
import type { ParsedAddressSpace, TextRange } from '../addressSpace/addressSpace';
import { findX400Attribute } from '../addressSpace/x400Attributes';
import { DEFAULT_COST, MAX_COST, MIN_COST } from '../addressSpace/addressSpaceCost';
import type { StringLiteral } from '../syntax/ast';
import { sourceOffsetInString, valueIndexAtOffset } from '../syntax/strings';
import type { DocumentAnalysis } from './documentAnalysis';
import type { Hover } from './editorResults';
import { x400AttributeMarkdown } from './x400Presentation';

const typeDescriptions: Record<string, string> = {
  smtp: 'an SMTP domain such as contoso.com, or *.contoso.com for the domain and its subdomains',
  x400: 'an X.400 address written as attributes key=value separated by `;` (RFC 1685), such as c=US;a=Fabrikam;p=Contoso',
};

export function addressSpaceHover(analysis: DocumentAnalysis, string: StringLiteral, offset: number): Hover | null {
  const { addressSpace } = parseAddressSpace(string.value);
  if (!addressSpace) return null;
  const at = valueIndexAtOffset(string, offset);
  const inside = (range: TextRange | undefined): range is TextRange => range !== undefined && range.start <= at && at < range.end;
  const result = (markdown: string, range: TextRange): Hover => ({
    contents: { kind: 'markdown', value: markdown },
    range: analysis.lines.rangeAt(sourceOffsetInString(string, range.start), sourceOffsetInString(string, range.end)),
  });
  if (inside(addressSpace.typeRange)) return result(typeMarkdown(addressSpace), addressSpace.typeRange);
  if (inside(addressSpace.costRange)) return result(costMarkdown(addressSpace.cost), addressSpace.costRange);
  if (addressSpace.kind === 'x400') {
    const attribute = addressSpace.attributes.find((candidate) => inside({ start: candidate.keyRange.start, end: candidate.valueRange.end }));
    const info = attribute && findX400Attribute(attribute.canonicalKey);
    if (attribute && info) {
      const length = `This value: \`${attribute.value}\` (${attribute.value.length} of at most ${info.maxLength} characters).`;
      return result(`${x400AttributeMarkdown(info)}\n\n${length}`, { start: attribute.keyRange.start, end: attribute.valueRange.end });
    }
  }
  return null;
}

function typeMarkdown(addressSpace: ParsedAddressSpace): string {
  const described = typeDescriptions[addressSpace.kind];
  if (described) return `**${addressSpace.type}** address space: ${described}, then an optional \`;cost\`.`;
  return `**${addressSpace.type}**: a custom address space type (for a non-SMTP gateway such as a fax system); Exchange does not check its address.`;
}

function costMarkdown(cost: number): string {
  return `**Cost ${cost}** — from ${MIN_COST} to ${MAX_COST}, ${DEFAULT_COST} when omitted. When several connectors match a recipient equally well, the lowest cost wins.`;
}
