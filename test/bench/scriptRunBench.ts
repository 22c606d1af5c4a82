// Benchmark 4: running generated connector scripts of 1,000, 10,000 and 100,000 statements in the
// simulator against a workspace with the servers Hub01 and Hub02, from an empty configuration each
// time. No reference exists for this (nothing else runs Exchange Management Shell scripts offline),
// so the rows have our figures against the goals: 10,000 statements a second on the 10,000-statement
// script, and a cost per statement that stays flat as the script grows (the 100,000-statement run
// against the 1,000-statement one). The statement count and the failures are kept beside each
// figure, since a run where statements fail measures a different amount of work; so is the number
// of output lines, since the mix lists every connector now and then, which grows with the script.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runScript } from '../../server/src/core/simulator';
import type { BenchGroup, BenchOptions } from './benchGroup';
import type { BenchRow, Goal, Measurement } from './benchResult';
import { generateScript } from './scriptGenerator';
import { summarize } from './statistics';
import { type RunScriptResult } from '../../server/src/core/simulator/runScript';

const SIZES = [1000, 10000, 100000];
const GOAL_SIZE = 10000;
const GOAL_RATE = 10000;
/** "Flat": the largest script runs at no less than this share of the smallest one's rate. */
const FLAT_SHARE = 0.8;

export const scriptRunBench: BenchGroup = {
  name: 'script',
  description: `running generated scripts of ${SIZES.join(', ')} statements in the simulator`,
  run: async (options) => runScriptBench(options),
};

async function runScriptBench(options: BenchOptions): Promise<BenchRow[]> {
  await timedRun(options.workDir, generateScript({ statements: 500, mistakes: 0, seed: 7 }), 'warmup');
  const measured: { statements: number; rate: Measurement; details: Record<string, number | string> }[] = [];
  for (const statements of SIZES) {
    const text = generateScript({ statements, mistakes: 0 });
    // The largest script takes long enough that one run is all a bench can afford.
    const runs = options.quick || statements > GOAL_SIZE ? 1 : 3;
    options.log(`${statements} statements, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${runs} run${runs === 1 ? '' : 's'}`);
    const rates: number[] = [];
    let last: RunScriptResult | undefined;
    for (let run = 0; run < runs; run++) {
      const { milliseconds, result } = await timedRun(options.workDir, text, `run-${statements}-${run}`);
      rates.push(statements / (milliseconds / 1000));
      last = result;
      options.log(`  run ${run + 1}: ${rates.at(-1)?.toFixed(0)} stmt/s (${(milliseconds * 1000 / statements).toFixed(0)} µs a statement), ${result.failures.length} failures`);
    }
    const failures = last?.failures ?? [];
    measured.push({
      statements,
      rate: { unit: 'stmt/s', summary: summarize(rates) },
      details: {
        statements,
        failures: failures.length,
        'output lines': last ? last.output.split('\n').length : 0,
        ...(failures.length > 0 ? { 'first failure': failureText(failures[0]) } : {}),
      },
    });
  }
  const smallest = measured[0];
  return measured.map(({ statements, rate, details }): BenchRow => ({
    group: 'script',
    name: `run script, ${statements} statements`,
    ours: rate,
    ...(statements === SIZES.at(-1) ? { reference: { name: `${smallest.statements} statements`, ...smallest.rate } } : {}),
    ...goalOf(statements),
    details,
  }));
}

/** The speed goal on the 10,000-statement row; the flatness goal on the largest, against the smallest. */
function goalOf(statements: number): { goal?: Goal } {
  if (statements === GOAL_SIZE) return { goal: { text: `≥ ${GOAL_RATE.toLocaleString('en-US')} stmt/s`, on: 'median', atLeast: GOAL_RATE } };
  if (statements === SIZES.at(-1)) return { goal: { text: `flat: ≥ ${FLAT_SHARE}× the ${SIZES[0]}-statement rate`, on: 'ratio', atLeast: FLAT_SHARE } };
  return {};
}

/** A fresh workspace (exconn.json only), the script run once and timed, then the workspace removed. */
async function timedRun(workDir: string, text: string, name: string): Promise<{ milliseconds: number; result: RunScriptResult }> {
  const root = path.join(workDir, name);
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'exconn.json'), `${JSON.stringify({ servers: ['Hub01', 'Hub02'], localServer: 'Hub01', clock: '2024-03-13T09:00:00Z' })}\n`);
  try {
    const started = performance.now();
    const result = await runScript({ workspace: root, scriptPath: path.join(root, 'generated.ps1'), text });
    return { milliseconds: performance.now() - started, result };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function failureText(failure: RunScriptResult['failures'][number]): string {
  return `line ${failure.line + 1}: ${failure.message}`;
}
