// Benchmark 1: full diagnostics (parse, bind, validate, workspace checks, LSP ranges) of generated
// scripts of 1,000, 10,000 and 20,000 statements, beside tree-sitter-powershell parsing the same text
// in the same process. Also our cost per MB, to show that it grows linearly with the script.

import { checkDocuments } from '../../server/src/core/analysis';
import type { BenchGroup, BenchOptions } from './benchGroup';
import type { BenchRow } from './benchResult';
import { generateScript } from './scriptGenerator';
import { summarize } from './statistics';
import { sampleSync } from './timing';
import { loadTreeSitterPowerShell } from './treeSitter';

const SIZES = [1000, 10000, 20000];

export const parseBench: BenchGroup = {
  name: 'parse',
  description: 'full diagnostics of generated scripts vs tree-sitter-powershell parsing the same text',
  run: async (options) => runParseBench(options),
};

async function runParseBench(options: BenchOptions): Promise<BenchRow[]> {
  const treeSitter = await loadTreeSitterPowerShell();
  const rows: BenchRow[] = [];
  for (const statements of options.quick ? SIZES.slice(0, 2) : SIZES) {
    const text = generateScript({ statements, mistakes: 0.005 });
    const megabytes = Buffer.byteLength(text) / 1e6;
    const runs = options.quick ? 5 : statements >= 10000 ? 15 : 40;
    options.log(`${statements} statements, ${megabytes.toFixed(2)} MB, ${runs} runs each`);
    // Interleave ours and theirs so a slow patch of the machine hits both alike.
    const ours: number[] = [];
    const theirs: number[] = [];
    let found = 0;
    for (let round = 0; round < runs + 2; round++) {
      const [oursSample] = sampleSync({ runs: 1, warmup: 0 }, () => {
        found = checkDocuments([{ uri: 'file:///bench/generated.ps1', text }], { declaredServers: ['Hub01', 'Hub02'], servers: ['Hub01', 'Hub02'], simulatedConnectors: [] })[0].diagnostics.length;
      });
      const [theirSample] = sampleSync({ runs: 1, warmup: 0 }, () => treeSitter.parse(text));
      // The first two rounds warm the JIT and are not counted.
      if (round >= 2) {
        ours.push(oursSample);
        theirs.push(theirSample);
      }
    }
    const oursSummary = summarize(ours);
    rows.push({
      group: 'parse',
      name: `diagnostics, ${statements} statements`,
      ours: { unit: 'ms', summary: oursSummary },
      reference: { name: 'tree-sitter-powershell parse', unit: 'ms', summary: summarize(theirs) },
      goal: statements === 20000 ? { text: '≤ 1.0× tree-sitter', on: 'ratio', atMost: 1 } : undefined,
      details: { bytes: Buffer.byteLength(text), diagnostics: found },
    });
    rows.push({
      group: 'parse',
      name: `diagnostics per MB, ${statements} statements`,
      ours: { unit: 'ms/MB', summary: summarize(ours.map((milliseconds) => milliseconds / megabytes)) },
      reference: { name: 'tree-sitter per MB', unit: 'ms/MB', summary: summarize(theirs.map((milliseconds) => milliseconds / megabytes)) },
    });
  }
  return rows;
}
