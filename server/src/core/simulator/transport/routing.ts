// Where each recipient goes. A recipient in an accepted domain is a local mailbox (or fails 5.1.1);
// everything else is routed through the connectors this server may use (Enabled, with this server
// among their SourceTransportServers), Foreign, Delivery Agent and Send connectors alike: the address
// space that matches the recipient's address of its type most specifically wins, then the lowest
// cost, then the name (Exchange's rule; the matching itself is the addressSpace module's). A non-SMTP recipient arrives IMCEA-encapsulated (IMCEAX400-...@contoso.com)
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
    }
  | (Handover & { kind: 'agent'; connector: DeliveryAgentConnectorRoute })
  | (Handover & { kind: 'smtp'; connector: SendConnectorRoute })
  | { kind: 'failed'; recipient: EnvelopeRecipient; status: DeliveryStatus };

export type RoutingCandidate =
  | { addressSpace: ParsedAddressSpace; name: string; kind: 'foreign'; connector: ForeignConnectorState }
  | { addressSpace: ParsedAddressSpace; name: string; kind: 'mailflow'; connector: DeliveryAgentConnectorRoute | SendConnectorRoute };

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
  if (chosen.kind === 'foreign') return { ...handover, kind: 'connector', connector: chosen.connector };
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
  const candidates = everyCandidate(context).filter((candidate) => unusableReason(candidate.connector, context.localServer) === undefined);
  candidateCache.set(context, { connectors: context.connectors, candidates });
  return candidates;
}

/** Every address space of every connector of the context, usable from this server or not (a route trace shows them all). */
export function everyCandidate(context: RoutingContext): RoutingCandidate[] {
  const foreign = context.connectors
    .flatMap((connector) => parsedAddressSpaces(connector).map((addressSpace): RoutingCandidate => ({ addressSpace, name: connector.name, kind: 'foreign', connector })));
  const mailflow = (context.mailflowConnectors ?? [])
    .flatMap((connector) => connector.addressSpaces.map((addressSpace): RoutingCandidate => ({ addressSpace, name: connector.name, kind: 'mailflow', connector })));
  return [...foreign, ...mailflow];
}

/** Whether a message of `size` bytes may go through a connector with this MaxMessageSize. */
export function fitsConnector(maxMessageSize: number | 'Unlimited', size: number): boolean {
  return maxMessageSize === 'Unlimited' || size <= maxMessageSize;
}

/** Why `server` may not route through the connector; undefined when it may (Enabled, and a source server of it). */
export function unusableReason(connector: Pick<ForeignConnectorState, 'enabled' | 'sourceTransportServers'>, server: string): string | undefined {
  if (!connector.enabled) return 'the connector is disabled (Enabled is $false)';
  if (!isSourceServer(connector, server)) return `${server} is not one of its SourceTransportServers`;
  return undefined;
}

function noRouteStatus(candidates: readonly RoutingCandidate[], address: RecipientAddress): DeliveryStatus {
  const type = address.type.toLowerCase();
  const typeServed = candidates.some((candidate) => candidate.addressSpace.type.toLowerCase() === type);
  return kindOf(address.type) !== 'smtp' && !typeServed ? DELIVERY_STATUS.noConnectorForType : DELIVERY_STATUS.noRoute;
}
