// The simulator's queues as the Exchange Queue Viewer cmdlets see them: the Submission queue (the
// message files Pickup and Replay have not taken yet) and one delivery queue per folder under
// `.exconn/queue/` that holds messages: a Foreign connector's Drop directory queue
// (NonSmtpGatewayDelivery), a Delivery Agent connector's (DeliveryAgent) and a Send connector's
// next hop (SmartHostConnectorDelivery or DnsConnectorDelivery). Changes (suspend, resume, remove,
// retry, export) go through here too, so the transport's own pass and the cmdlets read the same files.

import * as path from 'node:path';
import { listFolder, readInWorkspace, readJsonFile, removeDurably, writeJsonAtomic } from '../workspace/storage';
import { DELIVERY_STATUS } from './deliveryStatus';
import { writeEnvelopeBlock } from './envelopeBlock';
import { mailflowConnector } from './mailflowConnectors';
import { queuedMessages, retryQueue, type QueuedMessage, type StoredEntry } from './messageQueue';
import { numberedQueues, readQueueIndex, writeQueueIndex } from './queueIndex';
import { returnToSender } from './queueReturn';
import { transportDirectories, type TransportContext } from './transportContext';
import type { QueueOutcome } from './transportOutcome';

export type QueueStatus = 'Ready' | 'Retry' | 'Suspended';

export interface MessageView {
  identity: string;
  internalId: number;
  entry: StoredEntry;
  status: QueueStatus;
}

export interface QueueView {
  /** The folder under .exconn/queue/; undefined for the Submission queue. */
  folder?: string;
  identity: string;
  deliveryType: string;
  nextHopDomain: string;
  nextHopConnector?: string;
  status: QueueStatus;
  messageCount: number;
  lastError: string | null;
  lastRetryTime: string | null;
  messages: MessageView[];
}

const SUBMISSION = 'Submission';

/** `readOnly`: for views that take no lock (the Connectors view); queue numbers are then not saved. */
export async function viewQueues(context: TransportContext, readOnly = false): Promise<QueueView[]> {
  const server = context.organization.localServer;
  const folders = [];
  for (const name of (await listFolder(context.layout.queueFolder)).sort()) {
    const messages = await queuedMessages(context.root, path.join(context.layout.queueFolder, name));
    if (messages.length > 0) folders.push({ name, messages });
  }
  const index = await numberedQueues(context.layout, folders.map((folder) => folder.name), readOnly);
  const queues = folders.map(({ name, messages }) => deliveryQueue(context, `${server}\\${index.numbers[name]}`, name, messages, index.suspended.includes(name)));
  return [await submissionQueue(context, `${server}\\${SUBMISSION}`), ...queues.sort((a, b) => queueNumber(a) - queueNumber(b))];
}

function queueNumber(queue: QueueView): number {
  return Number(queue.identity.slice(queue.identity.lastIndexOf('\\') + 1));
}

function deliveryQueue(context: TransportContext, identity: string, folder: string, messages: QueuedMessage[], suspended: boolean): QueueView {
  const first = messages[0].entry;
  const waiting = messages.find((message) => !message.entry.suspended)?.entry;
  const views = messages.map((message): MessageView => ({
    identity: `${identity}\\${message.entry.internalId}`,
    internalId: message.entry.internalId,
    entry: message.entry,
    status: message.entry.suspended ? 'Suspended' : message.entry.lastRetryTime ? 'Retry' : 'Ready',
  }));
  return {
    folder,
    identity,
    deliveryType: deliveryTypeOf(context, first),
    nextHopDomain: first.nextHop ?? first.connectorName,
    nextHopConnector: first.connectorGuid,
    status: suspended ? 'Suspended' : waiting?.lastRetryTime ? 'Retry' : 'Ready',
    messageCount: messages.length,
    lastError: waiting?.lastRetryTime ? waiting.reason : null,
    lastRetryTime: waiting?.lastRetryTime ?? null,
    messages: views,
  };
}

function deliveryTypeOf(context: TransportContext, entry: StoredEntry): string {
  if (entry.deliveryType === 'DeliveryAgent') return 'DeliveryAgent';
  if (entry.deliveryType !== 'SmtpRelay') return 'NonSmtpGatewayDelivery';
  const connector = mailflowConnector(context.routing.mailflowConnectors, 'send', entry.connectorGuid);
  return connector && !connector.dnsRoutingEnabled && connector.smartHosts.length > 0 ? 'SmartHostConnectorDelivery' : 'DnsConnectorDelivery';
}

/** Message files waiting in the Pickup and Replay directories: what the transport will submit next. */
async function submissionQueue(context: TransportContext, identity: string): Promise<QueueView> {
  let count = 0;
  for (const directory of transportDirectories(context).directories) {
    count += (await listFolder(directory.path)).filter((name) => /\.eml$/i.test(name)).length;
  }
  return { identity, deliveryType: 'Undefined', nextHopDomain: SUBMISSION, status: 'Ready', messageCount: count, lastError: null, lastRetryTime: null, messages: [] };
}

