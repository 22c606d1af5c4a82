// Prints the benchmark rows as one aligned table and writes them as JSON, so a run can be read at a
// glance and compared with another commit's `bench/results.json`.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goalMet, ratioOf, type BenchRow, type Measurement } from './benchResult';

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['benchmark', 'ours median', 'ours p99', 'reference', 'ref median', 'ref p99', 'ours/ref', 'goal', 'met'];
  const lines = rows.map((row) => {
    const ratio = ratioOf(row);
    const met = goalMet(row);
    return [
      `${row.group}: ${row.name}`,
      figure(row.ours, 'median'),
      figure(row.ours, 'p99'),
      row.reference?.name ?? '',
      row.reference ? figure(row.reference, 'median') : '',
      row.reference ? figure(row.reference, 'p99') : '',
      ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
      row.goal?.text ?? '',
      met === undefined ? '' : met ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const render = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(render)].join('\n');
}

function figure(measurement: Measurement, which: 'median' | 'p99'): string {
  const value = measurement.summary[which];
  if (Number.isNaN(value)) return '';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${measurement.unit}`;
}

export interface ResultsFile {
  date: string;
  commit: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; memoryGiB: number };
  rows: (BenchRow & { ratio?: number; goalMet?: boolean })[];
}

export function writeResults(file: string, rows: readonly BenchRow[]): ResultsFile {
  const results: ResultsFile = {
    date: new Date().toISOString(),
    commit: currentCommit(),
    machine: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    },
    rows: rows.map((row) => ({ ...row, ratio: ratioOf(row), goalMet: goalMet(row) })),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

function currentCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}
