// The same workspace through the three faces a user meets: `exconn check` and `exconn run` (the
// bundled CLI, dist/cli.js) and the language server over stdio (dist/server.js). Consistency tests
// give each the same input and compare what they say.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspTestClient, REPOSITORY } from '../server/lspClient';

const CLI = path.join(REPOSITORY, 'dist/cli.js');

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/** Builds dist/ so the faces run the code under test. */
export function buildBundles(): void {
  const built = spawnSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
}

/** A temporary workspace with the given files (path relative to it, text). */
export function workspaceWith(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-consistency-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

export function exconn(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPOSITORY, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** `exconn check <script> --format json`: the script's diagnostics. */
export function checkDiagnostics(script: string): Diagnostic[] {
  const result = exconn('check', script, '--format', 'json');
  if (result.code === 2) throw new Error(`exconn check refused the input: ${result.err}`);
  const [report] = JSON.parse(result.out) as { diagnostics: Diagnostic[] }[];
  return report.diagnostics;
}

/**
 * The diagnostics the language server settles on for a script of the workspace, opened in an
 * editor. The server may publish before it has read the folder, so this waits for diagnostics that
 * `settled` accepts and otherwise returns the last ones published.
 */
export async function editorDiagnostics(workspace: string, script: string, settled: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  const { client } = await LspTestClient.start(pathToFileURL(workspace).href);
  const uri = pathToFileURL(script).href;
  let last: Diagnostic[] = [];
  try {
    await client.open(uri, fs.readFileSync(script, 'utf8'));
    return await client.waitForDiagnostics(uri, (diagnostics) => {
      last = diagnostics;
      return settled(diagnostics);
    }, 5000);
  } catch {
    return last;
  } finally {
    await client.stop();
  }
}

/** What the simulator saved in the workspace (.exconn/config.json). */
export function savedState(workspace: string): { connectors: Record<string, unknown>[] } {
  return JSON.parse(fs.readFileSync(path.join(workspace, '.exconn', 'config.json'), 'utf8')) as { connectors: Record<string, unknown>[] };
}