/** Suspends or resumes a delivery queue; the Submission queue stays as it is (the transport's pass takes it). */
export async function setQueueSuspended(context: TransportContext, queue: QueueView, suspended: boolean): Promise<void> {
  if (!queue.folder) return;
  const index = await readQueueIndex(context.layout);
  const others = index.suspended.filter((name) => name !== queue.folder);
  await writeQueueIndex(context.layout, { ...index, suspended: suspended ? [...others, queue.folder] : others });
}

function messageFiles(context: TransportContext, queue: QueueView, message: MessageView): { copy: string; json: string } {
  const copy = path.join(context.layout.queueFolder, queue.folder ?? '', message.entry.fileName);
  return { copy, json: `${copy}.json` };
}

export async function setMessageSuspended(context: TransportContext, queue: QueueView, message: MessageView, suspended: boolean): Promise<void> {
  const { json } = messageFiles(context, queue, message);
  const current = (await readJsonFile(context.root, json)) as StoredEntry | undefined;
  if (!current) return;
  const { suspended: _was, ...rest } = current;
  await writeJsonAtomic(context.root, json, suspended ? { ...rest, suspended: true } : rest);
}

/** Removes a queued message for good: its entry first, so a crash leaves no entry without its copy. */
export async function removeQueuedMessage(context: TransportContext, queue: QueueView, message: MessageView): Promise<void> {
  const { copy, json } = messageFiles(context, queue, message);
  await removeDurably(context.root, json);
  await removeDurably(context.root, copy);
}

/** Remove-Message with its default -WithNDR $true: the sender is told, then the message leaves the queue. */
export async function removeWithReport(context: TransportContext, queue: QueueView, message: MessageView): Promise<void> {
  const { copy } = messageFiles(context, queue, message);
  const failures = message.entry.recipients.map((address) => ({ address, status: DELIVERY_STATUS.removedFromQueue }));
  await returnToSender(context, { folder: path.dirname(copy), file: copy, entry: message.entry }, failures, 'QUEUE');
}

/**
 * Export-Message: the queued message as a file the Replay directory takes, its envelope block
 * (X-Sender, X-Receiver, ... X-EndOfInjectedXHeaders) at the top. A Drop or agent queue keeps its copy with those fields already; an
 * SMTP queue's copy is the bare message, whose envelope is in its entry.
 */
export async function exportedMessage(context: TransportContext, queue: QueueView, message: MessageView): Promise<Buffer> {
  const bytes = await readInWorkspace(context.root, messageFiles(context, queue, message).copy);
  if (/^X-Sender:/i.test(bytes.subarray(0, 16).toString('latin1'))) return bytes;
  const entry = message.entry;
  const newline = bytes.includes('\r\n') ? '\r\n' : '\n';
  const recipients = (entry.envelopeRecipients ?? entry.recipients).map((address) => ({ address }));
  const origin = { ...(entry.sourceName ? { source: entry.sourceName } : {}), ...(entry.sourceIp ? { sourceIp: entry.sourceIp } : {}) };
  return Buffer.concat([Buffer.from(writeEnvelopeBlock({ sender: entry.sender, recipients, ...origin }, newline), 'latin1'), bytes]);
}

/** Retry-Queue: tries the queue's messages now, as the next pass would. */
export async function retryQueueNow(context: TransportContext, queue: QueueView): Promise<QueueOutcome[]> {
  return queue.folder ? retryQueue(context, undefined, false, queue.folder) : [];
}

/** The queues of one moment, with the changes the Queue Viewer cmdlets make to them. */
export class QueueViewer {
  private constructor(private readonly context: TransportContext, readonly queues: readonly QueueView[]) {}

  static async open(context: TransportContext): Promise<QueueViewer> {
    return new QueueViewer(context, await viewQueues(context));
  }

  setQueueSuspended(queue: QueueView, suspended: boolean): Promise<void> {
    return setQueueSuspended(this.context, queue, suspended);
  }

  setMessageSuspended(queue: QueueView, message: MessageView, suspended: boolean): Promise<void> {
    return setMessageSuspended(this.context, queue, message, suspended);
  }

  removeMessage(queue: QueueView, message: MessageView, withReport: boolean): Promise<void> {
    return withReport ? removeWithReport(this.context, queue, message) : removeQueuedMessage(this.context, queue, message);
  }

  exportMessage(queue: QueueView, message: MessageView): Promise<Buffer> {
    return exportedMessage(this.context, queue, message);
  }

  retry(queue: QueueView): Promise<QueueOutcome[]> {
    return retryQueueNow(this.context, queue);
  }
}
