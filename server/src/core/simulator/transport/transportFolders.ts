// The folders the editor's Connectors view shows: the local server's Pickup and Replay directories
// and each connector's Drop directory, with where they are in the workspace and how many message
// files (*.eml) they hold. Paths that leave the workspace are listed with the reason instead.

import * as fs from 'node:fs';
import { loadOrganization, organizationPaths } from '../organization/organization';
import { loadState, transportServiceOf } from '../state/state';
import { listFolder } from '../workspace/storage';
import { resolveWindowsPath } from '../workspace/workspacePaths';
import { dropDirectoryWindowsPath } from './dropDirectory';

export interface TransportFolder {
  role: 'Drop' | 'Pickup' | 'Replay';
  /** The Exchange path (`C:\Drop Directory`). */
  windowsPath: string;
  /** The folder in the workspace; undefined when the path is refused. */
  path?: string;
  /** For Drop folders, the connector's name. */
  connector?: string;
  messageCount: number;
  exists: boolean;
  problem?: string;
}

export async function listTransportFolders(workspaceRoot: string): Promise<TransportFolder[]> {
  const organization = await loadOrganization(workspaceRoot);
  const state = await loadState(workspaceRoot);
  const paths = organizationPaths(workspaceRoot, organization);
  const settings = transportServiceOf(state, organization.localServer);
  const entries: Omit<TransportFolder, 'messageCount' | 'exists'>[] = [];
  if (settings.pickupDirectoryPath !== null) entries.push({ role: 'Pickup', windowsPath: settings.pickupDirectoryPath });
  if (settings.replayDirectoryPath !== null) entries.push({ role: 'Replay', windowsPath: settings.replayDirectoryPath });
  for (const connector of state.connectors) entries.push({ role: 'Drop', windowsPath: dropDirectoryWindowsPath(connector, settings), connector: connector.name });
  const folders: TransportFolder[] = [];
  for (const entry of entries) {
    const resolution = resolveWindowsPath(paths, entry.windowsPath);
    if (!resolution.ok) {
      folders.push({ ...entry, messageCount: 0, exists: false, problem: `${resolution.problem} ${resolution.fix}` });
      continue;
    }
    const names = await listFolder(resolution.path);
    folders.push({ ...entry, path: resolution.path, exists: names.length > 0 || (await isFolder(resolution.path)), messageCount: names.filter((name) => /\.eml$/i.test(name)).length });
  }
  return folders;
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(folder)).isDirectory();
  } catch {
    return false;
  }
}
