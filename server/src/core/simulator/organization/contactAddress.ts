// The SMTP address a mail contact is reached on when none is given, for exconn.json's contacts and
// for those New-MailContact creates alike: its name (or alias) without blanks and other signs, in
// the organization's default domain.

export function defaultContactSmtpAddress(name: string, acceptedDomains: readonly string[]): string {
  return `${name.replace(/[^A-Za-z0-9._-]/g, '') || 'contact'}@${acceptedDomains.find((domain) => !domain.startsWith('*')) ?? 'contoso.com'}`;
}

/** `FAX:+1 425 555 0100` as its type and address; an address without a type is SMTP, as Exchange reads it. */
export function typedAddress(text: string): { type: string; address: string } {
  const colon = text.indexOf(':');
  const type = colon > 0 ? text.slice(0, colon).trim() : 'SMTP';
  const address = text.slice(colon + 1).trim();
  const upper = type.toUpperCase();
  return { type: upper === 'X400' || upper === 'SMTP' ? upper : type, address };
}
