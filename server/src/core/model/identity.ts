// How an Exchange -Identity finds its objects: by name (case-insensitive, PowerShell wildcards
// allowed), GUID (with or without braces), distinguished name, or `Server\Name`. Get- returns every
// match, and a wildcard that matches nothing is not an error; Set- and Remove- need exactly one
// match. The simulator's cmdlets, the checker and the editor's navigation all resolve identities
// here, so a name the run finds is a name the checker knows.

import { hasWildcard, wildcardToRegExp } from '../values/wildcard';
import { connectorDistinguishedName, type DirectoryScope } from './directoryNames';

export interface IdentityCandidate<T> {
  item: T;
  name: string;
  /** Absent for objects that exist only in a script (the editor knows their name only). */
  guid?: string;
  distinguishedName?: string;
}

export type IdentityResult<T> =
  | { kind: 'found'; items: T[] }
  | { kind: 'notFound' }
  | { kind: 'ambiguous' };

/** Names compare as Exchange compares them: ignoring case and surrounding blanks. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** An identity as written, taken apart once so that many lookups (the checker's) stay cheap. */
export interface IdentityQuery {
  readonly written: string;
  /** The whole identity's key: a GUID (braces removed) or distinguished name compares with it. */
  readonly whole: string;
  /** The whole identity's key as a GUID: braces removed. */
  readonly guid: string;
  /** The name part's key: `Hub01\Contoso` names `contoso`, the server part only qualifies it. */
  readonly name: string;
  readonly wildcard: boolean;
}

export function identityQuery(written: string): IdentityQuery {
  const trimmed = written.trim();
  const name = trimmed.slice(serverQualifier(trimmed).length);
  const whole = nameKey(trimmed);
  return { written, whole, guid: guidKey(whole), name: nameKey(name), wildcard: hasWildcard(name) };
}

/** The `Server\` that qualifies a written name (`Hub01\` of `Hub01\Contoso`), or an empty text when none does. */
export function serverQualifier(written: string): string {
  const trimmed = written.trim();
  return trimmed.includes('\\') && !trimmed.startsWith('\\') ? trimmed.slice(0, trimmed.lastIndexOf('\\') + 1) : '';
}

function guidKey(text: string): string {
  return text.replace(/[{}]/g, '').toLowerCase();
}

/**
 * The candidates of one lookup, indexed by name, GUID and distinguished name. A caller whose items
 * change one at a time (a script run saving connectors) keeps one and puts each change in, instead
 * of indexing every candidate again for every lookup.
 */
export class Identities<T> {
  private readonly byName = new Map<string, number[]>();
  private readonly byWhole = new Map<string, number[]>();
  private readonly candidates: IdentityCandidate<T>[];

  constructor(candidates: readonly IdentityCandidate<T>[]) {
    this.candidates = [...candidates];
    this.candidates.forEach((candidate, index) => this.index(candidate, index));
  }

  /** The position of the candidate with this GUID, or the count of candidates (where a new one goes). */
  positionOf(guid: string): number {
    const position = (this.byWhole.get(guidKey(guid)) ?? []).find((index) => this.candidates[index].guid?.toLowerCase() === guid.toLowerCase());
    return position ?? this.candidates.length;
  }

  /** Replaces the candidate at `position`, or adds `candidate` when `position` is the count of candidates. */
  put(position: number, candidate: IdentityCandidate<T>): void {
    const old = this.candidates[position];
    if (old) {
      remove(this.byName, nameKey(old.name), position);
      if (old.guid) remove(this.byWhole, guidKey(old.guid), position);
      if (old.distinguishedName) remove(this.byWhole, nameKey(old.distinguishedName), position);
    }
    this.candidates[position] = candidate;
    this.index(candidate, position);
  }

  /** The items whose name is `name` (ignoring case and surrounding blanks; no wildcards), in candidate order. */
  named(name: string): T[] {
    return [...(this.byName.get(nameKey(name)) ?? [])].sort((a, b) => a - b).map((index) => this.candidates[index].item);
  }

  private index(candidate: IdentityCandidate<T>, position: number): void {
    add(this.byName, nameKey(candidate.name), position);
    if (candidate.guid) add(this.byWhole, guidKey(candidate.guid), position);
    if (candidate.distinguishedName) add(this.byWhole, nameKey(candidate.distinguishedName), position);
  }

  /** Every item the identity names, in candidate order, each once (two candidates may stand for one item). */
  match(identity: string | IdentityQuery): T[] {
    const query = typeof identity === 'string' ? identityQuery(identity) : identity;
    const whole = this.byWhole.get(query.whole);
    const guid = query.guid === query.whole ? undefined : this.byWhole.get(query.guid);
    const named = this.nameMatches(query) ?? [];
    // The checker asks once per reference on every publish, and most identities are a name that one candidate has.
    if (!whole && !guid && named.length <= 1) return named.map((index) => this.candidates[index].item);
    const indexes = [...(whole ?? []), ...(guid ?? []), ...named];
    return [...new Set(indexes.sort((a, b) => a - b).map((index) => this.candidates[index].item))];
  }

  /** For Get-: every match; nothing found is an error only for an identity without wildcards. */
  all(identity: string | IdentityQuery): IdentityResult<T> {
    const query = typeof identity === 'string' ? identityQuery(identity) : identity;
    const items = this.match(query);
    if (items.length === 0 && !query.wildcard && !hasWildcard(query.written)) return { kind: 'notFound' };
    return { kind: 'found', items };
  }

  /** For Set- and Remove-: exactly one match. */
  one(identity: string | IdentityQuery): IdentityResult<T> {
    const items = this.match(identity);
    if (items.length === 0) return { kind: 'notFound' };
    if (items.length > 1) return { kind: 'ambiguous' };
    return { kind: 'found', items };
  }

  private nameMatches(query: IdentityQuery): readonly number[] | undefined {
    if (!query.wildcard) return this.byName.get(query.name);
    const pattern = wildcardToRegExp(query.name);
    return this.candidates.flatMap((candidate, index) => (pattern.test(candidate.name.trim()) ? [index] : []));
  }
}

function add(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

function remove(map: Map<string, number[]>, key: string, index: number): void {
  const rest = (map.get(key) ?? []).filter((other) => other !== index);
  if (rest.length > 0) map.set(key, rest);
  else map.delete(key);
}

/**
 * A saved connector as an identity names it: its name, GUID and distinguished name (the last only
 * when the organization's directory is known).
 */
export function connectorCandidate<T extends { name: string; guid: string }>(connector: T, directory: DirectoryScope | undefined): IdentityCandidate<T> {
  return {
    item: connector,
    name: connector.name,
    guid: connector.guid,
    ...(directory ? { distinguishedName: connectorDistinguishedName(connector.name, directory) } : {}),
  };
}
