// A Foreign connector's Drop directory, and whether a message may go into it now. Sources: the
// Set-ForeignConnector reference: DropDirectory is a full local or UNC path, or (when relative) a
// folder under the Transport service's RootDropDirectoryPath, which is blank by default, meaning the
// Exchange installation folder; the Drop directory is not created for you; DropDirectoryQuota caps the
// total size of the message files in it, and once reached no new file is written until existing
// ones are collected (event MSExchangeTransport 8005 NonSmtpGWQuotaExceeded). A message that cannot
// be written now waits in `.exconn/queue/` and is tried again on the next pass: nothing is lost.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXCHANGE_INSTALL_PATH } from '../../catalog/builders';
import type { ForeignConnectorState } from '../../model/foreignConnector';
import { listFolder } from '../workspace/storage';
import type { TransportServiceSettings } from '../state/transportSettings';
import { parseWindowsPath } from '../workspace/windowsPath';
import { resolveWindowsPath, type WorkspacePaths } from '../workspace/workspacePaths';

/** The Windows path of the connector's Drop directory. */
export function dropDirectoryWindowsPath(connector: ForeignConnectorState, settings: TransportServiceSettings): string {
  const written = connector.dropDirectory.trim() === '' ? connector.name : connector.dropDirectory.trim();
  const parsed = parseWindowsPath(written);
  if (parsed.ok && parsed.path.kind !== 'relative') return written;
  const root = settings.rootDropDirectoryPath.trim() === '' ? EXCHANGE_INSTALL_PATH : settings.rootDropDirectoryPath.trim();
  return `${root.replace(/[\\/]+$/, '')}\\${written}`;
}

export type DropDecision =
  | { kind: 'drop'; folder: string; windowsFolder: string }
  | { kind: 'queue'; reason: string; quotaExceeded: boolean };

/** Whether a message of `size` bytes can be written into the connector's Drop directory now, and where. */
export async function dropDecision(
  paths: WorkspacePaths,
  settings: TransportServiceSettings,
  connector: ForeignConnectorState,
  size: number,
  inputFolders: readonly string[] = [],
  plannedBytes: (folder: string) => number = () => 0,
): Promise<DropDecision> {
  const folder = dropFolderDecision(paths, settings, connector, inputFolders);
  return folder.kind === 'drop' ? quotaDecision(connector, folder, size, plannedBytes) : folder;
}

/**
 * Whether the connector's Drop directory can be used at all (its path allowed, not an input folder,
 * existing), whatever the message: the part of the decision a batch can look up once per connector.
 */
export function dropFolderDecision(
  paths: WorkspacePaths,
  settings: TransportServiceSettings,
  connector: ForeignConnectorState,
  inputFolders: readonly string[],
): DropDecision {
  const windowsFolder = dropDirectoryWindowsPath(connector, settings);
  const resolution = resolveWindowsPath(paths, windowsFolder);
  if (!resolution.ok) {
    return { kind: 'queue', quotaExceeded: false, reason: `The Drop directory of "${connector.name}" cannot be used: ${resolution.problem} ${resolution.fix}` };
  }
  if (inputFolders.some((folder) => path.resolve(folder) === path.resolve(resolution.path))) {
    return {
      kind: 'queue',
      quotaExceeded: false,
      reason: `The Drop directory ${windowsFolder} of "${connector.name}" is also the Pickup or Replay directory, so its messages would come straight back. Give the connector its own folder with Set-ForeignConnector -DropDirectory.`,
    };
  }
  if (!isFolder(resolution.path)) {
    return {
      kind: 'queue',
      quotaExceeded: false,
      reason: `The Drop directory ${windowsFolder} of "${connector.name}" does not exist; Exchange does not create Drop directories. Create the folder ${resolution.relative || '.'} in the workspace.`,
    };
  }
  return { kind: 'drop', folder: resolution.path, windowsFolder };
}

/**
 * DropDirectoryQuota: the message fits beside the files already there (and those planned beside
 * them). `isPlanned` names the planned files: one of them may be on disk already (its batch is being
 * written), and is counted once, as planned.
 */
export async function quotaDecision(
  connector: ForeignConnectorState,
  drop: DropDecision & { kind: 'drop' },
  size: number,
  plannedBytes: (folder: string) => number = () => 0,
  isPlanned: (file: string) => boolean = () => false,
): Promise<DropDecision> {
  if (connector.dropDirectoryQuota === 'Unlimited') return drop;
  // Files planned by earlier messages are not all written yet but take room all the same.
  const used = (await messageBytesIn(drop.folder, isPlanned)) + plannedBytes(drop.folder);
  if (used + size <= connector.dropDirectoryQuota) return drop;
  return {
    kind: 'queue',
    quotaExceeded: true,
    reason: `The Drop directory ${drop.windowsFolder} holds ${used} bytes of messages; with this one (${size} bytes) it would pass DropDirectoryQuota (${connector.dropDirectoryQuota} bytes) of "${connector.name}". The message waits until the gateway collects files, or until the quota is raised with Set-ForeignConnector -DropDirectoryQuota.`,
  };
}

/** The total size of the message files (*.eml) directly in a folder, but for those `skip` names. */
export async function messageBytesIn(folder: string, skip: (file: string) => boolean = () => false): Promise<number> {
  let total = 0;
  for (const name of await listFolder(folder)) {
    if (!name.toLowerCase().endsWith('.eml') || skip(path.join(folder, name))) continue;
    try {
      const stat = await fs.promises.stat(path.join(folder, name));
      if (stat.isFile()) total += stat.size;
    } catch {
      // Collected by the gateway meanwhile.
    }
  }
  return total;
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
