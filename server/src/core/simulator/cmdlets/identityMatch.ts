// How an Exchange -Identity finds its objects: by name (case-insensitive, wildcards allowed), GUID,
// distinguished name, or `Server\Name`. Set- and Remove- need exactly one match; Get- returns all
// matches, and a wildcard that matches nothing is not an error.

import { hasWildcard, matchesWildcard } from '../interpreter/wildcard';

export interface IdentityCandidate<T> {
  item: T;
  name: string;
  guid: string;
  distinguishedName: string;
}

export type IdentityResult<T> =
  | { kind: 'found'; items: T[] }
  | { kind: 'notFound' }
  | { kind: 'ambiguous' };

function sameGuid(a: string, b: string): boolean {
  const clean = (text: string) => text.replace(/[{}]/g, '').toLowerCase();
  return clean(a) === clean(b);
}

export function matchIdentity<T>(identity: string, candidates: IdentityCandidate<T>[]): T[] {
  const trimmed = identity.trim();
  // `Hub01\Contoso Foreign Connector`: the server part qualifies a connector name; the name decides.
  const name = trimmed.includes('\\') && !trimmed.startsWith('\\') ? trimmed.slice(trimmed.lastIndexOf('\\') + 1) : trimmed;
  return candidates
    .filter((candidate) => {
      if (sameGuid(candidate.guid, trimmed)) return true;
      if (candidate.distinguishedName.toLowerCase() === trimmed.toLowerCase()) return true;
      return hasWildcard(name) ? matchesWildcard(candidate.name, name) : candidate.name.toLowerCase() === name.toLowerCase();
    })
    .map((candidate) => candidate.item);
}

/** For Get-: every match; nothing found is an error only for an identity without wildcards. */
export function findAll<T>(identity: string, candidates: IdentityCandidate<T>[]): IdentityResult<T> {
  const items = matchIdentity(identity, candidates);
  if (items.length === 0 && !hasWildcard(identity)) return { kind: 'notFound' };
  return { kind: 'found', items };
}

/** For Set- and Remove-: exactly one match. */
export function findOne<T>(identity: string, candidates: IdentityCandidate<T>[]): IdentityResult<T> {
  const items = matchIdentity(identity, candidates);
  if (items.length === 0) return { kind: 'notFound' };
  if (items.length > 1) return { kind: 'ambiguous' };
  return { kind: 'found', items };
}
