// docs/architecture.md stays true to the tree: every product folder has its own section in the code
// map, every section names a folder that exists, and every test an invariant cites exists (so an
// invariant cannot outlive the test that keeps it).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPOSITORY } from './importGraph';

const doc = fs.readFileSync(path.join(REPOSITORY, 'docs/architecture.md'), 'utf8');

/** The folders a code-map heading names: `### \`server/src/core/syntax\``. */
function mappedFolders(): string[] {
  return [...doc.matchAll(/^### `([^`]+)`$/gm)].map((match) => match[1]);
}

function foldersBelow(folder: string): string[] {
  return fs.readdirSync(path.join(REPOSITORY, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${folder}/${entry.name}`);
}

describe('docs/architecture.md', () => {
  it('has a code-map section for every folder of server/src and server/src/core', () => {
    const mapped = new Set(mappedFolders());
    const folders = [...foldersBelow('server/src').filter((folder) => folder !== 'server/src/core'), ...foldersBelow('server/src/core'), 'client/src', 'test'];
    assert.deepEqual(folders.filter((folder) => !mapped.has(folder)), []);
  });

  it('maps only folders that exist', () => {
    assert.deepEqual(mappedFolders().filter((folder) => !fs.existsSync(path.join(REPOSITORY, folder))), []);
  });

  it('cites for every invariant a test that exists', () => {
    const invariants = doc.split(/\n\n/).filter((paragraph) => paragraph.startsWith('**Architecture invariant:**'));
    assert.ok(invariants.length >= 10, `only ${invariants.length} invariants found`);
    for (const invariant of invariants) {
      const cited = [...invariant.matchAll(/`(test\/[^`]+\.test\.ts)`/g)].map((match) => match[1]);
      assert.ok(cited.length > 0, `cites no test: ${invariant.slice(0, 80)}`);
      for (const file of cited) assert.ok(fs.existsSync(path.join(REPOSITORY, file)), `${file} does not exist`);
    }
  });
});
