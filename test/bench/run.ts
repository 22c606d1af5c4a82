// `npm run bench`: runs every benchmark group (or those named with --only), prints one table with our
// figures beside the reference measured in the same run, and writes bench/results.json.
//
//   npm run bench                      all groups
//   npm run bench -- --only parse,lsp  some groups
//   npm run bench -- --quick           fewer runs and smaller inputs
//   npm run bench -- --out FILE        write the JSON elsewhere

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchRow } from './benchResult';
import type { BenchGroup } from './benchGroup';
import { formatTable, writeResults } from './report';
import { runWholeCheckIfChild } from './checkMemoryBench';
import { BENCH_GROUPS } from './groups';

const REPOSITORY = path.resolve(__dirname, '../..');

interface Arguments {
  only?: string[];
  quick: boolean;
  out: string;
}

function parseArguments(argv: readonly string[]): Arguments {
  const parsed: Arguments = { quick: false, out: path.join(REPOSITORY, 'bench/results.json') };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--quick') parsed.quick = true;
    else if (argument === '--only') parsed.only = (argv[++index] ?? '').split(',').filter(Boolean);
    else if (argument === '--out') parsed.out = path.resolve(argv[++index] ?? '');
    else throw new Error(`unknown argument ${argument}; use --only GROUP[,GROUP], --quick or --out FILE`);
  }
  return parsed;
}

function selectGroups(only: readonly string[] | undefined): BenchGroup[] {
  if (!only) return BENCH_GROUPS;
  const names = BENCH_GROUPS.map((group) => group.name);
  const unknown = only.filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`unknown benchmark group ${unknown.join(', ')}; the groups are ${names.join(', ')}`);
  return BENCH_GROUPS.filter((group) => only.includes(group.name));
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const groups = selectGroups(options.only);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const rows: BenchRow[] = [];
  for (const group of groups) {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `exconn-bench-${group.name}-`));
    log(`[bench] ${group.name}: ${group.description}`);
    try {
      rows.push(...(await group.run({ quick: options.quick, workDir, log: (line) => log(`[bench] ${group.name}: ${line}`) })));
    } finally {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  }
  process.stdout.write(`${formatTable(rows)}\n`);
  writeResults(options.out, rows);
  process.stdout.write(`\nFigures written to ${path.relative(process.cwd(), options.out) || options.out}\n`);
}

// The check group runs this bundle again as its reference child; then only that runs.
if (!runWholeCheckIfChild()) main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
