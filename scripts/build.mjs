// Bundles the three entry points with esbuild (shared options in bundleOptions.mjs).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { BUNDLE_OPTIONS } from './bundleOptions.mjs';

const production = process.argv.includes('--production');
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const common = {
  ...BUNDLE_OPTIONS,
  define: { EXCONN_VERSION: JSON.stringify(version) },
  sourcemap: production ? false : 'linked',
  minify: production,
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
