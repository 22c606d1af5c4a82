// "Did you mean" candidates: the known names closest to what was typed, by edit distance,
// within a distance that grows with the length of the name.

import { editDistance } from '../catalog/editDistance';

export function closestMatches(typed: string, known: readonly string[], limit = 3): string[] {
  const lower = typed.toLowerCase();
  const threshold = Math.max(2, Math.floor(lower.length / 3));
  return known
    .map((name) => ({ name, distance: editDistance(lower, name.toLowerCase()) }))
    .filter((candidate) => candidate.distance <= threshold && candidate.distance > 0)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((candidate) => candidate.name);
}
