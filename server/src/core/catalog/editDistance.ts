// Edit distance for "did you mean" suggestions (parameter names here, cmdlet names in analysis).
// Optimal string alignment: insertions, deletions, substitutions and swaps of two adjacent
// characters each cost 1, because swapped letters (`-Enalbed`) are the most common typing slip.
// Comparison is exact; callers lower-case both sides when case must not matter.

/** The number of single-character edits (with adjacent swaps) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rolling rows: the swap rule looks two rows back.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2] + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
