// Bundles the extension-host test suite (test/vscode/suite) into out/vscode-tests: one file per
// *.test.ts plus the mocha entry (index.js), CommonJS, with vscode and mocha left to the host; and
// the contract stand-in server.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './paths.mjs';

export const testsOutDir = join(repoRoot, 'out', 'vscode-tests');
export const contractServerModule = join(testsOutDir, 'contract-server', 'server.js');

export async function buildTests() {
  const suiteDir = join(repoRoot, 'test', 'vscode', 'suite');
  const entries = readdirSync(suiteDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(suiteDir, f));
  await esbuild.build({
    entryPoints: entries,
    outdir: testsOutDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha', 'mocha/*'],
    logLevel: 'warning',
  });
  // The contract stand-in server (see test/vscode/contract-server/server.ts), bundled like dist/server.js.
  await esbuild.build({
    entryPoints: [join(repoRoot, 'test', 'vscode', 'contract-server', 'server.ts')],
    outfile: contractServerModule,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  return join(testsOutDir, 'index.js');
}
