// "Where does mail to this address go?": the decision the transport service of a workspace would
// make for one recipient, and why. The outcome is routeRecipient's own answer (the function every
// message goes through), and the candidate list is ranked by the same rankRoutes and read through
// the same routingTarget and unusableReason, so a trace cannot tell a different story from a pass.
// Where a routed message lands (Drop folder, delivery agent folder, next hop) comes from the same
// decisions the delivery planner takes; a folder that would make the message wait is said.

import * as path from 'node:path';
import { encodeImcea, formatAddressSpace, matchAddressSpace, rankRoutes, type RecipientAddress } from '../../addressSpace';
import type { RouteTrace, RouteTraceCandidate, RouteTraceOutcome } from '../../../protocol/extensionProtocol';
import { storedSizeText } from '../../values/settingValue';
import { defaultDomain } from '../organization/organization';
import { mailboxFolderOf } from '../workspace/simulatorLayout';
import { agentFolderDecision } from './deliveryAgentFolder';
import { DELIVERY_STATUS } from './deliveryStatus';
import { dropFolderDecision } from './dropDirectory';
import { dropServerSettings } from './relayHop';
import { limitedRoute } from './organizationLimits';
import { nextHopOf, smtpQueueFolder } from './nextHop';
import { everyCandidate, fitsConnector, routeRecipient, routingTarget, unusableReason, type RecipientRoute, type RoutingCandidate } from './routing';
import { transportContext, transportDirectories, type ContextOptions, type TransportContext } from './transportContext';

export interface TraceOptions extends ContextOptions {
  /** The message's size in bytes: connectors whose MaxMessageSize is smaller are left out, as a pass leaves them out. */
  messageSize?: number;
}

/** The trace for `address` in the workspace at `workspaceRoot`, as its next transport pass would route it. */
export async function traceRoute(workspaceRoot: string, address: string, options: TraceOptions = {}): Promise<RouteTrace> {
  return traceInContext(await transportContext(workspaceRoot, options), address, options.messageSize);
}

export function traceInContext(context: TransportContext, given: string, messageSize?: number): RouteTrace {
  const envelopeAddress = envelopeAddressOf(given.trim(), defaultDomain(context.organization));
  const routed = routeRecipient(context.routing, { address: envelopeAddress }, messageSize);
  // The organization's limits stop a message as a pass stops it (organizationLimits.ts).
  const route = messageSize === undefined ? routed : limitedRoute(routed, context.limits, messageSize);
  const notAnAddress = route.kind === 'failed' && route.status === DELIVERY_STATUS.invalidAddress;
  const target = notAnAddress ? undefined : routingTarget(context.organization, envelopeAddress);
  const recipient = target?.kind === 'remote' ? target.address : undefined;
  return {
    recipient: given,
    addressType: recipient?.type ?? 'SMTP',
    localServer: context.organization.localServer,
    resolution: `${encapsulationNote(given.trim(), envelopeAddress)}${resolutionSentence(envelopeAddress, target)}`,
    ...(messageSize !== undefined ? { messageSize } : {}),
    candidates: recipient ? rankedCandidates(context, recipient, messageSize) : [],
    outcome: outcomeOf(context, route),
  };
}

/**
 * The address as the transport would find it in a message: SMTP as it is (IMCEA included), `TYPE:address`
 * and a bare `c=US;a=...;` O/R address IMCEA-encapsulated in the default domain, as Exchange does for a
 * recipient that is not SMTP.
 */
export function envelopeAddressOf(given: string, domain: string): string {
  const typed = /^([A-Za-z][A-Za-z0-9-]*):(.+)$/.exec(given);
  if (typed && !/^smtp$/i.test(typed[1]!)) return encodeImcea(typed[1]!.toUpperCase() === 'X400' ? 'X400' : typed[1]!, typed[2]!.trim(), domain);
  if (typed) return typed[2]!.trim();
  if (!given.includes('@') && /^[^=;]+=[^;]*(;[^=;]+=[^;]*)*;?$/.test(given)) return encodeImcea('X400', given, domain);
  return given;
}

/** A typed or bare O/R address is not what a message carries: say the form it must take there. */
function encapsulationNote(given: string, envelopeAddress: string): string {
  return given === envelopeAddress || !envelopeAddress.startsWith('IMCEA') ? '' : `A message carries ${given} as ${envelopeAddress} (in a Pickup file's To:, write that form or a mail contact's SMTP address). `;
}

