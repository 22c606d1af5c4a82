// For `--server contract`: an extension folder that is the repository's extension in every file
// (symlinks) except dist/server.js, which is the contract stand-in (test/vscode/contract-server).
// The product's files stay untouched; VS Code loads the staged folder as the extension under test.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

export function stageExtension({ dir, serverModule }) {
  const staged = join(dir, 'extension');
  mkdirSync(join(staged, 'dist'), { recursive: true });
  for (const entry of ['package.json', 'README.md', 'syntaxes', 'media', 'samples']) {
    symlinkSync(join(repoRoot, entry), join(staged, entry));
  }
  symlinkSync(join(repoRoot, 'dist', 'extension.js'), join(staged, 'dist', 'extension.js'));
  symlinkSync(serverModule, join(staged, 'dist', 'server.js'));
  return staged;
}
