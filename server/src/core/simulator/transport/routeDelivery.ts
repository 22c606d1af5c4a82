// Turns the routes of one message into planned copies: one file per mailbox in its mailbox folder,
// and one file per Foreign connector in its Drop directory (or in the queue while the directory is
// missing or over its quota). Drop files carry the envelope block real servers write before the
// message (X-Sender, one X-Receiver per recipient, X-CreatedBy, ... X-EndOfInjectedXHeaders; see
// envelopeBlock.ts), the form the Replay directory reads, so the gateway knows every recipient, Bcc
// included. Their names are `<GUID>.eml`.
// A Foreign connector whose source servers are other servers gets its copy through one of them
// (relayHop.ts): the hop is logged, and that server's settings place the Drop directory.

import { writeEnvelopeBlock } from './envelopeBlock';
import { withoutFirewalledHeaders } from './headerFirewall';
import { fitsConnector, type RecipientRoute } from './routing';
import * as path from 'node:path';
import type { ForeignConnectorState } from '../../model/foreignConnector';
import { deterministicGuid } from '../state/guid';
import { listFolder } from '../workspace/storage';
import { mailboxFolderOf } from '../workspace/simulatorLayout';
import { toWindowsPath, workspaceRelative } from '../workspace/workspacePaths';
import { DELIVERED_TO_MAILBOX, DELIVERY_STATUS, HANDED_TO_DELIVERY_AGENT, WRITTEN_TO_DROP_DIRECTORY, type DeliveryStatus } from './deliveryStatus';
import type { QueueEntry } from './deliveryPlan';
import { agentFolderDecision } from './deliveryAgentFolder';
import { dropFolderDecision, quotaDecision, type DropDecision } from './dropDirectory';
import { nextHopOf, smtpQueueFolder } from './nextHop';
import { dropServerSettings, relayToServer } from './relayHop';
import { serverFqdn } from '../organization/organization';
import type { TransportServiceSettings } from '../state/transportSettings';
import type { EnvelopeRecipient } from './envelope';
import type { OutgoingMessage } from './outgoingMessage';
import type { PlanBuilder } from './planBuilder';
import type { RecipientOutcome } from './transportOutcome';

export interface RouteDeliveryResult {
  outcomes: RecipientOutcome[];
  failed: { recipient: EnvelopeRecipient; status: DeliveryStatus }[];
  /** Recipients handed to a connector whose gateway sends no delivery reports back (RelayDsnRequired). */
  relayed: { recipient: EnvelopeRecipient; connector: ForeignConnectorState }[];
}

export async function deliverRoutes(builder: PlanBuilder, message: OutgoingMessage, routes: readonly RecipientRoute[]): Promise<RouteDeliveryResult> {
  const result: RouteDeliveryResult = { outcomes: [], failed: [], relayed: [] };
  const byMailbox = new Map<string, RecipientRoute & { kind: 'mailbox' }>();
  const byConnector = new Map<string, (RecipientRoute & { kind: 'connector' })[]>();
  const byAgent = new Map<string, AgentRoute[]>();
  const byHop = new Map<string, SmtpRoute[]>();
  for (const route of routes) {
    if (route.kind === 'mailbox') byMailbox.set(route.mailbox.address.toLowerCase(), route);
    else if (route.kind === 'connector') addTo(byConnector, route.connector.guid, route);
    else if (route.kind === 'agent') addTo(byAgent, route.connector.guid, route);
    else if (route.kind === 'smtp') addTo(byHop, nextHopOf(route), route);
    else fail(builder, message, result, route.recipient, route.status);
  }
  for (const route of byMailbox.values()) toMailbox(builder, message, route, result);
  for (const group of byConnector.values()) await toConnector(builder, message, group, result);
  for (const group of byAgent.values()) toDeliveryAgent(builder, message, group, result);
  for (const [hop, group] of byHop) toSmtpQueue(builder, message, hop, group, result);
  // Report recipients in the order the message named them.
  const order = routes.map((route) => route.recipient.address.toLowerCase());
  result.outcomes.sort((a, b) => order.indexOf(a.address.toLowerCase()) - order.indexOf(b.address.toLowerCase()));
  return result;
}

function addTo<T>(groups: Map<string, T[]>, key: string, route: T): void {
  const group = groups.get(key);
  if (group) group.push(route);
  else groups.set(key, [route]);
}

