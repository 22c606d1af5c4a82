// Architecture invariants of docs/architecture.md, checked on the real import graph: the layers
// import only downwards, the language server and the CLI reach the core only through its facades,
// the core loads no editor package, and no two modules need each other at load time.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importsOf, projectImports, REPOSITORY, runtimeCycles, type ImportEdge } from './importGraph';
import { LAYERS, layeringViolations } from './layers';

const PRODUCT_FOLDERS = ['server/src', 'client/src'];

function describeEdge(edge: ImportEdge): string {
  return `${edge.from} imports '${edge.specifier}'`;
}

describe('architecture: layering', () => {
  const edges = projectImports(PRODUCT_FOLDERS);

  it('reads the product\'s imports', () => {
    assert.ok(edges.length > 500, `only ${edges.length} imports found: the reader is broken`);
  });

  it('every import points down the layers, and lsp/cli use only the facades', () => {
    const broken = layeringViolations(edges).map((violation) => `${describeEdge(violation.edge)}: ${violation.rule}`);
    assert.deepEqual(broken, []);
  });

  it('gives every folder of the product a layer, so none goes unchecked', () => {
    const folders = ['server/src', 'server/src/core'].flatMap((parent) => fs.readdirSync(path.join(REPOSITORY, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && `${parent}/${entry.name}` !== 'server/src/core')
      .map((entry) => `${parent}/${entry.name}`));
    const layered = new Set(LAYERS.map((layer) => layer.folder));
    assert.deepEqual(folders.filter((folder) => !layered.has(folder)), []);
  });

  it('no run-time import cycle', () => {
    assert.deepEqual(runtimeCycles(edges).map((cycle) => cycle.join(' -> ')), []);
  });
});

describe('architecture: the layering check itself', () => {
  const exists = () => true;
  const edgesOf = (file: string, text: string) => importsOf(file, text, exists);
  const rulesBroken = (file: string, text: string) => layeringViolations(edgesOf(file, text)).map((violation) => violation.rule);

  it('fails when the core imports vscode or the LSP runtime', () => {
    assert.equal(rulesBroken('server/src/core/analysis/hover.ts', "import * as vscode from 'vscode';").length, 1);
    assert.equal(rulesBroken('server/src/core/catalog/x.ts', "import { createConnection } from 'vscode-languageserver/node';").length, 1);
    assert.deepEqual(rulesBroken('server/src/core/analysis/x.ts', "import type { Range } from 'vscode-languageserver-types';"), []);
  });

  it('fails when syntax imports the catalog, analysis or the simulator', () => {
    for (const target of ['../catalog/catalog', '../analysis/hover', '../simulator/state']) {
      assert.equal(rulesBroken('server/src/core/syntax/parser.ts', `import { x } from '${target}';`).length, 1, target);
    }
  });

  it('fails when analysis and the simulator import each other, even for types', () => {
    assert.equal(rulesBroken('server/src/core/analysis/x.ts', "import type { A } from '../simulator/state';").length, 1);
    assert.equal(rulesBroken('server/src/core/simulator/x.ts', "import { b } from '../analysis/binding';").length, 1);
  });

  it('fails when the language server or the CLI reaches past a facade', () => {
    assert.equal(rulesBroken('server/src/lsp/x.ts', "import { a } from '../core/analysis/hover';").length, 1);
    assert.equal(rulesBroken('server/src/cli/x.ts', "import { a } from '../core/syntax/parser';").length, 1);
    assert.deepEqual(rulesBroken('server/src/lsp/x.ts', "import { a } from '../core/analysis';"), []);
  });

  it('finds a run-time cycle and ignores one made only of type imports', () => {
    const cycle = [...edgesOf('a/x.ts', "import { y } from './y';"), ...edgesOf('a/y.ts', "import { x } from './x';")];
    assert.equal(runtimeCycles(cycle).length, 1);
    const typesOnly = [...edgesOf('a/x.ts', "import type { Y } from './y';"), ...edgesOf('a/y.ts', "import { type X } from './x';")];
    assert.deepEqual(runtimeCycles(typesOnly), []);
  });
});
