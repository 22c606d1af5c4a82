// Messages waiting in `.exconn/queue/<connector GUID>/` for their Drop directory (missing, over its
// DropDirectoryQuota, or otherwise unusable). Each pass tries them again, oldest first, before new
// files are taken, and stops at the first one of a connector that still cannot go, so they arrive in
// order. A retry marks the entry `sending` (with its target) before copying, so after a crash it
// knows the copy may exist and neither copies nor logs it twice.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSourceServer } from '../state/foreignConnectors';
import { fileExists, listFolder, readJsonFile, removeDurably, writeFileAtomic, writeJsonAtomic } from '../workspace/storage';
import { toWindowsPath, workspaceRelative } from '../workspace/workspacePaths';
import type { QueueEntry } from './deliveryPlan';
import { WRITTEN_TO_DROP_DIRECTORY } from './deliveryStatus';
import { dropDecision } from './dropDirectory';
import { trackingRow } from './trackingFields';
import { appendTrackingRows, readTrackingRows } from './trackingLogFiles';
import type { TransportContext } from './transportContext';
import type { QueueOutcome } from './transportOutcome';

type StoredEntry = QueueEntry & { sendingTo?: string };

interface QueuedMessage {
  folder: string;
  file: string;
  entry: StoredEntry;
}

/** Tries every waiting message once; stops early (after the current message) when `signal` aborts. */
export async function retryQueue(context: TransportContext, signal?: AbortSignal): Promise<QueueOutcome[]> {
  const outcomes: QueueOutcome[] = [];
  for (const connectorFolder of (await listFolder(context.layout.queueFolder)).sort()) {
    const queued = await queuedMessages(path.join(context.layout.queueFolder, connectorFolder));
    for (const message of queued) {
      if (signal?.aborted) return outcomes;
      const outcome = await retryMessage(context, message);
      outcomes.push(outcome);
      if (outcome.result === 'waiting') break;
    }
  }
  return outcomes;
}

/** How many messages wait in the queue. */
export async function queuedCount(context: TransportContext): Promise<number> {
  let count = 0;
  for (const connectorFolder of await listFolder(context.layout.queueFolder)) {
    count += (await listFolder(path.join(context.layout.queueFolder, connectorFolder))).filter((name) => name.endsWith('.eml.json')).length;
  }
  return count;
}

async function queuedMessages(folder: string): Promise<QueuedMessage[]> {
  const messages: QueuedMessage[] = [];
  for (const name of await listFolder(folder)) {
    if (!name.endsWith('.eml.json')) continue;
    const entry = (await readJsonFile(path.join(folder, name))) as StoredEntry | undefined;
    if (entry) messages.push({ folder, file: path.join(folder, name.slice(0, -'.json'.length)), entry });
  }
  return messages.sort((a, b) => a.entry.queuedAt.localeCompare(b.entry.queuedAt) || a.entry.internalId - b.entry.internalId);
}

async function retryMessage(context: TransportContext, message: QueuedMessage): Promise<QueueOutcome> {
  const { entry } = message;
  const base = { connector: entry.connectorName, messageId: entry.messageId, recipients: entry.recipients };
  const waiting = (reason: string): QueueOutcome => ({ ...base, result: 'waiting', reason, location: workspaceRelative(context.paths, message.file) });
  const hasCopy = await fileExists(message.file);
  if (!hasCopy && !entry.sendingTo) return waiting(`The queued copy ${workspaceRelative(context.paths, message.file)} is missing; remove ${path.basename(message.file)}.json to give the message up.`);
  const target = entry.sendingTo ? path.join(context.root, entry.sendingTo) : await newTarget(context, message);
  if (typeof target !== 'string') return waiting(target.reason);
  if (!entry.sendingTo) await writeJsonAtomic(context.root, `${message.file}.json`, { ...entry, sendingTo: workspaceRelative(context.paths, target) });
  if (hasCopy && !(await fileExists(target))) await writeFileAtomic(context.root, target, await fs.promises.readFile(message.file));
  await logSend(context, entry, path.basename(target), entry.sendingTo !== undefined);
  await removeDurably(context.root, message.file);
  await removeDurably(context.root, `${message.file}.json`);
  return { ...base, result: 'drop', location: toWindowsPath(context.paths, target) ?? workspaceRelative(context.paths, target) };
}

/** Where the message can go now, or why it must wait. */
async function newTarget(context: TransportContext, message: QueuedMessage): Promise<string | { reason: string }> {
  const { entry } = message;
  const connector = context.state.connectors.find((candidate) => candidate.guid === entry.connectorGuid);
  if (!connector) return { reason: `The connector "${entry.connectorName}" no longer exists. Create it again, or delete ${path.basename(message.file)} and its .json file from the queue to give the message up.` };
  if (!connector.enabled) return { reason: `The connector "${connector.name}" is disabled; Set-ForeignConnector "${connector.name}" -Enabled $true lets the message go.` };
  if (!isSourceServer(connector, context.organization.localServer)) {
    return { reason: `${context.organization.localServer} is no longer a source server of "${connector.name}"; add it with Set-ForeignConnector -SourceTransportServers.` };
  }
  const size = (await fs.promises.stat(message.file)).size;
  const decision = await dropDecision(context.paths, context.settings, connector, size, context.inputFolders);
  if (decision.kind === 'queue') return { reason: decision.reason };
  return path.join(decision.folder, entry.fileName);
}

async function logSend(context: TransportContext, entry: QueueEntry, fileName: string, mayHaveLogged: boolean): Promise<void> {
  if (!context.tracking) return;
  const id = String(entry.internalId);
  if (mayHaveLogged) {
    const rows = await readTrackingRows(context.tracking.folder);
    if (rows.some((row) => row['internal-message-id'] === id && row['event-id'] === 'SEND' && row['source-context'] === fileName)) return;
  }
  const now = context.clock.now().toISOString();
  await appendTrackingRows(context.tracking, [trackingRow({
    'date-time': now, 'server-hostname': context.serverFqdn, source: 'GATEWAY', 'event-id': 'SEND', 'connector-id': entry.connectorName,
    'source-context': fileName, 'internal-message-id': entry.internalId, 'message-id': entry.messageId, 'network-message-id': entry.networkMessageId,
    'recipient-address': entry.recipients, 'recipient-status': entry.recipients.map(() => WRITTEN_TO_DROP_DIRECTORY), 'recipient-count': entry.recipients.length,
    'total-bytes': entry.totalBytes, 'message-subject': context.settings.messageTrackingLogSubjectLoggingEnabled ? entry.subject : '',
    'sender-address': entry.sender, 'return-path': `<${entry.sender}>`, 'message-info': now, directionality: 'Originating',
  })]);
}