/** A message above the connector's MaxMessageSize fails for all its recipients there (5.3.4); true when it did. */
function oversized(builder: PlanBuilder, message: OutgoingMessage, routes: readonly Handed[], maxMessageSize: number | 'Unlimited', result: RouteDeliveryResult): boolean {
  if (fitsConnector(maxMessageSize, message.size)) return false;
  for (const route of routes) fail(builder, message, result, route.recipient, DELIVERY_STATUS.tooLargeForConnector);
  return true;
}

/** The copy that leaves the organization carries none of its organization or forest X-headers (headerFirewall.ts). */
function contentLeavingOrganization(builder: PlanBuilder, message: OutgoingMessage): string {
  const text = builder.contents[message.content];
  if (text === undefined) return message.content;
  const stripped = withoutFirewalledHeaders(text);
  return stripped === text ? message.content : builder.content(`${message.content}:leaving`, stripped);
}

/**
 * A copy written into the folder a connector hands its messages over in (a Drop directory, a
 * delivery agent's folder), with its SEND event and the recipients' outcomes.
 */
function handOver(builder: PlanBuilder, message: OutgoingMessage, routes: readonly Handed[], result: RouteDeliveryResult, handover: Handover): void {
  const context = builder.context;
  const addresses = routes.map((route) => route.recipient.address);
  const target = builder.uniqueTarget(handover.file);
  builder.output({ kind: 'drop', target, content: contentLeavingOrganization(builder, message), prefix: handover.prefix });
  builder.row(message, {
    ...(handover.serverHostname ? { 'server-hostname': handover.serverHostname } : {}),
    source: handover.source, 'event-id': 'SEND', 'connector-id': handover.connectorName, 'source-context': handover.sourceContext(path.basename(target)),
    'recipient-address': addresses, 'recipient-status': addresses.map(() => handover.status), 'recipient-count': addresses.length,
    'message-info': builder.now.toISOString(),
  });
  const location = toWindowsPath(context.paths, path.join(context.root, target)) ?? target;
  for (const route of routes) result.outcomes.push({ address: route.recipient.address, result: 'drop', connector: handover.connectorName, location });
}

interface Handover {
  connectorName: string;
  /** The absolute file to write (made unique if taken). */
  file: string;
  prefix: string;
  /** The tracking event's source and recipient status. */
  source: string;
  status: string;
  sourceContext: (fileName: string) => string;
  /** The server that logs the event, when not this one (the source server a message was relayed to). */
  serverHostname?: string;
}

function fail(builder: PlanBuilder, message: OutgoingMessage, result: RouteDeliveryResult, recipient: EnvelopeRecipient, status: DeliveryStatus): void {
  result.failed.push({ recipient, status });
  result.outcomes.push({ address: recipient.address, result: 'failed', detail: `${status.response}. ${status.explanation}` });
  builder.row(message, { source: 'ROUTING', 'event-id': 'FAIL', 'recipient-address': [recipient.address], 'recipient-status': [status.response], 'recipient-count': 1 });
}

function toMailbox(builder: PlanBuilder, message: OutgoingMessage, route: RecipientRoute & { kind: 'mailbox' }, result: RouteDeliveryResult): void {
  const folder = mailboxFolderOf(builder.context.root, route.mailbox.address);
  const name = `${deterministicGuid(`mailbox:${message.networkId}:${route.mailbox.address.toLowerCase()}`)}.eml`;
  const target = builder.uniqueTarget(path.join(folder, name));
  builder.output({ kind: 'mailbox', target, content: message.content, prefix: `Return-Path: <${message.sender}>${message.newline}` });
  builder.row(message, {
    source: 'STOREDRIVER', 'event-id': 'DELIVER', 'recipient-address': [route.recipient.address], 'recipient-status': [DELIVERED_TO_MAILBOX],
    'recipient-count': 1, 'message-info': builder.now.toISOString(),
  });
  result.outcomes.push({ address: route.recipient.address, result: 'mailbox', location: target });
}

