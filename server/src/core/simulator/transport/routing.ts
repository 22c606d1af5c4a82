// Where each recipient goes. A recipient in an accepted domain is a local mailbox (or fails 5.1.1);
// everything else is routed through the connectors this server may use, Foreign, Delivery Agent and
// Send connectors alike: the address space that matches the recipient's address of its type most
// specifically wins, then the lowest cost, then a connector this server is a source server of, then
// the name (Exchange's rule; the matching itself is the addressSpace module's). A Foreign connector
// whose source servers are only other servers is used by relaying the message to one of them, as
// Exchange routes to a source server of the chosen connector ("Foreign connectors": the message is
// delivered to a source server of the connector, which relays it); Delivery Agent and Send connectors
// must have this server among their source servers (the simulator relays only to Drop directories). A non-SMTP recipient arrives IMCEA-encapsulated (IMCEAX400-...@contoso.com)
// or as the SMTP address of a mail contact from exconn.json, and is routed on its own address type.

import {
  canonicalImcea,
  encodeImcea,
  formatAddressSpace,
  isImcea,
  kindOf,
  parseX400Address,
  rankRoutes,
  recipientFromSmtpAddress,
  type ParsedAddressSpace,
  type RecipientAddress,
} from '../../addressSpace';
import type { ForeignConnectorState } from '../../model/foreignConnector';
import { isSourceServer, parsedAddressSpaces } from '../state/foreignConnectors';
import { defaultDomain, findContact, findMailbox, isAcceptedDomain, type ContactDefinition, type MailboxDefinition, type Organization } from '../organization/organization';
import { DELIVERY_STATUS, type DeliveryStatus } from './deliveryStatus';
import type { EnvelopeRecipient } from './envelope';
import type { DeliveryAgentConnectorRoute, SendConnectorRoute } from './mailflowConnectors';

export interface RoutingContext {
  organization: Organization;
  connectors: readonly ForeignConnectorState[];
  /** The Delivery Agent and Send connectors of the state; none when absent. */
  mailflowConnectors?: readonly (DeliveryAgentConnectorRoute | SendConnectorRoute)[];
  localServer: string;
}

/** Where a routed recipient is handed over, with the winning address space (display form) and the envelope address. */
interface Handover {
  recipient: EnvelopeRecipient;
  addressSpace: string;
  /** The address written into the envelope (X-Receiver, RCPT TO): IMCEA form for non-SMTP addresses. */
  envelopeAddress: string;
}

export type RecipientRoute =
  | { kind: 'mailbox'; recipient: EnvelopeRecipient; mailbox: MailboxDefinition }
  | {
      kind: 'connector';
      recipient: EnvelopeRecipient;
      connector: ForeignConnectorState;
      /** The winning address space, in display form. */
      addressSpace: string;
      /** The address written into the Drop file's X-Receiver (IMCEA form for non-SMTP addresses). */
      envelopeAddress: string;
      /** The source server the message is relayed to, when this server is not one of the connector's. */
      relayServer?: string;
    }
  | (Handover & { kind: 'agent'; connector: DeliveryAgentConnectorRoute })
  | (Handover & { kind: 'smtp'; connector: SendConnectorRoute })
  | { kind: 'failed'; recipient: EnvelopeRecipient; status: DeliveryStatus };

/** `local`: whether the routing server is one of the connector's source servers (rankRoutes prefers those). */
export type RoutingCandidate =
  | { addressSpace: ParsedAddressSpace; name: string; local: boolean; kind: 'foreign'; connector: ForeignConnectorState }
  | { addressSpace: ParsedAddressSpace; name: string; local: boolean; kind: 'mailflow'; connector: DeliveryAgentConnectorRoute | SendConnectorRoute };

/**
 * Where the recipient goes. With the message's size, connectors whose MaxMessageSize is smaller are
 * left out first, then the closest address space and the lowest cost decide among the rest (the
 * "Connector selection" topic); when every matching connector is too small the recipient fails 5.3.4.
 */
