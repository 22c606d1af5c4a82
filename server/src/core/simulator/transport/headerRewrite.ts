// The header changes the Pickup and Replay directories make, from the Exchange 2013 topic "Pickup
// directory and Replay directory": the Pickup directory removes Received, Resent-* and Bcc (and
// writes "Undisclosed recipients" into To when only Bcc recipients were given), the Replay directory
// removes Bcc (and here the envelope X-headers, which became the envelope); both add their own
// Received field, a Message-ID `<GUID@defaultdomain>` when it is missing or empty, and the processing
// time as Date when Date is missing or malformed.

import type { MessageHeaders } from './mimeHeaders';
import { fieldValue, newField, renderMessage, type HeaderField, type MessageText } from './messageText';
import { rfc5322Date } from './rfc5322Date';
import type { SubmissionContext } from './submission';

export interface HeaderRewrite {
  /** Fields to drop. */
  remove: (field: HeaderField, index: number) => boolean;
  /** The value of the Received field the directory adds. */
  receivedValue: string;
  /** Add `To: Undisclosed recipients:;` (the Pickup directory, when only Bcc named recipients). */
  undisclosedRecipients: boolean;
}

export function rewriteHeader(text: MessageText, headers: MessageHeaders, rewrite: HeaderRewrite, context: SubmissionContext): { content: string; messageId: string } {
  const nl = text.newline;
  const messageId = headers.messageId !== '' ? headers.messageId : `<${context.messageGuid}@${context.defaultDomain}>`;
  const kept = text.fields.filter((field, index) => !rewrite.remove(field, index) && !isEmptyMessageId(field));
  const fields: HeaderField[] = [newField('Received', rewrite.receivedValue, nl), ...kept.map((field) => fixedDate(field, headers, context, nl))];
  if (headers.messageId === '') fields.push(newField('Message-ID', messageId, nl));
  if (!headers.hasDateField) fields.push(newField('Date', rfc5322Date(context.now), nl));
  if (rewrite.undisclosedRecipients) fields.push(newField('To', 'Undisclosed recipients:;', nl));
  return { content: renderMessage(fields, nl, text.body), messageId };
}

function isEmptyMessageId(field: HeaderField): boolean {
  return field.lowerName === 'message-id' && fieldValue(field) === '';
}

/** A Date field that does not hold a date gets the processing time instead. */
function fixedDate(field: HeaderField, headers: MessageHeaders, context: SubmissionContext, nl: string): HeaderField {
  if (field.lowerName !== 'date' || headers.hasValidDate) return field;
  return newField(field.name, rfc5322Date(context.now), nl);
}
