// npm run fuzz -- [COUNT] [--target scripts|addressSpaces|messages] [--seed N]
//
// Runs COUNT cases (default 100,000) PER TARGET through the fuzz targets of this folder (all three
// unless --target names one), one fast-check run per target with the given or a random seed. A
// failing case is shrunk by fast-check, saved under test/fuzz/regressions/<target>/ (replayed by
// regressions.test.ts from then on) and the run goes on with the next target. Prints one table row
// per target: cases, failures, time, cases per second, seed. Exit code 1 when any property failed.
// Bounded and not part of `npm test`: a million script cases take minutes, not hours.

import fc from 'fast-check';
import { addressSpacesTarget } from './addressSpaces';
import type { FuzzTarget } from './fuzzTarget';
import { messagesTarget } from './messages';
import type { TargetName } from './regressionStore';
import { scriptsTarget } from './scripts';

/** Each target for a run of `count` cases (the message target batches up to 100 files per pass). */
const TARGETS: Record<TargetName, (count: number) => FuzzTarget<never>> = {
  scripts: () => scriptsTarget() as FuzzTarget<never>,
  addressSpaces: () => addressSpacesTarget() as FuzzTarget<never>,
  messages: (count) => messagesTarget(Math.max(1, Math.min(100, count))) as FuzzTarget<never>,
};

interface Options {
  count: number;
  targets: TargetName[];
  seed: number | undefined;
}

interface TargetReport {
  target: TargetName;
  cases: number;
  failures: number;
  seconds: number;
  seed: number;
  saved?: string;
}

const USAGE = 'Usage: npm run fuzz -- [COUNT] [--target scripts|addressSpaces|messages] [--seed N]';

function parseArguments(args: readonly string[]): Options {
  const options: Options = { count: 100_000, targets: Object.keys(TARGETS) as TargetName[], seed: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--target') options.targets = [targetName(args[++i])];
    else if (arg === '--seed') options.seed = integer(args[++i], '--seed');
    else if (arg === '--help' || arg === '-h') usage();
    else options.count = integer(arg.replace(/[_,]/g, ''), 'COUNT');
  }
  return options;
}

function targetName(value: string | undefined): TargetName {
  if (value !== undefined && value in TARGETS) return value as TargetName;
  return usage(`Unknown target ${String(value)}.`);
}

function integer(value: string | undefined, what: string): number {
  const parsed = Number(value);
  return Number.isSafeInteger(parsed) && /^-?\d+$/.test(value ?? '') ? parsed : usage(`${what} must be an integer, got ${String(value)}.`);
}

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(problem ? 2 : 0);
}

/** One fast-check run of `count` cases; on failure the shrunk counterexample is saved. */
async function runTarget<Case>(target: FuzzTarget<Case>, count: number, seed: number): Promise<TargetReport> {
  const checker = await target.open();
  const started = performance.now();
  try {
    const runs = Math.max(1, Math.ceil(count / target.casesPerRun));
    const details = await check(target, target.arbitrary, withProgress(target, runs, checker.check.bind(checker)), { numRuns: runs, seed });
    const seconds = (performance.now() - started) / 1000;
    const report: TargetReport = { target: target.name, cases: Math.min(details.numRuns * target.casesPerRun, count), failures: details.failed ? 1 : 0, seconds, seed };
    if (details.failed) report.saved = await reportFailure(target, details, checker.check.bind(checker));
    return report;
  } finally {
    await checker.close();
  }
}

/** Counts the runs and prints how far the target is every 15 seconds, so a long run shows it is alive. */
function withProgress<Case>(target: FuzzTarget<Case>, runs: number, predicate: (value: Case) => void | Promise<void>): (value: Case) => void | Promise<void> {
  const started = performance.now();
  let done = 0;
  let nextReport = started + 15_000;
  return (value) => {
    done++;
    const now = performance.now();
    if (now >= nextReport) {
      nextReport = now + 15_000;
      const cases = done * target.casesPerRun;
      console.log(`  ${target.name}: ${Math.min(done, runs) * target.casesPerRun} of ${runs * target.casesPerRun} cases, ${Math.round(cases / ((now - started) / 1000))} cases/s`);
    }
    return predicate(value);
  };
}

type Details<Case> = fc.RunDetails<[Case]>;

async function check<Case>(target: FuzzTarget<Case>, arbitrary: fc.Arbitrary<Case>, predicate: (value: Case) => void | Promise<void>, parameters: fc.Parameters<[Case]>): Promise<Details<Case>> {
  const property = target.async
    ? fc.asyncProperty(arbitrary, async (value) => { await predicate(value); })
    : fc.property(arbitrary, (value) => { void predicate(value); });
  return fc.check(property as fc.IRawProperty<[Case]>, parameters);
}

async function reportFailure<Case>(target: FuzzTarget<Case>, details: Details<Case>, predicate: (value: Case) => void | Promise<void>): Promise<string> {
  console.log(`\n${target.name}: property failed after ${details.numRuns} runs and ${details.numShrinks} shrinks (seed ${details.seed}, path ${details.counterexamplePath ?? ''})`);
  const shrunk = (details.counterexample as [Case])[0];
  if (!target.reducer) return saveFailure(target, shrunk, details.errorInstance);
  // Shrink again with context-free shrinking: character by character, or to fewer files.
  const reduced = await check(target, target.reducer, predicate, { numRuns: 1, examples: [[shrunk]] });
  if (!reduced.failed) return saveFailure(target, shrunk, details.errorInstance);
  const saved = saveFailure(target, (reduced.counterexample as [Case])[0], reduced.errorInstance);
  // Shrinking may wander from one failure to another; then the first one is kept too.
  return sameFailure(details.errorInstance, reduced.errorInstance) ? saved : `${saveFailure(target, shrunk, details.errorInstance)} and ${saved}`;
}

function saveFailure<Case>(target: FuzzTarget<Case>, counterexample: Case, error: unknown): string {
  const saved = target.save(counterexample);
  console.log(`  counterexample: ${truncate(target.describe(counterexample), 2000)}`);
  console.log(`  error: ${truncate(error instanceof Error ? (error.stack ?? error.message) : String(error), 4000)}`);
  console.log(`  saved to ${saved}`);
  return saved;
}

/** The same property failing, judged by the error's first line with its numbers and quoted parts left out. */
function sameFailure(a: unknown, b: unknown): boolean {
  const shape = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/"[^"]*"|\{[^}]*\}|\d+/g, '');
  return shape(a) === shape(b);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}... (${text.length} characters)`;
}

function printTable(reports: readonly TargetReport[]): void {
  const rows = [
    ['target', 'cases', 'failures', 'time (s)', 'cases/s', 'seed'],
    ...reports.map((r) => [r.target, r.cases.toLocaleString('en-US'), String(r.failures), r.seconds.toFixed(1), Math.round(r.cases / Math.max(r.seconds, 1e-3)).toLocaleString('en-US'), String(r.seed)]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  console.log('');
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
  for (const report of reports.filter((r) => r.saved)) console.log(`${report.target}: counterexample saved to ${report.saved}`);
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const reports: TargetReport[] = [];
  for (const name of options.targets) {
    const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
    console.log(`${name}: ${options.count.toLocaleString('en-US')} cases, seed ${seed}`);
    reports.push(await runTarget(TARGETS[name](options.count), options.count, seed));
  }
  printTable(reports);
  process.exitCode = reports.some((report) => report.failures > 0) ? 1 : 0;
}

void main();
