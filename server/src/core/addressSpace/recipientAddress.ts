// Builds the RecipientAddress routing works with from an SMTP envelope address: an IMCEA
// encapsulated address (`IMCEAX400-...@contoso.com`, `IMCEAFAX-...@contoso.com`) stands for the
// non-SMTP address inside it, which is what Exchange routes on; anything else is SMTP.

import type { RecipientAddress } from './addressSpace';
import { kindOf } from './addressSpaceType';
import { decodeImcea } from './imcea';
import { parseX400Address } from './x400Address';

export function recipientFromSmtpAddress(smtpAddress: string): RecipientAddress {
  const decoded = decodeImcea(smtpAddress);
  if (!decoded) return { type: 'SMTP', address: smtpAddress };
  if (kindOf(decoded.type) === 'x400') {
    const parsed = parseX400Address(decoded.address).address;
    if (parsed) return { type: 'X400', attributes: parsed.values };
  }
  return { type: decoded.type, address: decoded.address };
}
