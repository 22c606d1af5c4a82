// A Send connector's next hop for a recipient, as Exchange names its delivery queue: the connector's
// smart hosts when it relays through them (DNSRoutingEnabled $false), otherwise the recipient's
// domain, which DNS (MX records) would resolve. Messages for one next hop share one queue.

import type { SendConnectorRoute } from './mailflowConnectors';

export function nextHopOf(route: { connector: SendConnectorRoute; envelopeAddress: string }): string {
  const { connector } = route;
  if (!connector.dnsRoutingEnabled && connector.smartHosts.length > 0) return connector.smartHosts.join(',');
  return route.envelopeAddress.slice(route.envelopeAddress.lastIndexOf('@') + 1).toLowerCase();
}

/** The queue folder of a next hop under .exconn/queue/: the hop's name, kept to safe characters. */
export function smtpQueueFolder(hop: string): string {
  return `${SMTP_QUEUE_PREFIX}${hop.toLowerCase().replace(/[^a-z0-9.-]+/g, '_')}`;
}

const SMTP_QUEUE_PREFIX = 'smtp-';

export function isSmtpQueueFolder(folder: string): boolean {
  return folder.startsWith(SMTP_QUEUE_PREFIX);
}
