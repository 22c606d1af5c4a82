// The hop to another server of the organization that a message takes when the Foreign connector it
// is routed to has only other servers as its source servers. Exchange then routes the message to a
// source server of the connector, which writes it into the connector's Drop directory (the "Foreign
// connectors" topic: mail for the connector's address space is delivered to one of its source
// servers and relayed from there). The hop is an SMTP transfer inside the organization, so each
// server logs its side: this server a SEND through the intra-organization Send connector, the other
// a RECEIVE on its default Receive connector, under an internal-message-id of its own.
//
// The simulator has one disk, the workspace. The other server's side of the hop happens in the same
// pass: its Drop directory is resolved with that server's own Transport service settings
// (RootDropDirectoryPath), into the workspace, as a folder both servers reach would be; while that
// folder cannot take the message, it waits in the connector's queue, marked with the server whose
// queue it is. Every event is written to the workspace's one tracking log; server-hostname says
// which server's the event is, so Get-MessageTrackingLog -Server Hub02 shows the other side.

import { serverFqdn } from '../organization/organization';
import { transportServiceOf } from '../state/state';
import type { TransportServiceSettings } from '../state/transportSettings';
import { RELAYED_TO_SERVER } from './deliveryStatus';
import type { OutgoingMessage } from './outgoingMessage';
import type { PlanBuilder } from './planBuilder';
import type { RecipientRoute } from './routing';
import type { TransportContext } from './transportContext';

/** Exchange's implicit connector for SMTP between the servers of one organization. */
export const INTRA_ORGANIZATION_SEND_CONNECTOR = 'Intra-Organization SMTP Send Connector';

type ConnectorRoute = RecipientRoute & { kind: 'connector' };

/**
 * The Transport service settings a Drop directory is resolved with: those of the server that writes
 * the file, the source server relayed to when there is one, else this server's.
 */
export function dropServerSettings(context: Pick<TransportContext, 'state' | 'settings'>, relayServer: string | undefined): TransportServiceSettings {
  return relayServer ? transportServiceOf(context.state, relayServer) : context.settings;
}

/**
 * Logs the hop of `message` for `routes` to `server` and returns the message as that server holds
 * it: the same message with the server's own internal-message-id.
 */
export async function relayToServer(builder: PlanBuilder, message: OutgoingMessage, routes: readonly ConnectorRoute[], server: string): Promise<OutgoingMessage> {
  const context = builder.context;
  const addresses = routes.map((route) => route.recipient.address);
  const remoteFqdn = serverFqdn(context.organization, server);
  const recipients = { 'recipient-address': addresses, 'recipient-count': addresses.length };
  builder.row(message, {
    source: 'SMTP', 'event-id': 'SEND', 'connector-id': INTRA_ORGANIZATION_SEND_CONNECTOR, 'server-hostname': remoteFqdn,
    'client-hostname': context.serverFqdn, 'recipient-status': addresses.map(() => RELAYED_TO_SERVER), ...recipients,
  });
  const relayed: OutgoingMessage = { ...message, internalId: await context.sequence.allocate() };
  builder.row(relayed, {
    source: 'SMTP', 'event-id': 'RECEIVE', 'connector-id': `${server}\\Default ${server}`, 'server-hostname': remoteFqdn,
    'client-hostname': context.serverFqdn, ...recipients,
  });
  return relayed;
}
