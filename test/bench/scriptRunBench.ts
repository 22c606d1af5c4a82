// Benchmark 4: running a generated 10,000-statement connector script in the simulator against a
// workspace with the servers Hub01 and Hub02, from an empty configuration each time. No reference
// exists for this (nothing else runs Exchange Management Shell scripts offline), so the row has only
// our figure; the statement count and the failures are kept beside it, since a run where statements
// fail measures a different amount of work.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runScript } from '../../server/src/core/simulator';
import type { BenchGroup, BenchOptions } from './benchGroup';
import type { BenchRow } from './benchResult';
import { generateScript } from './scriptGenerator';
import { summarize } from './statistics';
import { type RunScriptResult } from '../../server/src/core/simulator/runScript';

const STATEMENTS = 10000;

export const scriptRunBench: BenchGroup = {
  name: 'script',
  description: `running a generated ${STATEMENTS}-statement script in the simulator`,
  run: async (options) => runScriptBench(options),
};

async function runScriptBench(options: BenchOptions): Promise<BenchRow[]> {
  const text = generateScript({ statements: STATEMENTS, mistakes: 0 });
  const runs = options.quick ? 1 : 3;
  options.log(`${STATEMENTS} statements, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${runs} runs`);
  await timedRun(options.workDir, generateScript({ statements: 500, mistakes: 0, seed: 7 }), 'warmup');
  const rates: number[] = [];
  let last: RunScriptResult | undefined;
  for (let run = 0; run < runs; run++) {
    const { milliseconds, result } = await timedRun(options.workDir, text, `run-${run}`);
    rates.push(STATEMENTS / (milliseconds / 1000));
    last = result;
    options.log(`  run ${run + 1}: ${rates.at(-1)?.toFixed(0)} stmt/s, ${result.failures.length} failures`);
  }
  const failures = last?.failures ?? [];
  return [{
    group: 'script',
    name: `run script, ${STATEMENTS} statements`,
    ours: { unit: 'stmt/s', summary: summarize(rates) },
    details: { statements: STATEMENTS, failures: failures.length, ...(failures.length > 0 ? { 'first failure': failureText(failures[0]) } : {}) },
  }];
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
