// What the checks and completion need from a workspace folder besides its scripts: the servers
// exconn.json declares (the default organization's when there is no exconn.json) and the connectors
// the simulator has saved. An unreadable exconn.json or state counts as absent; the simulator
// commands report those problems when they run.

import type { FolderContext } from '../core/analysis/workspaceIndex';
import type { ForeignConnectorState } from '../core/simulator/foreignConnectors';
import { defaultOrganization, loadOrganization, serverNames, type Organization } from '../core/simulator/organization';
import { loadState } from '../core/simulator/state';
import { pathOf } from './uris';

export async function loadFolderContext(folderUri: string): Promise<FolderContext> {
  const root = pathOf(folderUri);
  if (!root) return { servers: [], simulatedConnectors: [] };
  const organization = await orDefault<Organization>(() => loadOrganization(root), defaultOrganization());
  const state = await orDefault(() => loadState(root), undefined);
  const connectors: readonly ForeignConnectorState[] = state?.connectors ?? [];
  const servers = serverNames(organization);
  return {
    ...(organization.file !== undefined ? { declaredServers: servers } : {}),
    servers,
    simulatedConnectors: connectors,
  };
}

async function orDefault<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch {
    return fallback;
  }
}
