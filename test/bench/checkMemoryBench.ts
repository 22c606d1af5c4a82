// Benchmark 5: `exconn check` of a 20 MB generated script (5 MB with --quick), peak memory and time,
// beside the whole-document analysis it used before long scripts were checked a region at a time
// (regionAnalysis.ts), run in the same way on the same file. Each figure is one child process, so
// its peak resident memory (getrusage's maxRSS) is its own.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkspace } from '../../server/src/core/analysis/workspaceChecks';
import { analyzeDocument } from '../../server/src/core/analysis/documentAnalysis';
import type { BenchGroup, BenchOptions } from './benchGroup';
import type { BenchRow } from './benchResult';
import { generateScript } from './scriptGenerator';
import { summarize } from './statistics';

const REPOSITORY = path.resolve(__dirname, '../..');
const CHILD = 'EXCONN_BENCH_WHOLE_CHECK';

/** Written beside the script: reports the process's peak memory and run time when it exits. */
const PRELOAD = `
const started = process.hrtime.bigint();
process.on('exit', () => {
  const report = { maxRssKb: process.resourceUsage().maxRSS, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  require('node:fs').writeFileSync(process.env.EXCONN_BENCH_REPORT, JSON.stringify(report));
});
`;

export const checkMemoryBench: BenchGroup = {
  name: 'check',
  description: 'exconn check of a 20 MB script: peak memory and time, beside the whole-document analysis',
  run: async (options) => runCheckMemoryBench(options),
};

/** In the reference child: the analysis as it was, one tree for the whole document. */
export function runWholeCheckIfChild(): boolean {
  const file = process.env[CHILD];
  if (!file) return false;
  const analysis = analyzeDocument(file, fs.readFileSync(file, 'utf8'));
  const workspace = checkWorkspace([analysis], { servers: ['Hub01', 'Hub02'], declaredServers: ['Hub01', 'Hub02'], simulatedConnectors: [] });
  process.stdout.write(`${analysis.findings.length + (workspace.get(file)?.length ?? 0)} finding(s)\n`);
  return true;
}

async function runCheckMemoryBench(options: BenchOptions): Promise<BenchRow[]> {
  const megabytes = options.quick ? 5 : 20;
  const script = writeScript(options.workDir, megabytes);
  const bytes = fs.statSync(script).size;
  options.log(`${(bytes / 1e6).toFixed(1)} MB script; one child process each`);
  const preload = path.join(options.workDir, 'report-peak.cjs');
  fs.writeFileSync(preload, PRELOAD);
  const ours = measure(options, preload, [path.join(REPOSITORY, 'dist', 'cli.js'), 'check', script], {});
  const theirs = measure(options, preload, [path.join(REPOSITORY, 'out', 'bench', 'run.js')], { [CHILD]: script });
  const details = { bytes };
  return [
    {
      group: 'check', name: `exconn check ${megabytes} MB: peak RSS`, details,
      ours: { unit: 'MB', summary: summarize([ours.maxRssKb / 1024]) },
      reference: { name: 'whole-document analysis', unit: 'MB', summary: summarize([theirs.maxRssKb / 1024]) },
      goal: megabytes === 20 ? { text: '< 600 MB', on: 'median', atMost: 600 } : undefined,
    },
    {
      group: 'check', name: `exconn check ${megabytes} MB: time`, details,
      ours: { unit: 'ms', summary: summarize([ours.ms]) },
      reference: { name: 'whole-document analysis', unit: 'ms', summary: summarize([theirs.ms]) },
    },
  ];
}

function writeScript(folder: string, megabytes: number): string {
  // The generator's statements average about 65 bytes; aim at the size, then take what it gives.
  const text = generateScript({ statements: Math.round((megabytes * 1e6) / 65), mistakes: 0.005 });
  fs.writeFileSync(path.join(folder, 'exconn.json'), JSON.stringify({ servers: ['Hub01', 'Hub02'], localServer: 'Hub01', acceptedDomains: ['contoso.com'] }));
  const file = path.join(folder, 'generated.ps1');
  fs.writeFileSync(file, text);
  return file;
}

function measure(options: BenchOptions, preload: string, args: string[], env: Record<string, string>): { maxRssKb: number; ms: number } {
  const report = path.join(options.workDir, `report-${Date.now()}.json`);
  const result = spawnSync(process.execPath, ['--require', preload, ...args], {
    cwd: options.workDir, env: { ...process.env, ...env, EXCONN_BENCH_REPORT: report }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  // exconn check exits 1 when the script has errors, as the generated one does.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return JSON.parse(fs.readFileSync(report, 'utf8')) as { maxRssKb: number; ms: number };
}