export function routeRecipient(context: RoutingContext, recipient: EnvelopeRecipient, messageSize?: number): RecipientRoute {
  const address = recipient.address.trim();
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return { kind: 'failed', recipient, status: DELIVERY_STATUS.invalidAddress };
  const target = routingTarget(context.organization, address);
  if (target.kind === 'invalid') return { kind: 'failed', recipient, status: target.status };
  if (target.kind === 'local') {
    const mailbox = findMailbox(context.organization, address);
    return mailbox ? { kind: 'mailbox', recipient, mailbox } : { kind: 'failed', recipient, status: DELIVERY_STATUS.recipientNotFound };
  }
  const candidates = routeCandidates(context);
  const matching = rankRoutes(candidates, target.address);
  if (matching.length === 0) return { kind: 'failed', recipient, status: noRouteStatus(candidates, target.address) };
  const choice = messageSize === undefined ? matching[0] : matching.find((match) => fitsConnector(match.candidate.connector.maxMessageSize, messageSize));
  if (!choice) return { kind: 'failed', recipient, status: DELIVERY_STATUS.tooLargeForConnector };
  const handover: Handover = { recipient, addressSpace: formatAddressSpace(choice.candidate.addressSpace), envelopeAddress: target.envelopeAddress };
  const chosen = choice.candidate;
  if (chosen.kind === 'foreign') {
    const relayServer = chosen.local ? undefined : relayServerOf(chosen.connector);
    return { ...handover, kind: 'connector', connector: chosen.connector, ...(relayServer ? { relayServer } : {}) };
  }
  return chosen.connector.kind === 'deliveryAgent' ? { ...handover, kind: 'agent', connector: chosen.connector } : { ...handover, kind: 'smtp', connector: chosen.connector };
}

/** How a recipient address is read before routing; `via` says which rule applied, for a route trace. */
export type RoutingTarget =
  | { kind: 'local'; via: 'accepted-domain' }
  | { kind: 'remote'; address: RecipientAddress; envelopeAddress: string; via: 'imcea' | 'contact' | 'other-domain' }
  | { kind: 'invalid'; status: DeliveryStatus; via: 'imcea' | 'contact' };

export function routingTarget(organization: Organization, address: string): RoutingTarget {
  if (isImcea(address)) {
    const decoded = recipientFromSmtpAddress(address);
    if (kindOf(decoded.type) === 'x400' && !('attributes' in decoded)) return { kind: 'invalid', status: DELIVERY_STATUS.invalidX400Address, via: 'imcea' };
    // Written encoded (`;` as +3B) whatever the sender wrote, as the IMCEA scheme requires.
    return { kind: 'remote', address: decoded, envelopeAddress: canonicalImcea(address), via: 'imcea' };
  }
  const contact = findContact(organization, address);
  if (contact) return contactTarget(organization, contact);
  if (isAcceptedDomain(organization, address.slice(address.lastIndexOf('@') + 1))) return { kind: 'local', via: 'accepted-domain' };
  return { kind: 'remote', address: { type: 'SMTP', address }, envelopeAddress: address, via: 'other-domain' };
}

/** A mail contact is reached on its own address; Drop files name it IMCEA-encapsulated, as Exchange does. */
function contactTarget(organization: Organization, contact: ContactDefinition): RoutingTarget {
  switch (kindOf(contact.type)) {
    case 'smtp':
      return { kind: 'remote', address: { type: 'SMTP', address: contact.address }, envelopeAddress: contact.address, via: 'contact' };
    case 'x400': {
      const parsed = parseX400Address(contact.address).address;
      if (!parsed) return { kind: 'invalid', status: DELIVERY_STATUS.invalidX400Address, via: 'contact' };
      return { kind: 'remote', address: { type: 'X400', attributes: parsed.values }, envelopeAddress: encodeImcea('X400', contact.address, defaultDomain(organization)), via: 'contact' };
    }
    default:
      return { kind: 'remote', address: { type: contact.type, address: contact.address }, envelopeAddress: encodeImcea(contact.type, contact.address, defaultDomain(organization)), via: 'contact' };
  }
}

