// A fresh copy of test/vscode/fixture per run: the tests run scripts and move messages, which
// change the workspace, and the committed fixture must stay as it is.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

export function copyFixture() {
  const dir = mkdtempSync(join(tmpdir(), 'exconn-vscode-ws-'));
  const workspace = join(dir, 'contoso-test');
  cpSync(join(repoRoot, 'test', 'vscode', 'fixture'), workspace, { recursive: true });
  return { dir, workspace };
}
