// Summary statistics for benchmark samples. These machines are noisy, so every figure is a median
// or a high percentile over several runs, never a single measurement.

export interface Summary {
  runs: number;
  median: number;
  p99: number;
  min: number;
  max: number;
}

/** The value below which `fraction` of the sorted samples fall (nearest-rank method). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}
