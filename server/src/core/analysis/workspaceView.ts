// What an editor feature may know beyond the document it works on: the other analysed scripts of
// the same workspace (connectors they create), the servers the organization declares, and the
// connectors the simulator has saved. The language server assembles it from its workspace index;
// tests build it by hand.

import type { ForeignConnectorState } from '../simulator/foreignConnectors';
import type { DocumentAnalysis, NameOccurrence } from './documentAnalysis';

export interface WorkspaceView {
  /** Every analysed script of the document's workspace, the document itself included, in a stable order. */
  documents: readonly DocumentAnalysis[];
  /** Server names to offer (exconn.json's, or the default organization's). */
  servers: readonly string[];
  /** Connectors in the simulator's saved state. */
  simulatedConnectors: readonly ForeignConnectorState[];
}

/** A view of a single document, for callers without a workspace. */
export function singleDocumentView(analysis: DocumentAnalysis): WorkspaceView {
  return { documents: [analysis], servers: [], simulatedConnectors: [] };
}

/** The view with `analysis` in place of any older analysis of the same document. */
export function withDocument(view: WorkspaceView, analysis: DocumentAnalysis): WorkspaceView {
  const others = view.documents.filter((document) => document.uri !== analysis.uri);
  return { ...view, documents: [...others, analysis].sort((a, b) => compareUris(a.uri, b.uri)) };
}

export function compareUris(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ConnectorOccurrence extends NameOccurrence {
  uri: string;
  analysis: DocumentAnalysis;
  /** True where the name is given to a connector (New-/Set-ForeignConnector -Name), false where it is referenced. */
  declaration: boolean;
}

const key = (name: string) => name.trim().toLowerCase();

export function sameConnectorName(a: string, b: string): boolean {
  return key(a) === key(b);
}

/** Every place in the workspace where a connector name is given or referenced. */
export function connectorOccurrences(view: WorkspaceView): ConnectorOccurrence[] {
  return view.documents.flatMap((analysis) => [
    ...analysis.facts.connectorsCreated.map((occurrence) => ({ ...occurrence, uri: analysis.uri, analysis, declaration: true })),
    ...analysis.facts.connectorReferences.map((occurrence) => ({ ...occurrence, uri: analysis.uri, analysis, declaration: false })),
  ]);
}

/** Connector names known in the workspace: created by a script or saved by the simulator, first spelling wins. */
export function knownConnectorNames(view: WorkspaceView): string[] {
  const names = new Map<string, string>();
  for (const analysis of view.documents) {
    for (const created of analysis.facts.connectorsCreated) if (!names.has(key(created.name))) names.set(key(created.name), created.name);
  }
  for (const connector of view.simulatedConnectors) if (!names.has(key(connector.name))) names.set(key(connector.name), connector.name);
  return [...names.values()];
}
