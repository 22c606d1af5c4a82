// What an editor feature may know beyond the document it works on: the other analysed scripts of
// the same workspace (connectors they create), the servers the organization declares, and the
// connectors the simulator has saved. The language server assembles it from its workspace index;
// tests build it by hand.

import { connectorCandidate, identityQuery, Identities, nameKey, type IdentityCandidate, type IdentityQuery } from '../model/identity';
import { NO_WORKSPACE_FACTS, type WorkspaceFacts } from '../model/workspaceFacts';
import type { DocumentAnalysis, NameOccurrence } from './documentAnalysis';

export interface WorkspaceView extends WorkspaceFacts {
  /** Every analysed script of the document's workspace, the document itself included, in a stable order. */
  documents: readonly DocumentAnalysis[];
}

/** A view of a single document, for callers without a workspace. */
export function singleDocumentView(analysis: DocumentAnalysis): WorkspaceView {
  return { ...NO_WORKSPACE_FACTS, documents: [analysis] };
}

export function compareUris(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ConnectorOccurrence extends NameOccurrence {
  uri: string;
  analysis: DocumentAnalysis;
  /** True where the name is given to a connector (New-/Set-ForeignConnector -Name), false where it is referenced. */
  declaration: boolean;
  /** The key (nameKey) of the connector it names; undefined for a wildcard identity, which names no one connector. */
  connector?: string;
}

/**
 * An occurrence's name key and identity query, worked out once. The checks run on every publish over
 * every fact of the folder (17,000 in the 1 MB script), and an edit keeps most occurrences (the same
 * objects). Keyed by occurrence, not by name: a name may be a slice of its version's whole text,
 * which a cache by name would keep alive after the document moved on.
 */
const keys = new WeakMap<NameOccurrence, string>();
export function occurrenceKey(occurrence: NameOccurrence): string {
  let found = keys.get(occurrence);
  if (found === undefined) keys.set(occurrence, (found = nameKey(occurrence.name)));
  return found;
}

const queries = new WeakMap<NameOccurrence, IdentityQuery>();
export function occurrenceQuery(occurrence: NameOccurrence): IdentityQuery {
  let found = queries.get(occurrence);
  if (found === undefined) queries.set(occurrence, (found = identityQuery(occurrence.name)));
  return found;
}

/** Connector names known in the workspace: created by a script or saved by the simulator, by key, first spelling wins. */
function spellings(view: WorkspaceView): Map<string, string> {
  const names = new Map<string, string>();
  for (const analysis of view.documents) {
    for (const created of analysis.facts.connectorsCreated) if (!names.has(occurrenceKey(created))) names.set(occurrenceKey(created), created.name);
  }
  for (const connector of view.simulatedConnectors) if (!names.has(nameKey(connector.name))) names.set(nameKey(connector.name), connector.name);
  return names;
}

/** Connector names known in the workspace: created by a script or saved by the simulator, first spelling wins. */
export function knownConnectorNames(view: WorkspaceView): string[] {
  return [...spellings(view).values()];
}

/**
 * What an -Identity can name, as the cmdlets resolve it: a connector a script creates (by name only,
 * as the editor knows no more of it) or one the simulator saved (by name, GUID or distinguished
 * name). Each item is the connector's name as first spelled.
 */
export function connectorIdentities(view: WorkspaceView): Identities<string> {
  const names = spellings(view);
  const created: IdentityCandidate<string>[] = [...names.values()].map((name) => ({ item: name, name }));
  const saved = view.simulatedConnectors.map((connector) => ({ ...connectorCandidate(connector, view.directory), item: names.get(nameKey(connector.name)) ?? connector.name }));
  return new Identities([...created, ...saved]);
}

/** The name of the connector a written identity names (the first, should several match), or undefined. */
export function connectorNamed(view: WorkspaceView, written: string): string | undefined {
  const query = identityQuery(written);
  return query.wildcard ? undefined : connectorIdentities(view).match(query)[0];
}

/** Every place in the workspace where a connector name is given or referenced, with the connector it names. */
export function connectorOccurrences(view: WorkspaceView): ConnectorOccurrence[] {
  const identities = connectorIdentities(view);
  const named = (occurrence: NameOccurrence): string | undefined => {
    const query = occurrenceQuery(occurrence);
    if (query.wildcard) return undefined;
    const found = identities.match(query)[0];
    // A name no script creates still groups its references together.
    return found === undefined ? query.name : nameKey(found);
  };
  return view.documents.flatMap((analysis) => [
    ...analysis.facts.connectorsCreated.map((occurrence) => ({ ...occurrence, uri: analysis.uri, analysis, declaration: true, connector: occurrenceKey(occurrence) })),
    ...analysis.facts.connectorReferences.map((occurrence) => ({ ...occurrence, uri: analysis.uri, analysis, declaration: false, connector: named(occurrence) })),
  ]);
}