function resolutionSentence(envelopeAddress: string, target: ReturnType<typeof routingTarget> | undefined): string {
  if (!target) return `'${envelopeAddress}' is not an email address, an IMCEA address or a TYPE:address (X400:c=US;a=...).`;
  const domain = envelopeAddress.slice(envelopeAddress.lastIndexOf('@') + 1);
  switch (target.via) {
    case 'accepted-domain':
      return `${domain} is an accepted domain of the organization, so the recipient must be one of its mailboxes (exconn.json's "mailboxes"); no connector is used.`;
    case 'contact':
      return target.kind === 'remote'
        ? `${envelopeAddress} is a mail contact; it is routed on its ${target.address.type} address${target.envelopeAddress === envelopeAddress ? '' : ` (${target.envelopeAddress} in the envelope)`}.`
        : `${envelopeAddress} is a mail contact whose target address is not a valid X.400 address.`;
    case 'imcea':
      return target.kind === 'remote'
        ? `${envelopeAddress} is IMCEA-encapsulated; it is routed on its ${target.address.type} address.`
        : `${envelopeAddress} is IMCEA-encapsulated, but holds no valid X.400 address.`;
    case 'other-domain':
      return `${domain} is not an accepted domain, so the recipient is routed on its SMTP address through the connectors.`;
  }
}

/** Every candidate with whether it matched, and the rank rankRoutes gives the usable matching ones the message fits. */
function rankedCandidates(context: TransportContext, recipient: RecipientAddress, messageSize: number | undefined): RouteTraceCandidate[] {
  const all = everyCandidate(context.routing);
  const tooSmall = (candidate: RoutingCandidate) => messageSize !== undefined && !fitsConnector(candidate.connector.maxMessageSize, messageSize);
  const usable = all.filter((candidate) => unusableReason(candidate, context.routing.localServer) === undefined && !tooSmall(candidate));
  const ranks = new Map(rankRoutes(usable, recipient).map((choice, position) => [choice.candidate, position + 1]));
  return all.map((candidate) => {
    const match = matchAddressSpace(candidate.addressSpace, recipient);
    const rank = ranks.get(candidate);
    return {
      ...describe(context, candidate), matched: match.matched, ...(match.matched ? { specificity: match.specificity } : {}), ...(rank ? { rank } : {}),
      ...(tooSmall(candidate) ? { tooSmall: true as const } : {}),
    };
  });
}

function describe(context: TransportContext, candidate: RoutingCandidate): Omit<RouteTraceCandidate, 'matched'> {
  const { connector } = candidate;
  const unusable = unusableReason(candidate, context.routing.localServer);
  return {
    connector: connector.name,
    connectorType: connectorTypeOf(candidate),
    addressSpace: formatAddressSpace(candidate.addressSpace),
    cost: candidate.addressSpace.cost,
    enabled: connector.enabled,
    sourceTransportServers: [...connector.sourceTransportServers],
    maxMessageSize: storedSizeText(connector.maxMessageSize),
    ...(unusable ? { unusable } : {}),
  };
}

function connectorTypeOf(candidate: RoutingCandidate): RouteTraceCandidate['connectorType'] {
  if (candidate.kind === 'foreign') return 'ForeignConnector';
  return candidate.connector.kind === 'deliveryAgent' ? 'DeliveryAgentConnector' : 'SendConnector';
}

function outcomeOf(context: TransportContext, route: RecipientRoute): RouteTraceOutcome {
  const relative = (folder: string) => path.relative(context.root, folder).split(path.sep).join('/') || '.';
  switch (route.kind) {
    case 'mailbox':
      return { kind: 'mailbox', mailbox: route.mailbox.address, folder: relative(mailboxFolderOf(context.root, route.mailbox.address)) };
    case 'failed':
      return { kind: 'ndr', code: route.status.code, response: route.status.response, explanation: route.status.explanation };
    case 'connector': {
      const inputs = transportDirectories(context).directories.map((directory) => directory.path);
      const drop = dropFolderDecision(context.paths, dropServerSettings(context, route.relayServer), route.connector, inputs);
      const handover = { kind: 'connector', connector: route.connector.name, connectorType: 'ForeignConnector', addressSpace: route.addressSpace, envelopeAddress: route.envelopeAddress } as const;
      const relay = route.relayServer ? `, relayed to ${route.relayServer} (a source server of the connector; ${context.organization.localServer} is not)` : '';
      return drop.kind === 'drop'
        ? { ...handover, destination: `Drop directory ${drop.windowsFolder} (${relative(drop.folder)} in the workspace)${relay}` }
        : { ...handover, destination: `Drop directory of "${route.connector.name}"${relay}`, queued: drop.reason };
    }
    case 'agent': {
      const agent = agentFolderDecision(context, route.connector);
      const handover = { kind: 'connector', connector: route.connector.name, connectorType: 'DeliveryAgentConnector', addressSpace: route.addressSpace, envelopeAddress: route.envelopeAddress } as const;
      return agent.kind === 'agent'
        ? { ...handover, destination: `delivery agent for ${route.connector.deliveryProtocol} (${relative(agent.folder)} in the workspace)` }
        : { ...handover, destination: `delivery agent for ${route.connector.deliveryProtocol}`, queued: agent.reason };
    }
    case 'smtp': {
      const hop = nextHopOf(route);
      return {
        kind: 'connector', connector: route.connector.name, connectorType: 'SendConnector', addressSpace: route.addressSpace, envelopeAddress: route.envelopeAddress,
        destination: `next hop ${hop} (queue ${relative(path.join(context.layout.queueFolder, smtpQueueFolder(hop)))})`,
      };
    }
  }
}
