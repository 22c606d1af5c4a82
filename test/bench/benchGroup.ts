// What a benchmark group receives from the runner and gives back.

import type { BenchRow } from './benchResult';

export interface BenchOptions {
  /** Fewer runs and smaller inputs, for a quick look (`npm run bench -- --quick`). */
  quick: boolean;
  /** A fresh temporary folder the group may fill; the runner removes it afterwards. */
  workDir: string;
  /** Progress lines, written to stderr so the table on stdout stays clean. */
  log: (line: string) => void;
}

export interface BenchGroup {
  name: string;
  description: string;
  run: (options: BenchOptions) => Promise<BenchRow[]>;
}
