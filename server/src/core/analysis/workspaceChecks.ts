// Findings that need every document of the checked set: a connector created twice, a connector
// named that no script creates, a server that exconn.json does not declare.

import type { DocumentAnalysis, NameOccurrence } from './documentAnalysis';
import type { Finding } from '../binding/finding';

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

/**
 * An occurrence's comparison key (trimmed, lower case). The checks run on every publish over every
 * fact of the folder (17,000 in the 1 MB script), and an edit keeps most occurrences (the same
 * objects), so each is keyed once. Keyed by occurrence, not by name: a name may be a slice of its
 * version's whole text, which a cache by name would keep alive after the document moved on.
 */
const keys = new WeakMap<NameOccurrence, string>();
function keyOf(occurrence: NameOccurrence): string {
  let found = keys.get(occurrence);
  if (found === undefined) keys.set(occurrence, (found = key(occurrence.name)));
  return found;
}

/** A server name's key without its domain ("hub01.contoso.com" is "hub01"). */
const hosts = new WeakMap<NameOccurrence, string>();
function hostKeyOf(occurrence: NameOccurrence): string {
  let found = hosts.get(occurrence);
  if (found === undefined) hosts.set(occurrence, (found = keyOf(occurrence).split('.')[0]));
  return found;
}

/** The first creation of a name wins; a later one is a duplicate unless the name was removed in between (same document). */
function checkDuplicateConnectors(documents: readonly DocumentAnalysis[], add: Add): void {
  const firstCreation = new Map<string, { uri: string; occurrence: NameOccurrence }>();
  for (const document of documents) {
    const events = [
      ...document.facts.connectorsCreated.filter(isNewConnector).map((occurrence) => ({ occurrence, removed: false })),
      ...document.facts.connectorsRemoved.map((occurrence) => ({ occurrence, removed: true })),
    ].sort((a, b) => a.occurrence.range.start - b.occurrence.range.start);
    for (const { occurrence, removed } of events) {
      const name = keyOf(occurrence);
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
  return occurrence.command.name.text.slice(0, 4).toLowerCase() === 'new-';
}

function checkConnectorReferences(documents: readonly DocumentAnalysis[], context: WorkspaceContext, add: Add): void {
  const known = new Set((context.existingConnectors ?? []).map(key));
  for (const document of documents) for (const created of document.facts.connectorsCreated) known.add(keyOf(created));
  for (const document of documents) {
    for (const reference of document.facts.connectorReferences) {
      if (known.has(keyOf(reference)) || reference.name.includes('*') || reference.name.includes('?')) continue;
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
      if (declared.has(keyOf(reference)) || declared.has(hostKeyOf(reference))) continue;
      add(document.uri, {
        code: 'unknown-server',
        range: reference.range,
        message: `exconn.json declares no server named '${reference.name}' (it declares ${list}). Fix the name, or add the server to exconn.json.`,
        data: { name: reference.name },
      });
    }
  }
}
