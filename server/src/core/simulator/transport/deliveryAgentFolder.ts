// Where the simulator's stand-in delivery agent puts a Delivery Agent connector's messages: the folder
// exconn.json's deliveryAgents names for the connector's DeliveryProtocol, mapped and guarded as
// every path is. Without one (or when its path is refused) the messages wait in the queue, as they
// would on a server where no agent for the protocol is installed.

import { findDeliveryAgent } from '../organization/organization';
import { resolveWindowsPath } from '../workspace/workspacePaths';
import type { DeliveryAgentConnectorRoute } from './mailflowConnectors';
import type { TransportContext } from './transportContext';

export type AgentFolderDecision = { kind: 'agent'; folder: string } | { kind: 'queue'; reason: string };

export function agentFolderDecision(context: Pick<TransportContext, 'organization' | 'paths'>, connector: DeliveryAgentConnectorRoute): AgentFolderDecision {
  const protocol = connector.deliveryProtocol;
  const agent = findDeliveryAgent(context.organization, protocol);
  if (!agent) {
    return {
      kind: 'queue',
      reason: `No delivery agent for the protocol "${protocol}" runs on ${context.organization.localServer}, so "${connector.name}" holds its messages. Name a folder for it in exconn.json, for example "deliveryAgents": { "${protocol}": "C:\\\\${protocol}Out" }.`,
    };
  }
  const resolution = resolveWindowsPath(context.paths, agent.folder);
  if (!resolution.ok) return { kind: 'queue', reason: `The delivery agent folder of "${protocol}" cannot be used: ${resolution.problem} ${resolution.fix}` };
  return { kind: 'agent', folder: resolution.path };
}