async function toConnector(builder: PlanBuilder, original: OutgoingMessage, routes: readonly (RecipientRoute & { kind: 'connector' })[], result: RouteDeliveryResult): Promise<void> {
  const connector = routes[0].connector;
  if (oversized(builder, original, routes, connector.maxMessageSize, result)) return;
  const context = builder.context;
  const relayServer = routes[0].relayServer;
  // From here on the message is the one the server writing the Drop file holds.
  const message = relayServer ? await relayToServer(builder, original, routes, relayServer) : original;
  const server = relayServer ? { server: relayServer, serverHostname: serverFqdn(context.organization, relayServer) } : {};
  const content = dropFilePrefix(message, routes);
  const size = Buffer.byteLength(content, 'latin1') + message.size;
  const fileName = `${deterministicGuid(`drop:${message.networkId}:${connector.guid}`)}.eml`;
  const queueFolder = path.join(context.layout.queueFolder, connector.guid);
  const reservations = context.reservations;
  const waitingAlready = reservations.hasQueued(connector.guid)
    || (await reservations.remember(`queue:${connector.guid}`, async () => (await listFolder(queueFolder)).some((name) => name.endsWith('.json'))));
  const decision = waitingAlready
    ? { kind: 'queue' as const, quotaExceeded: false, reason: `Earlier messages for "${connector.name}" are still waiting in the queue; this one waits behind them.` }
    : await decideDrop(context, dropServerSettings(context, relayServer), connector, size);
  if (decision.kind === 'drop') {
    reservations.addDropBytes(decision.folder, size);
    handOver(builder, message, routes, result, {
      connectorName: connector.name, file: path.join(decision.folder, fileName), prefix: content,
      source: 'GATEWAY', status: WRITTEN_TO_DROP_DIRECTORY, sourceContext: (name) => name, ...server,
    });
    if (connector.relayDsnRequired) for (const route of routes) result.relayed.push({ recipient: route.recipient, connector });
    return;
  }
  const status = decision.quotaExceeded ? '452 4.3.1 Drop directory quota exceeded' : '451 4.4.0 Drop directory unavailable';
  const place = { folder: connector.guid, connectorGuid: connector.guid, connectorName: connector.name, fileName, ...server };
  const queued = toQueue(builder, message, routes, place, content, decision.reason, status);
  if (decision.quotaExceeded && !waitingAlready) {
    builder.eventLogLines.push(`${builder.now.toISOString()} Error MSExchangeTransport 8005 NonSmtpGWQuotaExceeded: A non-SMTP gateway connection failure occurred on connector ${connector.name}. The drop directory quota limit of ${connector.dropDirectoryQuota} bytes has been exceeded.`);
  }
  result.outcomes.push(...queued);
}

/** Where a queued message waits and for which connector; `folder` is its queue's folder under .exconn/queue/. */
interface QueuePlace {
  folder: string;
  connectorGuid: string;
  connectorName: string;
  fileName: string;
  deliveryType?: QueueEntry['deliveryType'];
  nextHop?: string;
  envelopeRecipients?: string[];
  /** The server whose queue holds the message, when not this one, and its FQDN for the tracking log. */
  server?: string;
  serverHostname?: string;
}

/** Plans the copy into a queue and its entry, logs the deferral, and returns the recipients' outcomes. */
function toQueue(builder: PlanBuilder, message: OutgoingMessage, routes: readonly Handed[], place: QueuePlace, prefix: string, reason: string, status: string): RecipientOutcome[] {
  const context = builder.context;
  context.reservations.markQueued(place.folder);
  const target = builder.uniqueTarget(path.join(context.layout.queueFolder, place.folder, place.fileName));
  const addresses = routes.map((route) => route.recipient.address);
  const entry: QueueEntry = {
    connectorGuid: place.connectorGuid, connectorName: place.connectorName, fileName: path.basename(target), internalId: message.internalId,
    messageId: message.messageId, networkMessageId: message.networkId, sender: message.sender, recipients: addresses,
    subject: message.subject, totalBytes: message.size, queuedAt: builder.now.toISOString(), reason,
    ...(place.deliveryType ? { deliveryType: place.deliveryType } : {}), ...(place.nextHop ? { nextHop: place.nextHop } : {}),
    ...(place.envelopeRecipients ? { envelopeRecipients: place.envelopeRecipients } : {}),
    ...(message.displaySender !== message.sender ? { senderAddress: message.displaySender } : {}),
    ...(message.origin?.source ? { sourceName: message.origin.source } : {}),
    ...(message.origin?.sourceIp ? { sourceIp: message.origin.sourceIp } : {}),
    ...(place.server ? { server: place.server } : {}),
  };
  builder.output({ kind: 'queue', target, content: message.content, prefix, queueEntry: entry });
  builder.row(message, {
    ...(place.serverHostname ? { 'server-hostname': place.serverHostname } : {}),
    source: 'QUEUE', 'event-id': 'DEFER', 'connector-id': place.connectorName, 'source-context': reason,
    'recipient-address': addresses, 'recipient-status': addresses.map(() => status), 'recipient-count': addresses.length,
  });
  const location = workspaceRelative(context.paths, path.join(context.root, target));
  return routes.map((route) => ({ address: route.recipient.address, result: 'queued', connector: place.connectorName, location, detail: reason }));
}

