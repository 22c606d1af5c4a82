// Findings that need every document of the checked set: a connector created twice, a connector
// named that no script creates, a server that exconn.json does not declare (or, without one, a
// server named for the first time), a cmdlet or parameter
// the target Exchange version lacks, an absolute Drop directory after the script set its root, two
// Receive connectors on one server with the same binding and colliding remote ranges, a path the
// simulator would have to map outside the workspace.

import type { CommandBinding } from '../binding/binding';
import { versionFindings } from '../binding/versionFindings';
import { DEFAULT_EXCHANGE_VERSION } from '../catalog/exchangeVersions';
import { declaredServerName, newServerWarning } from '../model/serverNames';
import { NO_WORKSPACE_FACTS, type WorkspaceFacts } from '../model/workspaceFacts';
import type { DocumentAnalysis, NameOccurrence } from './documentAnalysis';
import type { Finding } from '../binding/finding';
import { checkVersions } from './versionChecks';
import { checkDropDirectoriesUnderRoot, dropRootBindingFilter } from './parameterRuleCheck';
import { checkReceiveConnectorBindings, readsReceiveConnectorBinding } from './receiveConnectorCheck';
import { connectorIdentities, occurrenceKey, occurrenceQuery } from './workspaceView';
import { checkWorkspacePaths, readsWorkspacePath } from './workspacePathCheck';

/** Findings per document URI, in addition to each document's own. */
export function checkWorkspace(documents: readonly DocumentAnalysis[], facts: WorkspaceFacts = NO_WORKSPACE_FACTS): Map<string, Finding[]> {
  const result = new Map<string, Finding[]>(documents.map((document) => [document.uri, []]));
  const add = (uri: string, finding: Finding) => result.get(uri)?.push(finding);
  checkDuplicateConnectors(documents, add);
  checkConnectorReferences(documents, facts, add);
  checkServers(documents, facts, add);
  checkNewServers(documents, facts, add);
  checkVersions(documents, facts.exchangeVersion, add);
  for (const document of documents) for (const finding of checkDropDirectoriesUnderRoot(document)) add(document.uri, finding);
  checkReceiveConnectorBindings(documents, add);
  for (const document of documents) for (const finding of checkWorkspacePaths(document, facts)) add(document.uri, finding);
  return result;
}

/**
 * For a long script analysed a region at a time (regionAnalysis.ts): a filter over its bindings, in
 * order, keeping those the checks above read, so the rest of its syntax tree can be let go.
 */
export function workspaceBindingFilter(facts: WorkspaceFacts = NO_WORKSPACE_FACTS): (binding: CommandBinding) => boolean {
  const dropRoot = dropRootBindingFilter();
  const target = facts.exchangeVersion ?? DEFAULT_EXCHANGE_VERSION;
  const pathsChecked = facts.checkWorkspacePath !== undefined;
  // Every binding goes through the drop-root filter, which follows the order of the script.
  return (binding) => [dropRoot(binding), readsReceiveConnectorBinding(binding), pathsChecked && readsWorkspacePath(binding), versionFindings(binding, target).length > 0].some(Boolean);
}

type Add = (uri: string, finding: Finding) => void;

/** The first creation of a name wins; a later one is a duplicate unless the name was removed in between (same document). */
function checkDuplicateConnectors(documents: readonly DocumentAnalysis[], add: Add): void {
  const firstCreation = new Map<string, { uri: string; occurrence: NameOccurrence }>();
  for (const document of documents) {
    const events = [
      ...document.facts.connectorsCreated.filter(isNewConnector).map((occurrence) => ({ occurrence, removed: false })),
      ...document.facts.connectorsRemoved.map((occurrence) => ({ occurrence, removed: true })),
    ].sort((a, b) => a.occurrence.range.start - b.occurrence.range.start);
    for (const { occurrence, removed } of events) {
      // A removal names the connector as an identity does (`Hub01\Fax` removes `Fax`).
      const name = removed ? occurrenceQuery(occurrence).name : occurrenceKey(occurrence);
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

/** A reference is known when it names what the cmdlet would find: a connector a script creates or the simulator saved. */
function checkConnectorReferences(documents: readonly DocumentAnalysis[], facts: WorkspaceFacts, add: Add): void {
  const identities = connectorIdentities({ ...facts, documents });
  for (const document of documents) {
    for (const reference of document.facts.connectorReferences) {
      // As for Get-: a wildcard that matches nothing is no error.
      if (identities.all(occurrenceQuery(reference)).kind !== 'notFound') continue;
      add(document.uri, {
        code: 'unknown-connector',
        range: reference.range,
        message: `No script in the checked set creates a connector named '${reference.name}'. Check the name, or create it with New-ForeignConnector -Name "${reference.name}".`,
        data: { name: reference.name },
      });
    }
  }
}

function checkServers(documents: readonly DocumentAnalysis[], facts: WorkspaceFacts, add: Add): void {
  if (!facts.declaredServers) return;
  const declared = facts.declaredServers;
  const domain = facts.directory?.domain;
  const list = declared.join(', ');
  for (const document of documents) {
    for (const reference of document.facts.serverReferences) {
      if (declaredServerName(declared, reference.name, domain) !== undefined) continue;
      add(document.uri, {
        code: 'unknown-server',
        range: reference.range,
        message: `exconn.json declares no server named '${reference.name}' (it declares ${list}). Fix the name, or add the server to exconn.json.`,
        data: { name: reference.name },
      });
    }
  }
}

/**
 * Without exconn.json any server name is accepted, as the run accepts it; the first mention of a
 * name not known so far (the default server, the saved state's, those named before in the checked
 * set, in order) gets the warning the run gives, so a misspelt Hub2 beside Hub02 is seen.
 */
function checkNewServers(documents: readonly DocumentAnalysis[], facts: WorkspaceFacts, add: Add): void {
  if (!facts.serversInUse) return;
  const known = [...facts.serversInUse];
  const domain = facts.directory?.domain;
  for (const document of documents) {
    for (const reference of document.facts.serverReferences) {
      if (reference.name.trim() === '' || declaredServerName(known, reference.name, domain) !== undefined) continue;
      add(document.uri, { code: 'new-server', range: reference.range, message: newServerWarning(reference.name, known), data: { name: reference.name } });
      known.push(reference.name);
    }
  }
}
