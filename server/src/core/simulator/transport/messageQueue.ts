// Messages waiting in `.exconn/queue/<queue>/`: for a Foreign connector's Drop directory (missing,
// over its DropDirectoryQuota, or otherwise unusable) or a Delivery Agent connector's agent, in a
// folder named for the connector's GUID, and for a Send connector's next hop over SMTP, in a folder
// named for the hop. Each pass tries them again, oldest first, before new files are taken (and the
// SMTP queues once more after them, so a message goes out in the pass that routed it), and stops at
// the first one of a queue that still cannot go, so they arrive in order. A retry marks the entry
// `sendingTo` (its target) before copying or sending, so after a crash it knows the copy may exist
// and neither copies nor logs it twice.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSourceServer } from '../state/foreignConnectors';
import { errorMessage, isFileFault } from '../errors';
import { fileExists, listFolder, readInWorkspace, readJsonFile, removeDurably, writeFileAtomic, writeJsonAtomic } from '../workspace/storage';
import { toWindowsPath, workspaceRelative } from '../workspace/workspacePaths';
import type { DeliveryPlan, QueueEntry } from './deliveryPlan';
import { agentFolderDecision } from './deliveryAgentFolder';
import { HANDED_TO_DELIVERY_AGENT, refusedByServer, WRITTEN_TO_DROP_DIRECTORY } from './deliveryStatus';
import { mailflowConnector } from './mailflowConnectors';
import { isSmtpQueueFolder } from './nextHop';
import { readQueueIndex } from './queueIndex';
import { finishReturn, planReturn, returnToSender, type ReturnedRecipient } from './queueReturn';
import { sendOverSmtp, type SmtpRefusal } from './smtpDelivery';
import { dropDecision } from './dropDirectory';
import { dropServerSettings } from './relayHop';
import { serverFqdn } from '../organization/organization';
import { trackingRow } from './trackingFields';
import { appendTrackingRows, readTrackingRows } from './trackingLogFiles';
import type { TransportContext } from './transportContext';
import type { QueueOutcome } from './transportOutcome';

/**
 * `sendingTo`: the Drop or agent file being written; `sentTo`: the SMTP server that took the message,
 * with the RCPT TO addresses it took (`sentRecipients`) and those it asked to try later (`deferredTo`);
 * `returning`: the planned report of a message being given up (queueReturn.ts).
 */
export type StoredEntry = QueueEntry & { sendingTo?: string; sentTo?: string; sentRecipients?: string[]; deferredTo?: SmtpRefusal[]; returning?: DeliveryPlan };

type QueueOutcomeBase = Pick<QueueOutcome, 'connector' | 'messageId' | 'recipients'>;

export interface QueuedMessage {
  folder: string;
  file: string;
  entry: StoredEntry;
}

/**
 * Tries every waiting message once (with `smtpOnly`, those of the SMTP queues); stops early (after
 * the current message) when `signal` aborts.
 */
export async function retryQueue(context: TransportContext, signal?: AbortSignal, smtpOnly = false, only?: string): Promise<QueueOutcome[]> {
  const outcomes: QueueOutcome[] = [];
  const index = await readQueueIndex(context.layout);
  for (const connectorFolder of (await listFolder(context.layout.queueFolder)).sort()) {
    if ((smtpOnly && !isSmtpQueueFolder(connectorFolder)) || (only !== undefined && connectorFolder !== only)) continue;
    // Suspend-Queue stops a queue; Suspend-Message holds one message while the others go.
    if (index.suspended.includes(connectorFolder)) continue;
    const queued = await queuedMessages(context.root, path.join(context.layout.queueFolder, connectorFolder));
    for (const message of queued.filter((candidate) => !candidate.entry.suspended)) {
      if (signal?.aborted) return outcomes;
      const outcome = await retryMessage(context, message);
      outcomes.push(outcome);
      if (outcome.result === 'waiting') {
        await rememberFailure(context, message, outcome.reason ?? '');
        break;
      }
    }
  }
  return outcomes;
}

/** The reason a message still waits becomes its LastError, with the time of the attempt. */
async function rememberFailure(context: TransportContext, message: QueuedMessage, reason: string): Promise<void> {
  if (message.entry.sendingTo || message.entry.sentTo || !(await fileExists(`${message.file}.json`))) return;
  await writeJsonAtomic(context.root, `${message.file}.json`, { ...message.entry, reason, lastRetryTime: context.clock.now().toISOString() });
}

/** How many messages wait in the queue. */
export async function queuedCount(context: TransportContext): Promise<number> {
  return countQueuedMessages(context.layout.queueFolder);
}

