// `npm run bench`: bundles the benchmark runner with esbuild, as the shipped server and CLI are
// bundled, so the figures measure the code users run (not tsx's on-the-fly transform, which adds
// helpers of its own), then runs it with the arguments given after `--`.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { BUNDLE_OPTIONS } from './bundleOptions.mjs';

await esbuild.build({
  entryPoints: ['test/bench/run.ts'],
  outfile: 'out/bench/run.js',
  ...BUNDLE_OPTIONS,
  sourcemap: 'linked',
  // Native bindings load from node_modules as they are.
  external: ['tree-sitter', 'tree-sitter-powershell'],
});

const result = spawnSync(process.execPath, ['--enable-source-maps', 'out/bench/run.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