type AgentRoute = RecipientRoute & { kind: 'agent' };
type SmtpRoute = RecipientRoute & { kind: 'smtp' };
/** A recipient handed to a connector: what the envelope and the queue need of it. */
type Handed = { recipient: EnvelopeRecipient; envelopeAddress: string };

/**
 * A Delivery Agent connector's messages go to the agent of its DeliveryProtocol. The simulator's
 * stand-in agent writes them into the folder exconn.json's deliveryAgents names for the protocol;
 * without one they wait in the connector's queue (DeliveryType DeliveryAgent), as they wait on a
 * server where no agent is installed.
 */
function toDeliveryAgent(builder: PlanBuilder, message: OutgoingMessage, routes: readonly AgentRoute[], result: RouteDeliveryResult): void {
  const connector = routes[0].connector;
  if (oversized(builder, message, routes, connector.maxMessageSize, result)) return;
  const context = builder.context;
  const prefix = dropFilePrefix(message, routes);
  const fileName = `${deterministicGuid(`agent:${message.networkId}:${connector.guid}`)}.eml`;
  const decision = context.reservations.hasQueued(connector.guid)
    ? { kind: 'queue' as const, reason: `Earlier messages for "${connector.name}" are still waiting in the queue; this one waits behind them.` }
    : agentFolderDecision(context, connector);
  if (decision.kind === 'queue') {
    const place = { folder: connector.guid, connectorGuid: connector.guid, connectorName: connector.name, fileName, deliveryType: 'DeliveryAgent' as const };
    result.outcomes.push(...toQueue(builder, message, routes, place, prefix, decision.reason, '451 4.4.0 No delivery agent for the protocol'));
    return;
  }
  handOver(builder, message, routes, result, {
    connectorName: connector.name, file: path.join(decision.folder, fileName), prefix,
    source: 'AGENT', status: HANDED_TO_DELIVERY_AGENT, sourceContext: (name) => `${connector.deliveryProtocol}: ${name}`,
  });
}

/** Send connector routes wait in the queue of their next hop; the queue's pass delivers them over SMTP. */
function toSmtpQueue(builder: PlanBuilder, message: OutgoingMessage, hop: string, routes: readonly SmtpRoute[], result: RouteDeliveryResult): void {
  const connector = routes[0].connector;
  if (oversized(builder, message, routes, connector.maxMessageSize, result)) return;
  const fileName = `${deterministicGuid(`smtp:${message.networkId}:${hop}`)}.eml`;
  const envelopeRecipients = [...new Set(routes.map((route) => route.envelopeAddress))];
  const place = { folder: smtpQueueFolder(hop), connectorGuid: connector.guid, connectorName: connector.name, fileName, deliveryType: 'SmtpRelay' as const, nextHop: hop, envelopeRecipients };
  const reason = `Waiting for delivery to ${hop} over SMTP by "${connector.name}".`;
  // The queue keeps the message as it goes on the wire: the envelope travels in MAIL FROM and RCPT TO.
  result.outcomes.push(...toQueue(builder, message, routes, place, '', reason, '451 4.4.0 Queued for SMTP delivery'));
}

/** dropDecision, with the Drop folder's checks looked up once per batch and the batch's planned files counted. */
async function decideDrop(context: PlanBuilder['context'], settings: TransportServiceSettings, connector: ForeignConnectorState, size: number): Promise<DropDecision> {
  const reservations = context.reservations;
  const folder = reservations.remember(`drop:${connector.guid}`, () => dropFolderDecision(context.paths, settings, connector, context.inputFolders));
  return folder.kind === 'drop' ? quotaDecision(connector, folder, size, (path) => reservations.plannedBytes(path), (file) => reservations.isPlanned(file)) : folder;
}

/** The envelope block the gateway reads (envelopeBlock.ts), with every recipient's DSN parameters. */
function dropFilePrefix(message: OutgoingMessage, routes: readonly Handed[]): string {
  const recipients = routes.map((route) => ({ ...route.recipient, envelopeAddress: route.envelopeAddress }));
  const dsnParameters = { ...(message.ret ? { ret: message.ret } : {}), ...(message.envid ? { envid: message.envid } : {}) };
  return writeEnvelopeBlock({ sender: message.sender, ...dsnParameters, recipients, ...message.origin }, message.newline);
}
