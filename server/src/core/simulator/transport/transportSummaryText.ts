// The readable account of a pass that `exconn transport` prints: one block per message saying where
// each recipient's copy went (or why it did not), then the queue, the throttled files and a total.

import type { TransportCounts, TransportCountsText } from '../../../protocol/extensionProtocol';
import type { MessageOutcome, QueueOutcome, RecipientOutcome, ReportOutcome, TransportSummary } from './transportOutcome';

/** The whole account; `problems: false` leaves out warnings and errors (the CLI prints those to stderr). */
export function formatTransportSummary(summary: TransportSummary, options: { problems?: boolean } = {}): string {
  const lines: string[] = [];
  for (const message of summary.messages) lines.push(...formatMessage(message));
  for (const entry of summary.queue) lines.push(formatQueueEntry(entry));
  for (const throttled of summary.throttled) {
    lines.push(`Throttled: ${throttled.count} file(s) left in the ${throttled.directory} directory for a later pass (PickupDirectoryMaxMessagesPerMinute is ${throttled.limit}; "throttling": false in exconn.json turns the limit off).`);
  }
  if (options.problems ?? true) {
    for (const warning of summary.warnings) lines.push(`Warning: ${warning}`);
    for (const error of summary.errors) lines.push(`Error: ${error}`);
  }
  lines.push(totalLine(summary));
  return lines.join('\n') + '\n';
}

/** How a message came in, as the line starts: "Pickup Pickup Directory/x.eml" read as a typo. */
const ROLE_VERBS: Record<MessageOutcome['directory'], string> = { Pickup: 'Picked up', Replay: 'Replayed' };

export function formatMessage(message: MessageOutcome): string[] {
  const resumed = message.resumed ? ' (resumed after an interrupted run)' : '';
  const head = `${ROLE_VERBS[message.directory]} ${message.file}${message.messageId ? ` ${message.messageId}` : ''}: ${message.result}${resumed}`;
  if (message.badmail) {
    return [head, `  renamed to ${message.badmail.file}; reason in ${message.badmail.reasonFile}`, `  ${message.badmail.reason}`];
  }
  return [head, ...message.recipients.map(formatRecipient), ...message.reports.map(formatReport)];
}

function formatRecipient(recipient: RecipientOutcome): string {
  switch (recipient.result) {
    case 'mailbox':
      return `  ${recipient.address} -> mailbox ${recipient.location ?? ''}`;
    case 'drop':
      return `  ${recipient.address} -> ${recipient.connector ?? ''} -> ${recipient.location ?? ''}`;
    case 'queued':
      return `  ${recipient.address} -> ${recipient.connector ?? ''}: waiting in ${recipient.location ?? 'the queue'} (${recipient.detail ?? ''})`;
    default:
      return `  ${recipient.address} -> not delivered: ${recipient.detail ?? ''}`;
  }
}

function formatReport(report: ReportOutcome): string {
  const where = report.result === 'failed' ? `could not be delivered: ${report.detail ?? ''}` : report.result === 'queued' ? `waits in ${report.location ?? 'the queue'}` : `-> ${report.location ?? ''}`;
  return `  ${report.kind} to ${report.to} ${where}`;
}

function formatQueueEntry(entry: QueueOutcome): string {
  const report = entry.report ? [formatReport(entry.report)] : [];
  switch (entry.result) {
    case 'drop':
      return [`Queue: ${entry.messageId} for ${entry.recipients.join(', ')} -> ${entry.connector} -> ${entry.location ?? ''}${entry.reason ? ` (${entry.reason})` : ''}`, ...report].join('\n');
    case 'failed':
      return [`Queue: ${entry.messageId} for ${entry.recipients.join(', ')} not delivered by ${entry.connector}: ${entry.reason ?? ''}`, ...report].join('\n');
    case 'waiting':
      return `Queue: ${entry.messageId} for ${entry.recipients.join(', ')} still waits for ${entry.connector}: ${entry.reason ?? ''}`;
  }
}

export function totalLine(summary: TransportSummary): string {
  const counts = new Map<string, number>();
  for (const message of summary.messages) counts.set(message.result, (counts.get(message.result) ?? 0) + 1);
  const parts = [...counts].map(([result, count]) => `${count} ${result}`);
  const reports = summary.messages.reduce((sum, message) => sum + message.reports.length, 0);
  const fromQueue = summary.queue.filter((entry) => entry.result === 'drop').length;
  const givenUp = summary.queue.filter((entry) => entry.result === 'failed').length;
  const returned = givenUp > 0 ? `${givenUp} returned to the sender from the queue; ` : '';
  return `${summary.messages.length} message(s)${parts.length > 0 ? ` (${parts.join(', ')})` : ''}; ${reports} report(s); ${fromQueue} sent from the queue; ${returned}${summary.waiting} waiting in the queue.`;
}

/** Counts in words, each outcome apart and zeros left out: the toast, the status bar and its tooltip say these. */
export function countsText(counts: TransportCounts): TransportCountsText {
  const parts: [number, string, string][] = [
    [counts.delivered, 'delivered', 'delivered'],
    [counts.partlyDelivered, 'partly delivered', 'partly delivered (an NDR for the other recipients)'],
    [counts.notDelivered, 'NDR', 'not delivered (the sender got an NDR)'],
    [counts.badmail, 'badmail', 'set aside as badmail'],
    [counts.waiting, 'waiting', 'waiting in a queue'],
  ];
  const present = parts.filter(([count]) => count > 0);
  const total = parts.reduce((sum, [count]) => sum + count, 0);
  if (present.length === 0) return { short: 'no messages yet', sentence: 'No messages.' };
  return {
    short: present.map(([count, label]) => `${count} ${label}`).join(' · '),
    sentence: `${total} message${total === 1 ? '' : 's'}: ${present.map(([count, , words]) => `${count} ${words}`).join(', ')}.`,
  };
}