/** How many messages wait in the queues under `queueFolder` (one .eml.json entry each). */
export async function countQueuedMessages(queueFolder: string): Promise<number> {
  let count = 0;
  for (const connectorFolder of await listFolder(queueFolder)) {
    count += (await listFolder(path.join(queueFolder, connectorFolder))).filter((name) => name.endsWith('.eml.json')).length;
  }
  return count;
}

/** The messages of one queue folder, oldest first. */
export async function queuedMessages(workspaceRoot: string, folder: string): Promise<QueuedMessage[]> {
  const messages: QueuedMessage[] = [];
  for (const name of await listFolder(folder)) {
    if (!name.endsWith('.eml.json')) continue;
    const entry = (await readJsonFile(workspaceRoot, path.join(folder, name))) as StoredEntry | undefined;
    if (entry) messages.push({ folder, file: path.join(folder, name.slice(0, -'.json'.length)), entry });
  }
  return messages.sort((a, b) => a.entry.queuedAt.localeCompare(b.entry.queuedAt) || a.entry.internalId - b.entry.internalId);
}

async function retryMessage(context: TransportContext, message: QueuedMessage): Promise<QueueOutcome> {
  const { entry } = message;
  const base = { connector: entry.connectorName, messageId: entry.messageId, recipients: entry.recipients };
  const waiting = (reason: string): QueueOutcome => ({ ...base, result: 'waiting', reason, location: workspaceRelative(context.paths, message.file) });
  // A message being given up (Remove-Message, a permanent refusal) when a run was killed: finish that, never deliver it.
  if (entry.returning && entry.sentTo === undefined) {
    await finishReturn(context, message, entry.returning);
    return { ...base, result: 'failed', reason: entry.returning.trackingRows[0]?.['recipient-status'] ?? '', ...(entry.returning.outcome.reports[0] ? { report: entry.returning.outcome.reports[0] } : {}) };
  }
  const hasCopy = await fileExists(message.file);
  if (!hasCopy && !entry.sendingTo && !entry.sentTo) return waiting(`The queued copy ${workspaceRelative(context.paths, message.file)} is missing; remove ${path.basename(message.file)}.json to give the message up.`);
  if (entry.deliveryType === 'SmtpRelay') return retrySmtp(context, message, base, waiting);
  const target = entry.sendingTo ? path.join(context.root, entry.sendingTo) : await newTarget(context, message);
  if (typeof target !== 'string') return waiting(target.reason);
  if (!entry.sendingTo) await writeJsonAtomic(context.root, `${message.file}.json`, { ...entry, sendingTo: workspaceRelative(context.paths, target) });
  try {
    if (hasCopy && !(await fileExists(target))) await writeFileAtomic(context.root, target, await readInWorkspace(context.root, message.file));
  } catch (error) {
    // A Drop directory refused (a link that leaves the workspace) or a disk that is full: the message
    // keeps its place in the queue and the next retry writes it, as Exchange retries a Drop directory.
    if (!isFileFault(error)) throw error;
    return waiting(errorMessage(error));
  }
  await logSend(context, entry, path.basename(target), entry.sendingTo !== undefined);
  await removeDurably(context.root, message.file);
  await removeDurably(context.root, `${message.file}.json`);
  return { ...base, result: 'drop', location: toWindowsPath(context.paths, target) ?? workspaceRelative(context.paths, target) };
}

/**
 * An SMTP queue's message goes to the first of its next hop's hosts that takes it. Once a server has
 * taken it, the entry records where (`sentTo`), which recipients it took, and the report planned for
 * those it refused for good, before anything is logged or removed, so a run killed after that
 * finishes the job without sending again. A run killed while the server was taking the message
 * cannot know whether it arrived (SMTP has no way to ask), and sends it again, as Exchange does: that
 * delivery is at least once. A permanent refusal of the whole message returns it to its sender.
 */
async function retrySmtp(context: TransportContext, message: QueuedMessage, base: QueueOutcomeBase, waiting: (reason: string) => QueueOutcome): Promise<QueueOutcome> {
  const { entry } = message;
  if (entry.sentTo !== undefined) return finishSmtp(context, message, base, true);
  const unusable = sendConnectorProblem(context, entry);
  if (unusable) return waiting(unusable);
  const sent = await sendOverSmtp(context.organization, entry.nextHop ?? '', smtpEnvelopeOf(entry), await readInWorkspace(context.root, message.file));
  if (!sent.ok) {
    if (!sent.refused) return waiting(sent.reason);
    const status = refusedByServer(sent.refused.host, sent.refused.response);
    return giveUp(context, message, base, entry.recipients.map((address) => ({ address, status })), sent.reason);
  }
  const refusedForGood = sent.rejected.filter((refusal) => refusal.permanent);
  const deferred = sent.rejected.filter((refusal) => !refusal.permanent);
  const failures = refusedForGood.map((refusal) => ({ address: originalAddress(entry, refusal.address), status: refusedByServer(sent.host, refusal.response) }));
  const returning = failures.length > 0 ? await planReturn(context, message, failures, 'SMTP') : undefined;
  const refused = new Set(sent.rejected.map((refusal) => refusal.address.toLowerCase()));
  const updated: StoredEntry = {
    ...entry, sentTo: sent.host, sentRecipients: smtpEnvelopeOf(entry).to.filter((address) => !refused.has(address.toLowerCase())),
    ...(returning ? { returning } : {}), ...(deferred.length > 0 ? { deferredTo: deferred } : {}),
  };
  await writeJsonAtomic(context.root, `${message.file}.json`, updated);
  return finishSmtp(context, { ...message, entry: updated }, base, false);
}

