// The processing order of a family whose objects are numbered from 0 (transport rules by Priority),
// kept dense as Exchange keeps it: a new object goes last unless it asks for a place, taking a place
// moves the objects from there on down by one, and removing one closes the gap.

import type { ConfigurationObjectState } from '../../../model/configurationObject';

function orderOf(object: ConfigurationObjectState, property: string): number {
  const value = object.settings[property];
  return typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER;
}

/** The objects in their order, renumbered 0, 1, 2... */
function renumbered(objects: readonly ConfigurationObjectState[], property: string): ConfigurationObjectState[] {
  return objects.map((object, index) => (object.settings[property] === index ? object : { ...object, settings: { ...object.settings, [property]: index } }));
}

export function inOrder(objects: readonly ConfigurationObjectState[], property: string): ConfigurationObjectState[] {
  return [...objects].sort((a, b) => orderOf(a, property) - orderOf(b, property));
}

/**
 * The family's objects with `object` at `requested` (last when undefined), the others moved to make
 * room; or the highest place allowed when `requested` is beyond it.
 */
export function placed(others: readonly ConfigurationObjectState[], object: ConfigurationObjectState, property: string, requested: number | undefined): ConfigurationObjectState[] | { highest: number } {
  const ordered = inOrder(others.filter((candidate) => candidate.guid !== object.guid), property);
  const place = requested ?? ordered.length;
  if (place > ordered.length) return { highest: ordered.length };
  return renumbered([...ordered.slice(0, place), object, ...ordered.slice(place)], property);
}

/** The family's objects without `object`, renumbered so no gap is left. */
export function withoutObject(objects: readonly ConfigurationObjectState[], object: ConfigurationObjectState, property: string): ConfigurationObjectState[] {
  return renumbered(inOrder(objects.filter((candidate) => candidate.guid !== object.guid), property), property);
}
