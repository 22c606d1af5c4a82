// What became of each message, for the summary `exconn transport` prints and the editor shows.

import type { TransportCounts } from '../../../protocol/extensionProtocol';
import type { DirectoryRole } from './envelope';

export interface RecipientOutcome {
  address: string;
  result: 'mailbox' | 'drop' | 'queued' | 'failed';
  /** The connector that carried (or will carry) it. */
  connector?: string;
  /** Where the copy is: a mailbox folder or Drop file (workspace-relative), or the queue file. */
  location?: string;
  /** Why it failed or waits, including the status code. */
  detail?: string;
}

/** A delivery status notification the message caused (an NDR, or a relay DSN). */
export interface ReportOutcome {
  kind: 'NDR' | 'relay DSN';
  to: string;
  result: 'mailbox' | 'drop' | 'queued' | 'failed';
  location?: string;
  detail?: string;
}

export interface MessageOutcome {
  directory: DirectoryRole;
  /** The message file as it was dropped, workspace-relative (`Pickup/test.eml`). */
  file: string;
  messageId: string;
  internalId: number;
  result: 'delivered' | 'partly delivered' | 'not delivered' | 'waiting' | 'badmail';
  recipients: RecipientOutcome[];
  reports: ReportOutcome[];
  badmail?: { file: string; reasonFile: string; reason: string };
  /** True when this run finished a message an earlier, interrupted run had started. */
  resumed: boolean;
}

/**
 * A message that waited in a queue and was tried again: delivered (`drop`, into a Drop directory, an
 * agent's folder or an SMTP server), still waiting, or given up (`failed`, refused for good by the
 * next hop or removed by an administrator) with the NDR to its sender.
 */
export interface QueueOutcome {
  connector: string;
  messageId: string;
  recipients: string[];
  result: 'drop' | 'waiting' | 'failed';
  location?: string;
  reason?: string;
  report?: ReportOutcome;
}

export interface TransportSummary {
  messages: MessageOutcome[];
  queue: QueueOutcome[];
  /** Message files left for a later pass by PickupDirectoryMaxMessagesPerMinute. */
  throttled: { directory: DirectoryRole; count: number; limit: number }[];
  /** Messages still waiting in `.exconn/queue/` after this pass. */
  waiting: number;
  /** Problems that stopped part of the work (a directory path refused, a file that could not be read). */
  errors: string[];
  warnings: string[];
}

export function emptySummary(): TransportSummary {
  return { messages: [], queue: [], throttled: [], waiting: 0, errors: [], warnings: [] };
}

/** How many messages left the Pickup and Replay directories or the queue in this pass. */
export function movedCount(summary: TransportSummary): number {
  return summary.messages.length + summary.queue.filter((entry) => entry.result !== 'waiting').length;
}

export const NO_COUNTS: TransportCounts = { delivered: 0, partlyDelivered: 0, notDelivered: 0, badmail: 0, waiting: 0 };

/** The pass's messages by outcome; a queued copy sent on counts as delivered, one given up as not delivered. */
export function passCounts(summary: TransportSummary): TransportCounts {
  const counts = { ...NO_COUNTS };
  for (const message of summary.messages) {
    switch (message.result) {
      case 'delivered': counts.delivered++; break;
      case 'partly delivered': counts.partlyDelivered++; break;
      case 'not delivered': counts.notDelivered++; break;
      case 'badmail': counts.badmail++; break;
      case 'waiting': counts.waiting++; break;
    }
  }
  for (const entry of summary.queue) {
    if (entry.result === 'drop') counts.delivered++;
    else if (entry.result === 'failed') counts.notDelivered++;
  }
  return counts;
}

export function addCounts(a: TransportCounts, b: TransportCounts): TransportCounts {
  return {
    delivered: a.delivered + b.delivered, partlyDelivered: a.partlyDelivered + b.partlyDelivered, notDelivered: a.notDelivered + b.notDelivered,
    badmail: a.badmail + b.badmail, waiting: a.waiting + b.waiting,
  };
}
