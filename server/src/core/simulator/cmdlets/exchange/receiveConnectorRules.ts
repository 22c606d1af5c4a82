// A Receive connector's bindings against the others on its server, as New- and Set-ReceiveConnector
// refuse a collision (decided in model/receiveConnectorBindings.ts, the same decision and sentence
// as the checker's receive-connector-binding-conflict).

import { bindingConflict, bindingConflictMessage, type ReceiveEndpoint } from '../../../model/receiveConnectorBindings';
import { objectIdentity, type ConfigurationObjectState } from '../../../model/configurationObject';
import { ALL_REMOTE_ADDRESSES, parseIpBinding, parseIpRange, type IpBinding, type IpRange } from '../../../values/ipAddress';

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The connector's place on its server; undefined when it has no bindings stored (a usage type's default). */
function endpointOf(connector: ConfigurationObjectState): ReceiveEndpoint | undefined {
  const bindings = texts(connector.settings.Bindings).map(parseIpBinding).filter((binding): binding is IpBinding => binding !== undefined);
  if (bindings.length === 0) return undefined;
  const written = connector.settings.RemoteIPRanges;
  const ranges = written === undefined ? ALL_REMOTE_ADDRESSES : texts(written).map(parseIpRange).filter((range): range is IpRange => range !== undefined);
  const role = connector.settings.TransportRole;
  return { name: connector.name, server: connector.server ?? '', bindings, remoteIPRanges: ranges, ...(typeof role === 'string' ? { transportRole: role } : {}) };
}

/** The sentence the command fails with, or undefined when the connector fits beside the others. */
export function receiveBindingConflict(connector: ConfigurationObjectState, others: readonly ConfigurationObjectState[]): string | undefined {
  const mine = endpointOf(connector);
  if (!mine) return undefined;
  for (const other of others) {
    if (other.guid === connector.guid) continue;
    const theirs = endpointOf(other);
    const conflict = theirs && bindingConflict(mine, theirs);
    if (conflict) return bindingConflictMessage(conflict, objectIdentity(other));
  }
  return undefined;
}
