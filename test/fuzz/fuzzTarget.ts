// What run.ts needs from each fuzz target: an arbitrary of cases, a checker that throws when a
// property fails (the same checker regressions.test.ts replays saved cases through), and a way to
// save a shrunk counterexample.

import type fc from 'fast-check';
import type { TargetName } from './regressionStore';

/** No single case (or a single feature call in a replay) may take longer: catches hangs and blowups. */
export const CASE_TIME_LIMIT_MS = 2000;

export interface Checker<Case> {
  check(value: Case): void | Promise<void>;
  /** Frees what the checker set up (the message target's workspace). */
  close(): Promise<void>;
}

export interface FuzzTarget<Case> {
  name: TargetName;
  /** How many cases one generated value counts for (a batch of message files counts each file). */
  casesPerRun: number;
  arbitrary: fc.Arbitrary<Case>;
  /**
   * An arbitrary of the same values that fast-check can shrink without generation context; run.ts
   * seeds it with the shrunk failure and shrinks again, further than the generator's own shrinking
   * goes (character by character for texts, to fewer files for a fixed-size batch of messages).
   */
  reducer?: fc.Arbitrary<Case>;
  async: boolean;
  open(): Promise<Checker<Case>>;
  /** Saves the counterexample under regressions/ and returns where. */
  save(value: Case): string;
  /** A short description of the counterexample for the console. */
  describe(value: Case): string;
}
