// Findings that need every document of the checked set: a connector created twice, a connector
// named that no script creates, a server that exconn.json does not declare.

import type { DocumentAnalysis, NameOccurrence } from './documentAnalysis';
import type { Finding } from './diagnostic';

export interface WorkspaceContext {
  /** Server names from exconn.json; undefined when the workspace declares none (no server check). */
  servers?: readonly string[];
  /** Connectors that already exist in the simulator's state, so referencing them is fine. */
  existingConnectors?: readonly string[];
}

/** Findings per document URI, in addition to each document's own. */
export function checkWorkspace(documents: readonly DocumentAnalysis[], context: WorkspaceContext = {}): Map<string, Finding[]> {
  const result = new Map<string, Finding[]>(documents.map((document) => [document.uri, []]));
  const add = (uri: string, finding: Finding) => result.get(uri)?.push(finding);
  checkDuplicateConnectors(documents, add);
  checkConnectorReferences(documents, context, add);
  checkServers(documents, context, add);
  return result;
}

type Add = (uri: string, finding: Finding) => void;
const key = (name: string) => name.trim().toLowerCase();

/** The first creation of a name wins; a later one is a duplicate unless the name was removed in between (same document). */
function checkDuplicateConnectors(documents: readonly DocumentAnalysis[], add: Add): void {
  const firstCreation = new Map<string, { uri: string; occurrence: NameOccurrence }>();
  for (const document of documents) {
    const events = [
      ...document.facts.connectorsCreated.filter(isNewConnector).map((occurrence) => ({ occurrence, removed: false })),
      ...document.facts.connectorsRemoved.map((occurrence) => ({ occurrence, removed: true })),
    ].sort((a, b) => a.occurrence.range.start - b.occurrence.range.start);
    for (const { occurrence, removed } of events) {
      const name = key(occurrence.name);
      if (removed) {
        firstCreation.delete(name);
        continue;
      }
      const first = firstCreation.get(name);
      if (!first) {
        firstCreation.set(name, { uri: document.uri, occurrence });
        continue;
      }
      const where = first.uri === document.uri ? 'earlier in this script' : `in ${first.uri}`;
      add(document.uri, {
        code: 'duplicate-connector',
        range: occurrence.range,
        message: `A connector named '${occurrence.name}' is already created ${where}. Choose another name, or change the existing one with Set-ForeignConnector.`,
        data: { name: occurrence.name },
      });
    }
  }
}

function isNewConnector(occurrence: NameOccurrence): boolean {
  return /^New-/i.test(occurrence.command.name.text);
}

function checkConnectorReferences(documents: readonly DocumentAnalysis[], context: WorkspaceContext, add: Add): void {
  const known = new Set((context.existingConnectors ?? []).map(key));
  for (const document of documents) for (const created of document.facts.connectorsCreated) known.add(key(created.name));
  for (const document of documents) {
    for (const reference of document.facts.connectorReferences) {
      if (known.has(key(reference.name)) || /[*?]/.test(reference.name)) continue;
      add(document.uri, {
        code: 'unknown-connector',
        range: reference.range,
        message: `No script in the checked set creates a connector named '${reference.name}'. Check the name, or create it with New-ForeignConnector -Name "${reference.name}".`,
        data: { name: reference.name },
      });
    }
  }
}

function checkServers(documents: readonly DocumentAnalysis[], context: WorkspaceContext, add: Add): void {
  if (!context.servers) return;
  const declared = new Set(context.servers.map(key));
  const list = context.servers.join(', ');
  for (const document of documents) {
    for (const reference of document.facts.serverReferences) {
      const name = key(reference.name).split('.')[0];
      if (declared.has(key(reference.name)) || declared.has(name)) continue;
      add(document.uri, {
        code: 'unknown-server',
        range: reference.range,
        message: `exconn.json declares no server named '${reference.name}' (it declares ${list}). Fix the name, or add the server to exconn.json.`,
        data: { name: reference.name },
      });
    }
  }
}
