// Picks the route for a recipient among connector address spaces, in Exchange's order: the closest
// address-space match first, then the lowest cost, then proximity (a connector the routing server is
// itself a source server of before one it must relay to another server for), then (Exchange's last
// resort) the connector name in alphanumeric order; the input order settles what remains, so results
// are deterministic.

import type { ParsedAddressSpace, RecipientAddress } from './addressSpace';
import { matchAddressSpace } from './addressSpaceMatch';

export interface RouteCandidate {
  addressSpace: ParsedAddressSpace;
  /** The connector's name, for the final tie-break. */
  name?: string;
  /** Whether the routing server is one of the connector's source servers (proximity); absent counts as true. */
  local?: boolean;
}

export interface RouteChoice<T extends RouteCandidate> {
  candidate: T;
  specificity: number;
  cost: number;
  /** Position in the input list. */
  index: number;
}

/** Every candidate that matches, best first. */
export function rankRoutes<T extends RouteCandidate>(candidates: readonly T[], recipient: RecipientAddress): RouteChoice<T>[] {
  const matches: RouteChoice<T>[] = [];
  candidates.forEach((candidate, index) => {
    const match = matchAddressSpace(candidate.addressSpace, recipient);
    if (match.matched) matches.push({ candidate, specificity: match.specificity, cost: candidate.addressSpace.cost, index });
  });
  return matches.sort(compareRoutes);
}

/** The best matching candidate, or undefined when no address space covers the recipient. */
export function selectRoute<T extends RouteCandidate>(candidates: readonly T[], recipient: RecipientAddress): RouteChoice<T> | undefined {
  return rankRoutes(candidates, recipient)[0];
}

function compareRoutes<T extends RouteCandidate>(x: RouteChoice<T>, y: RouteChoice<T>): number {
  return y.specificity - x.specificity || x.cost - y.cost || proximity(x.candidate) - proximity(y.candidate) || compareNames(x.candidate.name, y.candidate.name) || x.index - y.index;
}

/** 0 for a connector on the routing server itself, 1 for one another server must carry. */
function proximity(candidate: RouteCandidate): number {
  return candidate.local === false ? 1 : 0;
}

function compareNames(x: string | undefined, y: string | undefined): number {
  if (x === undefined || y === undefined) return 0;
  const a = x.toLowerCase();
  const b = y.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}