/**
 * After a server took the message: its SEND event, the report for the recipients it refused for good,
 * and then either the message leaves the queue or, when the server asked to try some recipients
 * later (4xx), it stays for them alone.
 */
async function finishSmtp(context: TransportContext, message: QueuedMessage, base: QueueOutcomeBase, resumed: boolean): Promise<QueueOutcome> {
  const { entry } = message;
  const sentTo = entry.sentTo ?? '';
  await logSend(context, { ...entry, recipients: entry.sentRecipients ?? entry.recipients }, sentTo, resumed, { source: 'SMTP', status: '250 2.6.0 Queued mail for delivery' });
  if (entry.returning) await finishReturn(context, message, entry.returning, { remove: false });
  const report = entry.returning?.outcome.reports[0];
  const refusedNote = entry.returning ? { reason: `The server refused ${refusedAddresses(entry).join(', ')} for good; ${report ? `an NDR went to ${report.to}` : 'no NDR was asked for'}.` } : {};
  const deferred = entry.deferredTo ?? [];
  if (deferred.length === 0) {
    await removeDurably(context.root, message.file);
    await removeDurably(context.root, `${message.file}.json`);
    return { ...base, result: 'drop', location: `smtp://${sentTo}`, ...refusedNote, ...(report ? { report } : {}) };
  }
  // The recipients the server deferred stay queued on the same copy, as a message of their own.
  const { sentTo: _sent, sentRecipients: _taken, returning: _returning, deferredTo: _deferred, ...rest } = entry;
  const reason = `${sentTo} asked to try ${deferred.map((refusal) => refusal.address).join(', ')} again later: ${deferred[0].response}`;
  await writeJsonAtomic(context.root, `${message.file}.json`, {
    ...rest, recipients: deferred.map((refusal) => originalAddress(entry, refusal.address)), envelopeRecipients: deferred.map((refusal) => refusal.address),
    reason, lastRetryTime: context.clock.now().toISOString(),
  });
  return { ...base, result: 'drop', location: `smtp://${sentTo}`, reason: `${'reason' in refusedNote ? `${refusedNote.reason} ` : ''}${reason}`, ...(report ? { report } : {}) };
}

function refusedAddresses(entry: StoredEntry): string[] {
  const taken = new Set((entry.sentRecipients ?? []).map((address) => address.toLowerCase()));
  const deferred = new Set((entry.deferredTo ?? []).map((refusal) => refusal.address.toLowerCase()));
  return smtpEnvelopeOf(entry).to.filter((address) => !taken.has(address.toLowerCase()) && !deferred.has(address.toLowerCase()));
}

/** The recipient as the message named it, for a RCPT TO address (a contact's external address). */
function originalAddress(entry: QueueEntry, envelopeAddress: string): string {
  const envelope = entry.envelopeRecipients;
  if (!envelope || envelope.length !== entry.recipients.length) return envelopeAddress;
  const index = envelope.findIndex((address) => address.toLowerCase() === envelopeAddress.toLowerCase());
  return index >= 0 ? entry.recipients[index] : envelopeAddress;
}

/** The message leaves its queue undelivered, with an NDR to its sender (returnToSender). */
async function giveUp(context: TransportContext, message: QueuedMessage, base: QueueOutcomeBase, failures: readonly ReturnedRecipient[], reason: string): Promise<QueueOutcome> {
  const report = await returnToSender(context, message, failures, 'SMTP');
  return { ...base, result: 'failed', reason, ...(report ? { report } : {}) };
}

function smtpEnvelopeOf(entry: QueueEntry): { from: string; to: string[] } {
  return { from: entry.sender, to: entry.envelopeRecipients ?? entry.recipients };
}

