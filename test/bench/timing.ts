// Timing helpers shared by the benchmarks: wall-clock samples of a repeated task, with a warm-up so
// the JIT and file caches are in the same state for ours and for the reference.

import { performance } from 'node:perf_hooks';

export interface SampleOptions {
  runs: number;
  warmup?: number;
}

/** Runs `task` `warmup` times unmeasured, then `runs` times, returning each run's milliseconds. */
export async function sampleAsync(options: SampleOptions, task: (run: number) => Promise<unknown> | unknown): Promise<number[]> {
  for (let index = 0; index < (options.warmup ?? 1); index++) await task(-1 - index);
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const started = performance.now();
    await task(run);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Like `sampleAsync` for synchronous work, so no promise turn is counted in the figure. */
export function sampleSync(options: SampleOptions, task: (run: number) => unknown): number[] {
  for (let index = 0; index < (options.warmup ?? 1); index++) task(-1 - index);
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const started = performance.now();
    task(run);
    samples.push(performance.now() - started);
  }
  return samples;
}
