// The header firewall (Exchange 2013 topic "Header firewall"): organization X-headers
// (X-MS-Exchange-Organization-*) and forest X-headers (X-MS-Exchange-Forest-*) carry decisions the
// organization makes about a message (its spam confidence level, whether it was authenticated), so a
// message must not bring its own. The Pickup directory removes them from every file; the Replay
// directory removes them unless the file was written by Exchange itself (X-CreatedBy: MSExchange15);
// and they are removed from a copy written to a Drop directory or a delivery agent's folder, which
// leaves the organization.

import { isExchangeCreatedBy } from './exchangeVersion';
import { readMessageText, renderMessage, type HeaderField } from './messageText';

const FIREWALLED = /^x-ms-exchange-(?:organization|forest)-/;

export function isFirewalledHeader(field: Pick<HeaderField, 'lowerName'>): boolean {
  return FIREWALLED.test(field.lowerName);
}

/** Whether a Replay file's X-CreatedBy names an Exchange version (MSExchange15, ...), so its organization headers are kept. */
export function createdByExchange(createdBy: string | undefined): boolean {
  return isExchangeCreatedBy(createdBy ?? '');
}

/** The message text without organization and forest X-headers; the same text when it has none. */
export function withoutFirewalledHeaders(content: string): string {
  // Only the header is looked at: a Drop copy may carry megabytes of body, on every message's path.
  const headerEnd = content.search(/\r?\n\r?\n/);
  const header = headerEnd < 0 ? content : content.slice(0, headerEnd);
  if (!/^X-MS-Exchange-(?:Organization|Forest)-/im.test(header)) return content;
  const text = readMessageText(Buffer.from(content, 'latin1'));
  if (text.problem) return content;
  return renderMessage(text.fields.filter((field) => !isFirewalledHeader(field)), text.newline, text.body);
}