/** Why the Send connector cannot carry the message now, or undefined when it can. */
function sendConnectorProblem(context: TransportContext, entry: QueueEntry): string | undefined {
  const connector = mailflowConnector(context.routing.mailflowConnectors, 'send', entry.connectorGuid);
  if (!connector) return `The Send connector "${entry.connectorName}" no longer exists. Create it again, or delete the message and its .json file from the queue to give it up.`;
  if (!connector.enabled) return `The Send connector "${connector.name}" is disabled; Set-SendConnector "${connector.name}" -Enabled $true lets the message go.`;
  if (!isSourceServer(connector, context.organization.localServer)) return `${context.organization.localServer} is no longer a source server of "${connector.name}"; add it with Set-SendConnector -SourceTransportServers.`;
  return undefined;
}

/** Where the message can go now, or why it must wait. */
async function newTarget(context: TransportContext, message: QueuedMessage): Promise<string | { reason: string }> {
  const { entry } = message;
  if (entry.deliveryType === 'DeliveryAgent') return agentTarget(context, message);
  const connector = context.state.connectors.find((candidate) => candidate.guid === entry.connectorGuid);
  if (!connector) return { reason: `The connector "${entry.connectorName}" no longer exists. Create it again, or delete ${path.basename(message.file)} and its .json file from the queue to give the message up.` };
  if (!connector.enabled) return { reason: `The connector "${connector.name}" is disabled; Set-ForeignConnector "${connector.name}" -Enabled $true lets the message go.` };
  // A message relayed to another source server waits in that server's queue (relayHop.ts).
  const server = entry.server ?? context.organization.localServer;
  if (!isSourceServer(connector, server)) {
    return { reason: `${server} is no longer a source server of "${connector.name}"; add it with Set-ForeignConnector -SourceTransportServers.` };
  }
  const size = (await fs.promises.stat(message.file)).size;
  const decision = await dropDecision(context.paths, dropServerSettings(context, entry.server), connector, size, context.inputFolders);
  if (decision.kind === 'queue') return { reason: decision.reason };
  return path.join(decision.folder, entry.fileName);
}

/** A Delivery Agent connector's message goes to its protocol's agent once exconn.json names one. */
function agentTarget(context: TransportContext, message: QueuedMessage): string | { reason: string } {
  const { entry } = message;
  const connector = mailflowConnector(context.routing.mailflowConnectors, 'deliveryAgent', entry.connectorGuid);
  if (!connector) return { reason: `The Delivery Agent connector "${entry.connectorName}" no longer exists. Create it again, or delete ${path.basename(message.file)} and its .json file from the queue to give the message up.` };
  if (!connector.enabled) return { reason: `The Delivery Agent connector "${connector.name}" is disabled; Set-DeliveryAgentConnector "${connector.name}" -Enabled $true lets the message go.` };
  if (!isSourceServer(connector, context.organization.localServer)) {
    return { reason: `${context.organization.localServer} is no longer a source server of "${connector.name}"; add it with Set-DeliveryAgentConnector -SourceTransportServers.` };
  }
  const decision = agentFolderDecision(context, connector);
  return decision.kind === 'queue' ? { reason: decision.reason } : path.join(decision.folder, entry.fileName);
}

/** How a delivery out of the queue is logged: a Drop directory by default, an agent or SMTP otherwise. */
interface SendLogging {
  source: string;
  status: string;
}

function defaultLogging(entry: QueueEntry): SendLogging {
  return entry.deliveryType === 'DeliveryAgent' ? { source: 'AGENT', status: HANDED_TO_DELIVERY_AGENT } : { source: 'GATEWAY', status: WRITTEN_TO_DROP_DIRECTORY };
}

async function logSend(context: TransportContext, entry: QueueEntry, sourceContext: string, mayHaveLogged: boolean, logging: SendLogging = defaultLogging(entry)): Promise<void> {
  if (!context.tracking) return;
  const id = String(entry.internalId);
  if (mayHaveLogged) {
    const rows = await readTrackingRows(context.root, context.tracking.folder);
    if (rows.some((row) => row['internal-message-id'] === id && row['event-id'] === 'SEND' && row['source-context'] === sourceContext)) return;
  }
  const now = context.clock.now().toISOString();
  await appendTrackingRows(context.tracking, [trackingRow({
    'date-time': now, 'server-hostname': entry.server ? serverFqdn(context.organization, entry.server) : context.serverFqdn, source: logging.source, 'event-id': 'SEND', 'connector-id': entry.connectorName,
    'source-context': sourceContext, 'internal-message-id': entry.internalId, 'message-id': entry.messageId, 'network-message-id': entry.networkMessageId,
    'recipient-address': entry.recipients, 'recipient-status': entry.recipients.map(() => logging.status), 'recipient-count': entry.recipients.length,
    'total-bytes': entry.totalBytes, 'message-subject': context.settings.messageTrackingLogSubjectLoggingEnabled ? entry.subject : '',
    'sender-address': entry.senderAddress ?? entry.sender, 'return-path': `<${entry.sender}>`, 'message-info': now, directionality: 'Originating',
  })]);
}
