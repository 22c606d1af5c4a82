// The Markdown a hover shows for a connector's name: where a script creates it, its settings as the
// scripts leave them (with the line that sets each), and what the simulator has saved for it.

import type { ForeignConnectorState } from '../model/foreignConnector';
import { connectorCandidate, Identities, identityQuery } from '../model/identity';
import { resolveConnector, type ResolvedConnector, type SourcePlace } from './connectorConfiguration';
import { connectorNamed, type WorkspaceView } from './workspaceView';

/** `name` as written at the cursor: a connector's name, or an -Identity (`Hub01\Fax`, a saved connector's GUID). */
export function connectorMarkdown(view: WorkspaceView, name: string): string {
  const named = connectorNamed(view, name);
  const resolved = named === undefined ? undefined : resolveConnector(view, named);
  const simulated = savedConnector(view, name);
  const parts = [`**${escapeMarkdown(name)}** — Foreign connector`];
  if (resolved) parts.push(...scriptSections(resolved));
  if (simulated) parts.push(simulatorSection(simulated));
  if (!resolved && !simulated) parts.push('No script in this workspace creates this connector, and the simulator has not saved one by this name.');
  return parts.join('\n\n');
}

function savedConnector(view: WorkspaceView, written: string): ForeignConnectorState | undefined {
  const query = identityQuery(written);
  if (query.wildcard) return undefined;
  return new Identities(view.simulatedConnectors.map((connector) => connectorCandidate(connector, view.directory))).match(query)[0];
}

function scriptSections(connector: ResolvedConnector): string[] {
  const sections = [connector.createdAt ? `Created in ${placeText(connector.createdAt)}.` : 'Not created by a script in this workspace.'];
  const rows = connector.settings.map((setting) => `| ${setting.name} | ${cell(setting.value)} | ${setting.setAt ? placeText(setting.setAt) : 'default'} |`);
  sections.push(['As the scripts configure it:', '', '| Property | Value | Set in |', '|---|---|---|', ...rows].join('\n'));
  if (connector.removedAt) sections.push(`Removed in ${placeText(connector.removedAt)}.`);
  return sections;
}

function simulatorSection(connector: ForeignConnectorState): string {
  const rows: [string, string][] = [
    ['AddressSpaces', connector.addressSpaces.join(', ')],
    ['SourceTransportServers', connector.sourceTransportServers.join(', ')],
    ['DropDirectory', connector.dropDirectory],
    ['Enabled', String(connector.enabled)],
    ['MaxMessageSize', String(connector.maxMessageSize)],
    ['DropDirectoryQuota', String(connector.dropDirectoryQuota)],
  ];
  return ['In the simulator (saved state):', '', '| Property | Value |', '|---|---|', ...rows.map(([key, value]) => `| ${key} | ${cell(value)} |`)].join('\n');
}

function placeText(place: SourcePlace): string {
  return `${fileName(place.uri)}:${place.line + 1}`;
}

export function fileName(uri: string): string {
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function cell(value: string): string {
  return value === '' ? '—' : escapeMarkdown(value).replace(/\|/g, '\\|');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
