// A route trace as people read it: `exconn route` prints this, and the editor's Trace a Recipient
// command writes it to the transcript. The JSON form is the RouteTrace itself.

import type { RouteTrace, RouteTraceCandidate, RouteTraceOutcome } from '../../../protocol/extensionProtocol';
import { isSourceServer } from '../state/foreignConnectors';

const TYPE_NAMES: Record<RouteTraceCandidate['connectorType'], string> = {
  ForeignConnector: 'Foreign connector',
  DeliveryAgentConnector: 'Delivery Agent connector',
  SendConnector: 'Send connector',
};

export function formatRouteTrace(trace: RouteTrace): string {
  const size = trace.messageSize !== undefined ? ` (a message of ${trace.messageSize.toLocaleString('en-US')} bytes)` : '';
  const lines = [`Route for ${trace.recipient} from ${trace.localServer}${size}`, trace.resolution, ''];
  const unroutable = trace.outcome.kind === 'ndr' && (trace.outcome.code === '5.4.4' || trace.outcome.code === '5.3.4');
  if (trace.candidates.length > 0 || unroutable) lines.push(...candidateLines(trace), '');
  lines.push(...outcomeLines(trace.outcome));
  return `${lines.join('\n')}\n`;
}

/** The one-line answer, for a notification. */
export function routeTraceHeadline(trace: RouteTrace): string {
  const { outcome } = trace;
  switch (outcome.kind) {
    case 'mailbox':
      return `${trace.recipient} is delivered to the mailbox ${outcome.mailbox}.`;
    case 'ndr':
      return `${trace.recipient} gets an NDR: ${outcome.response}.`;
    case 'connector':
      return `${trace.recipient} goes through ${connectorName(outcome)} (${outcome.addressSpace})${outcome.queued ? ', but would wait in the queue' : ''}.`;
  }
}

function candidateLines(trace: RouteTrace): string[] {
  if (trace.candidates.length === 0) return ['No connector has an address space yet.'];
  const ordered = [...trace.candidates].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const rows = ordered.map((candidate) => [candidate.rank ? String(candidate.rank) : '-', candidate.addressSpace, connectorName(candidate), verdict(trace, candidate)]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return [
    `Address spaces, the chosen one first (closest match, then lowest cost, then ${trace.localServer}'s own connectors, then name):`,
    ...rows.map((row) => `  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')}`),
  ];
}

function verdict(trace: RouteTrace, candidate: RouteTraceCandidate): string {
  if (!candidate.matched) return `no match for this ${trace.addressType} address`;
  const matched = `cost ${candidate.cost}, specificity ${candidate.specificity ?? 0}`;
  if (candidate.unusable) return `${matched}; not used: ${candidate.unusable}`;
  if (candidate.tooSmall) return `${matched}; left out: MaxMessageSize ${candidate.maxMessageSize} is smaller than the message`;
  // Not one of the trace's server's own: a message through it is relayed to one of its source servers.
  return isSourceServer(candidate, trace.localServer) ? matched : `${matched}; carried by ${candidate.sourceTransportServers.join(', ')}`;
}

function outcomeLines(outcome: RouteTraceOutcome): string[] {
  switch (outcome.kind) {
    case 'mailbox':
      return [`Delivered to the mailbox ${outcome.mailbox} (${outcome.folder} in the workspace).`];
    case 'ndr':
      return [`Not delivered: the sender gets an NDR with ${outcome.response}.`, outcome.explanation];
    case 'connector':
      return [
        `Chosen: ${connectorName(outcome)} through ${outcome.addressSpace}, to ${outcome.destination}.`,
        `Envelope recipient: ${outcome.envelopeAddress}`,
        ...(outcome.queued ? [`The message would wait in the queue: ${outcome.queued}`] : []),
      ];
  }
}

function connectorName(item: { connector: string; connectorType: RouteTraceCandidate['connectorType'] }): string {
  return `${TYPE_NAMES[item.connectorType]} "${item.connector}"`;
}
