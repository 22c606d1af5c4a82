// The display form of an address space, as Get-ForeignConnector and Get-SendConnector list it:
// `Type:Address;Cost` with the type in canonical case and the cost always written (`SMTP:*;1`).
// X.400 attributes are shown with lower-case keys in Exchange's order (c, a, p, o, ou1–ou4, then
// the personal attributes), the order Exchange uses when it prints X.400 addresses, e.g.
// `X400:c=US;a= ;p=First Organizati;o=Exchange;s=Smith`; values keep their case and spaces.

import type { ParsedAddressSpace, X400Attribute } from './addressSpace';
import { X400_DISPLAY_ORDER } from './x400Attributes';

/** Meant for valid address spaces; a partial parse formats whatever parts it has. */
export function formatAddressSpace(space: ParsedAddressSpace): string {
  return `${space.type}:${formatAddress(space)};${space.cost}`;
}

/** The address part alone, in display form. */
export function formatAddress(space: ParsedAddressSpace): string {
  switch (space.kind) {
    case 'smtp':
      return space.domain;
    case 'x400':
      return formatX400Attributes(space.attributes);
    default:
      return space.address;
  }
}

/** `c=US;a=Fabrikam;p=Contoso` from attributes in any order and key case. */
export function formatX400Attributes(attributes: readonly X400Attribute[]): string {
  return sortForDisplay(attributes).map(formatX400Attribute).join(';');
}

export function formatX400Attribute(attribute: X400Attribute): string {
  if (attribute.canonicalKey === 'dda') return `dda:${attribute.ddaType ?? ''}=${attribute.value}`;
  return `${attribute.canonicalKey}=${attribute.value}`;
}

function sortForDisplay(attributes: readonly X400Attribute[]): X400Attribute[] {
  const rank = (a: X400Attribute) => {
    const index = X400_DISPLAY_ORDER.indexOf(a.canonicalKey);
    return index < 0 ? X400_DISPLAY_ORDER.length : index;
  };
  // Array.prototype.sort is stable, so DDAs keep their written order.
  return [...attributes].sort((x, y) => rank(x) - rank(y));
}
