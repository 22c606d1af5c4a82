// Benchmark 4: running generated connector scripts of 1,000, 10,000 and 100,000 statements in the
// simulator against a workspace with the servers Hub01 and Hub02, from an empty configuration each
// time. No reference exists for this (nothing else runs Exchange Management Shell scripts offline),
// so the rows have our figures against the goals: 10,000 statements a second on the 10,000-statement
// script, and a cost per statement that stays flat as the script grows (100,000 statements against
// 1,000). The generated mix lists every connector in 6% of its statements, work that grows with the
// number of connectors made so far, so its cost per statement cannot stay flat; the flatness goal is
// measured on the same mix with those statements getting one connector instead, and both mixes are
// printed. The statement count, the failures and the output lines are kept beside each figure, since
// a run where statements fail measures a different amount of work; a run the simulator stopped (its
// statement limit) gets no rate, only where and when it stopped.

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

interface Mix {
  /** What the row names say about the mix ('' for the standard one). */
  label: string;
  listEveryConnector: boolean;
  goals: (statements: number) => Goal | undefined;
}

const MIXES: Mix[] = [
  {
    label: '',
    listEveryConnector: true,
    goals: (statements) => (statements === GOAL_SIZE ? { text: `≥ ${GOAL_RATE.toLocaleString('en-US')} stmt/s`, on: 'median', atLeast: GOAL_RATE } : undefined),
  },
  {
    label: ', none listing every connector',
    listEveryConnector: false,
    goals: (statements) => (statements === SIZES.at(-1) ? { text: `flat: ≥ ${FLAT_SHARE}× the ${SIZES[0]}-statement rate`, on: 'ratio', atLeast: FLAT_SHARE } : undefined),
  },
];

export const scriptRunBench: BenchGroup = {
  name: 'script',
  description: `running generated scripts of ${SIZES.join(', ')} statements in the simulator`,
  run: async (options) => runScriptBench(options),
};

interface Measured {
  statements: number;
  rate: Measurement;
  details: Record<string, number | string>;
}

async function runScriptBench(options: BenchOptions): Promise<BenchRow[]> {
  await timedRun(options.workDir, generateScript({ statements: 500, mistakes: 0, seed: 7 }), 'warmup');
  const rows: BenchRow[] = [];
  for (const mix of MIXES) {
    const measured: Measured[] = [];
    for (const statements of SIZES) measured.push(await measure(options, mix, statements));
    const smallest = measured[0];
    rows.push(...measured.map(({ statements, rate, details }): BenchRow => {
      const goal = mix.goals(statements);
      return {
        group: 'script',
        name: `run script, ${statements} statements${mix.label}`,
        ours: rate,
        ...(statements === SIZES.at(-1) && !Number.isNaN(rate.summary.median) ? { reference: { name: `${smallest.statements} statements`, ...smallest.rate } } : {}),
        ...(goal ? { goal } : {}),
        details,
      };
    }));
  }
  return rows;
}

async function measure(options: BenchOptions, mix: Mix, statements: number): Promise<Measured> {
  const text = generateScript({ statements, mistakes: 0, listEveryConnector: mix.listEveryConnector });
  // The largest script takes long enough that one run is all a bench can afford.
  const runs = options.quick || statements > GOAL_SIZE ? 1 : 3;
  options.log(`${statements} statements${mix.label}, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${runs} run${runs === 1 ? '' : 's'}`);
  const rates: number[] = [];
  let last: RunScriptResult | undefined;
  let stopped: string | undefined;
  for (let run = 0; run < runs && stopped === undefined; run++) {
    const { milliseconds, result } = await timedRun(options.workDir, text, `run-${statements}-${run}`);
    last = result;
    const limit = result.failures.find((failure) => /stopped the script/.test(failure.message));
    if (limit) stopped = `${failureText(limit)} (after ${(milliseconds / 1000).toFixed(1)} s)`;
    else rates.push(statements / (milliseconds / 1000));
    options.log(`  run ${run + 1}: ${stopped ?? `${rates.at(-1)?.toFixed(0)} stmt/s (${((milliseconds * 1000) / statements).toFixed(0)} µs a statement)`}, ${result.failures.length} failures`);
  }
  const failures = last?.failures ?? [];
  return {
    statements,
    rate: { unit: 'stmt/s', summary: summarize(rates) },
    details: {
      statements,
      failures: failures.length,
      'output lines': last ? last.output.split('\n').length : 0,
      ...(stopped ? { stopped } : failures.length > 0 ? { 'first failure': failureText(failures[0]) } : {}),
    },
  };
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
