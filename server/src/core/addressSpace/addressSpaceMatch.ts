// Whether an address space covers a recipient, and how specifically, for the transport simulator.
//
// Exchange routes a recipient through the connector whose address space most closely matches the
// recipient's address of that type, then by lowest cost (Exchange 2007 "Send Connectors":
// "The Send connector whose address space most closely matches the recipient's e-mail address is
// selected"). SMTP: `*` matches every domain, `contoso.com` that domain only, `*.contoso.com`
// contoso.com and all its subdomains; an exact domain beats a wildcard over the same domain and a
// longer suffix beats a shorter one. Specificity numbers are comparable within one address type.

import type {
  AddressSpaceMatch,
  CustomAddressSpace,
  ParsedAddressSpace,
  RecipientAddress,
  SmtpAddressSpace,
  X400AttributeValues,
} from './addressSpace';
import { kindOf } from './addressSpaceType';
import { customAddressMatches, customAddressPattern } from './customAddressSpace';
import { parseX400Address } from './x400Address';
import { matchX400 } from './x400Match';

const NO_MATCH: AddressSpaceMatch = { matched: false, specificity: 0 };

export function matchAddressSpace(space: ParsedAddressSpace, recipient: RecipientAddress): AddressSpaceMatch {
  const recipientKind = kindOf(recipient.type);
  switch (space.kind) {
    case 'smtp':
      return recipientKind === 'smtp' && 'address' in recipient ? matchSmtp(space, recipient.address) : NO_MATCH;
    case 'x400': {
      const values = recipientKind === 'x400' ? x400ValuesOf(recipient) : undefined;
      return values ? matchX400(space, values) : NO_MATCH;
    }
    default:
      return recipient.type.toLowerCase() === space.type.toLowerCase() && 'address' in recipient
        ? matchCustom(space, recipient.address)
        : NO_MATCH;
  }
}

/** The domain of `user@domain` (or a bare domain), lower case, without a trailing dot. */
export function recipientDomain(address: string): string {
  const domain = address.slice(address.lastIndexOf('@') + 1).trim().toLowerCase();
  return domain.endsWith('.') ? domain.slice(0, -1) : domain;
}

function matchSmtp(space: SmtpAddressSpace, address: string): AddressSpaceMatch {
  if (space.isLocal) return NO_MATCH; // "all accepted domains" needs the organization's list
  const domain = recipientDomain(address);
  if (domain === '') return NO_MATCH;
  if (space.domain === '*') return { matched: true, specificity: 1 };
  const labels = space.baseDomain.split('.').length;
  if (space.hasWildcard) {
    const covered = domain === space.baseDomain || domain.endsWith(`.${space.baseDomain}`);
    return covered ? { matched: true, specificity: 1 + 2 * labels } : NO_MATCH;
  }
  return domain === space.baseDomain ? { matched: true, specificity: 2 + 2 * labels } : NO_MATCH;
}

function matchCustom(space: CustomAddressSpace, address: string): AddressSpaceMatch {
  const pattern = customAddressPattern(space.address);
  if (!customAddressMatches(pattern, address)) return NO_MATCH;
  const weight = pattern.isPrefix ? 1 : 2;
  return { matched: true, specificity: weight + 2 * pattern.prefix.length };
}

/** An X.400 recipient given as attribute values, or as O/R address text in `address`. */
function x400ValuesOf(recipient: RecipientAddress): X400AttributeValues | undefined {
  if ('attributes' in recipient) return recipient.attributes;
  return parseX400Address(recipient.address).address?.values;
}
