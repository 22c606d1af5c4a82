// When two Receive connectors on one server cannot both exist, as Exchange decides it: each
// connector needs its own combination of local binding (IP address and port) and remote IP ranges.
// Connectors may share a binding when their remote ranges differ, and ranges may overlap only when
// one lies wholly inside the other (the most specific range then takes the connection). Equal or
// crossing ranges on a shared binding are refused; so is a shared binding between connectors of
// different transport roles (Front End and Transport service), whatever their ranges. The checker
// asks here across the scripts of a workspace; the simulator's New-/Set-ReceiveConnector will too.

import { rangeRelation, sameBinding, type IpBinding, type IpRange } from '../values/ipAddress';
import { nameKey } from './identity';

/** What decides a Receive connector's place on its server. */
export interface ReceiveEndpoint {
  name: string;
  /** The server's name key; an empty text stands for the local server. */
  server: string;
  bindings: readonly IpBinding[];
  remoteIPRanges: readonly IpRange[];
  /** FrontendTransport or HubTransport when given; unknown otherwise, so no role conflict is claimed. */
  transportRole?: string;
}

export type BindingConflict =
  | { kind: 'role'; binding: IpBinding }
  | { kind: 'ranges'; binding: IpBinding; mine: IpRange; theirs: IpRange; relation: 'equal' | 'crossing' };

/** Why `candidate` cannot sit beside `existing`, or undefined when both can. */
export function bindingConflict(candidate: ReceiveEndpoint, existing: ReceiveEndpoint): BindingConflict | undefined {
  if (nameKey(candidate.server) !== nameKey(existing.server)) return undefined;
  const shared = candidate.bindings.find((mine) => existing.bindings.some((theirs) => sameBinding(mine, theirs)));
  if (!shared) return undefined;
  if (candidate.transportRole && existing.transportRole && nameKey(candidate.transportRole) !== nameKey(existing.transportRole)) {
    return { kind: 'role', binding: shared };
  }
  // The binding's own family first, so the message names ranges that could reach it.
  const ownFamilyFirst = [...candidate.remoteIPRanges].sort((a, b) => Number(b.family === shared.address.family) - Number(a.family === shared.address.family));
  for (const mine of ownFamilyFirst) {
    for (const theirs of existing.remoteIPRanges) {
      const relation = rangeRelation(mine, theirs);
      if (relation === 'equal' || relation === 'crossing') return { kind: 'ranges', binding: shared, mine, theirs, relation };
    }
  }
  return undefined;
}

/** The sentence both the checker and the run give, naming the other connector. */
export function bindingConflictMessage(conflict: BindingConflict, other: string): string {
  const listen = `both listen on ${conflict.binding.text}`;
  if (conflict.kind === 'role') {
    return `The bindings conflict with Receive connector '${other}': ${listen}, and connectors of different transport roles on one server need their own IP address and port. Choose another binding or port.`;
  }
  const how = conflict.relation === 'equal'
    ? `both accept ${conflict.mine.text === conflict.theirs.text ? conflict.mine.text : `the same addresses (${conflict.mine.text} and ${conflict.theirs.text})`}`
    : `the remote range ${conflict.mine.text} overlaps ${conflict.theirs.text} without one containing the other`;
  return `The bindings and remote IP ranges conflict with Receive connector '${other}': ${listen} and ${how}. Each connector on a server needs its own combination of binding and remote ranges; change the binding or port, or give RemoteIPRanges that are distinct from the other's or lie wholly inside them.`;
}
