// The shape every benchmark reports, so the runner can print one table and write one JSON file
// whatever was measured.

import type { Summary } from './statistics';

/** What a figure measures: a duration (lower is better) or a rate (higher is better). */
export type Unit = 'ms' | 'MB' | 'msg/s' | 'stmt/s' | 'ms/MB';

export interface Measurement {
  unit: Unit;
  summary: Summary;
}

export interface BenchRow {
  /** Which benchmark group produced the row: parse, lsp, simulator, script. */
  group: string;
  name: string;
  ours: Measurement;
  /** The reference measured in the same run on the same input, when the row has one. */
  reference?: { name: string } & Measurement;
  /** The target the project works towards, in words and as a check on the row. */
  goal?: Goal;
  /** Anything else worth keeping beside the figures (input size, counts). */
  details?: Record<string, number | string>;
}

export interface Goal {
  text: string;
  /** `ratio` compares ours/reference medians; `p99` and `median` compare our own figure. */
  on: 'ratio' | 'median' | 'p99';
  /** For durations and ratios of durations: at most `limit`; for rates: at least `limit`. */
  atMost?: number;
  atLeast?: number;
}

/** ours / reference, by medians: for durations below 1 is faster, for rates above 1 is faster. */
export function ratioOf(row: BenchRow): number | undefined {
  if (!row.reference) return undefined;
  return row.ours.summary.median / row.reference.summary.median;
}

export function goalMet(row: BenchRow): boolean | undefined {
  const goal = row.goal;
  if (!goal) return undefined;
  const value = goal.on === 'ratio' ? ratioOf(row) : row.ours.summary[goal.on];
  if (value === undefined || Number.isNaN(value)) return undefined;
  if (goal.atMost !== undefined && value > goal.atMost) return false;
  if (goal.atLeast !== undefined && value < goal.atLeast) return false;
  return true;
}
