// The layering rules of docs/architecture.md as data, and the check that reports every import that
// breaks them. The test beside this file runs the check on the real source tree; its own cases show
// that each rule fires on a made-up violation.

import type { ImportEdge } from './importGraph';

/** A folder of the product and the folders it may import from (besides itself). */
export interface Layer {
  folder: string;
  mayImport: readonly string[];
  /** When set, the only files of other layers it may import (the facades). */
  onlyThrough?: readonly string[];
}

const CORE = 'server/src/core';
const ANALYSIS_FACADE = `${CORE}/analysis/index.ts`;
const SIMULATOR_FACADE = `${CORE}/simulator/index.ts`;
const PROTOCOL = 'server/src/protocol';

/** syntax -> catalog -> model, binding -> analysis | simulator -> lsp | cli, as the code map says. */
export const LAYERS: readonly Layer[] = [
  { folder: `${CORE}/syntax`, mayImport: [] },
  { folder: `${CORE}/values`, mayImport: [] },
  { folder: `${CORE}/addressSpace`, mayImport: [`${CORE}/values`] },
  { folder: `${CORE}/catalog`, mayImport: [`${CORE}/addressSpace`, `${CORE}/values`] },
  { folder: `${CORE}/model`, mayImport: [`${CORE}/catalog`, `${CORE}/addressSpace`, `${CORE}/values`] },
  { folder: `${CORE}/binding`, mayImport: [`${CORE}/syntax`, `${CORE}/catalog`, `${CORE}/model`, `${CORE}/addressSpace`, `${CORE}/values`] },
  { folder: `${CORE}/analysis`, mayImport: [`${CORE}/syntax`, `${CORE}/catalog`, `${CORE}/model`, `${CORE}/binding`, `${CORE}/addressSpace`, `${CORE}/values`] },
  { folder: `${CORE}/simulator`, mayImport: [`${CORE}/syntax`, `${CORE}/catalog`, `${CORE}/model`, `${CORE}/binding`, `${CORE}/addressSpace`, `${CORE}/values`, PROTOCOL] },
  { folder: PROTOCOL, mayImport: [] },
  { folder: 'server/src/lsp', mayImport: [`${CORE}/analysis`, `${CORE}/simulator`, PROTOCOL, 'server/src/cli'], onlyThrough: [ANALYSIS_FACADE, SIMULATOR_FACADE, PROTOCOL] },
  { folder: 'server/src/cli', mayImport: [`${CORE}/analysis`, `${CORE}/simulator`, PROTOCOL, 'server/src/lsp'], onlyThrough: [ANALYSIS_FACADE, SIMULATOR_FACADE, PROTOCOL] },
  { folder: 'server/src/server.ts', mayImport: ['server/src/lsp', 'server/src/cli', `${CORE}/analysis`, `${CORE}/simulator`, PROTOCOL], onlyThrough: [ANALYSIS_FACADE, SIMULATOR_FACADE, PROTOCOL] },
  { folder: 'server/src/cli.ts', mayImport: ['server/src/cli', 'server/src/lsp', `${CORE}/analysis`, `${CORE}/simulator`, PROTOCOL], onlyThrough: [ANALYSIS_FACADE, SIMULATOR_FACADE, PROTOCOL] },
  { folder: 'client/src', mayImport: [PROTOCOL] },
];

/** Packages of the editor and of the LSP runtime, which the core must never load. The types-only
 * `vscode-languageserver-types` is allowed: it describes LSP values and runs nowhere. */
const EDITOR_PACKAGES = /^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(\/|$)/;

export interface Violation {
  edge: ImportEdge;
  rule: string;
}

function layerOf(file: string, layers: readonly Layer[]): Layer | undefined {
  return layers.find((layer) => file === layer.folder || file.startsWith(`${layer.folder}/`));
}

function inFolder(file: string, folder: string): boolean {
  return file === folder || file.startsWith(`${folder}/`) || file === `${folder}.ts`;
}

/** Every import that breaks a rule, with the rule it breaks. */
export function layeringViolations(edges: readonly ImportEdge[], layers: readonly Layer[] = LAYERS): Violation[] {
  const violations: Violation[] = [];
  for (const edge of edges) {
    const rule = brokenRule(edge, layers);
    if (rule) violations.push({ edge, rule });
  }
  return violations;
}

function brokenRule(edge: ImportEdge, layers: readonly Layer[]): string | undefined {
  if (edge.external) {
    return inFolder(edge.from, CORE) && EDITOR_PACKAGES.test(edge.to) ? `the core never imports editor or LSP runtime packages (${edge.to})` : undefined;
  }
  const from = layerOf(edge.from, layers);
  const to = layerOf(edge.to, layers);
  if (!from || !to || from === to) return undefined;
  if (!from.mayImport.some((folder) => inFolder(edge.to, folder))) return `${from.folder} may not import ${to.folder}`;
  if (from.onlyThrough && !from.onlyThrough.some((allowed) => inFolder(edge.to, allowed)) && inFolder(edge.to, CORE)) {
    return `${from.folder} reaches the core only through its facades (${from.onlyThrough.filter((allowed) => inFolder(allowed, CORE)).join(', ')})`;
  }
  return undefined;
}