/**
 * The candidates of a routing context, parsed once: a transport pass routes every message with one
 * context, over connectors that do not change during the pass. Keyed by the connectors array too,
 * so a context given another array is not answered from the old one.
 */
const candidateCache = new WeakMap<RoutingContext, { connectors: readonly ForeignConnectorState[]; candidates: RoutingCandidate[] }>();

/** Every address space of every connector this server may route through. */
export function routeCandidates(context: RoutingContext): RoutingCandidate[] {
  const cached = candidateCache.get(context);
  if (cached && cached.connectors === context.connectors) return cached.candidates;
  const candidates = everyCandidate(context).filter((candidate) => unusableReason(candidate, context.localServer) === undefined);
  candidateCache.set(context, { connectors: context.connectors, candidates });
  return candidates;
}

/** Every address space of every connector of the context, usable from this server or not (a route trace shows them all). */
export function everyCandidate(context: RoutingContext): RoutingCandidate[] {
  const local = (connector: Pick<ForeignConnectorState, 'sourceTransportServers'>) => isSourceServer(connector, context.localServer);
  const foreign = context.connectors
    .flatMap((connector) => parsedAddressSpaces(connector).map((addressSpace): RoutingCandidate => ({ addressSpace, name: connector.name, local: local(connector), kind: 'foreign', connector })));
  const mailflow = (context.mailflowConnectors ?? [])
    .flatMap((connector) => connector.addressSpaces.map((addressSpace): RoutingCandidate => ({ addressSpace, name: connector.name, local: local(connector), kind: 'mailflow', connector })));
  return [...foreign, ...mailflow];
}

/** Whether a message of `size` bytes may go through a connector with this MaxMessageSize. */
export function fitsConnector(maxMessageSize: number | 'Unlimited', size: number): boolean {
  return maxMessageSize === 'Unlimited' || size <= maxMessageSize;
}

/**
 * Why `server` may not route through the candidate's connector; undefined when it may: Enabled, and
 * `server` a source server of it, or for a Foreign connector some other server to relay to.
 */
export function unusableReason(candidate: Pick<RoutingCandidate, 'kind' | 'connector'>, server: string): string | undefined {
  const { connector } = candidate;
  if (!connector.enabled) return 'the connector is disabled (Enabled is $false)';
  if (isSourceServer(connector, server)) return undefined;
  if (candidate.kind === 'foreign') return relayServerOf(connector) ? undefined : 'it has no SourceTransportServers';
  return `${server} is not one of its SourceTransportServers, and the simulator relays only to a Foreign connector's source servers`;
}

/**
 * The source server a message for a connector this server is not a source server of is relayed to.
 * Exchange spreads such messages over the connector's source servers; the simulator takes the first
 * one listed, so a run is repeatable.
 */
export function relayServerOf(connector: Pick<ForeignConnectorState, 'sourceTransportServers'>): string | undefined {
  return connector.sourceTransportServers.find((server) => server.trim() !== '');
}

/** The source server `server` relays the connector's messages to; undefined when `server` is a source server itself. */
export function relayServerFrom(connector: Pick<ForeignConnectorState, 'sourceTransportServers'>, server: string): string | undefined {
  return isSourceServer(connector, server) ? undefined : relayServerOf(connector);
}

function noRouteStatus(candidates: readonly RoutingCandidate[], address: RecipientAddress): DeliveryStatus {
  const type = address.type.toLowerCase();
  const typeServed = candidates.some((candidate) => candidate.addressSpace.type.toLowerCase() === type);
  return kindOf(address.type) !== 'smtp' && !typeServed ? DELIVERY_STATUS.noConnectorForType : DELIVERY_STATUS.noRoute;
}
