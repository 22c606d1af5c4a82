// The simulator's state as the editor's Connectors view shows it (the `exconn/state` request of
// docs/interfaces.md, whose payload types it returns): the connectors, the local server's Transport
// service settings, the Drop, Pickup and Replay folders with how many messages wait in each, and
// the local server's queues as Get-Queue shows them.
// Reads only; takes no lock, because the foundation writes the state atomically.

import * as fs from 'node:fs';
import type { ConnectorState, FolderRole, FolderState, QueueState, SimulatorState, TransportServiceState } from '../../protocol/extensionProtocol';
import type { ForeignConnectorState } from '../model/foreignConnector';
import { formatSize } from '../values/byteQuantifiedSize';
import { storedSizeText } from '../values/settingValue';
import { errorMessage, SimulatorError } from './errors';
import { defaultOrganization, loadOrganization, organizationPaths, type Organization } from './organization/organization';
import { emptyState, loadState, transportServiceOf } from './state/state';
import { dropDirectoryWindowsPath } from './transport/dropDirectory';
import { viewQueues } from './transport/queueViewer';
import { relayServerFrom, unusableReason } from './transport/routing';
import { dropServerSettings } from './transport/relayHop';
import { transportContext } from './transport/transportContext';
import type { TransportServiceSettings } from './state/transportSettings';
import { resolveWindowsPath, type WorkspacePaths } from './workspace/workspacePaths';

export async function simulatorSnapshot(workspace: string): Promise<SimulatorState> {
  const problems: string[] = [];
  const organization = await readOrFallback(() => loadOrganization(workspace), defaultOrganization, problems);
  const state = await readOrFallback(() => loadState(workspace), emptyState, problems);
  const paths = organizationPaths(workspace, organization);
  const settings = transportServiceOf(state, organization.localServer);
  // A connector the local server relays to another server for has its Drop directory placed by that server's settings.
  const settingsFor = (connector: ForeignConnectorState) => dropServerSettings({ state, settings }, relayServerFrom(connector, organization.localServer));
  const connectors = state.connectors.map((connector) => connectorSnapshot(connector, settingsFor(connector), organization.localServer));
  const folders = [
    ...connectors.map((connector) => folderSnapshot(paths, 'Drop', connector.dropDirectoryPath, problems, connector.name)),
    folderSnapshot(paths, 'Pickup', settings.pickupDirectoryPath, problems),
    folderSnapshot(paths, 'Replay', settings.replayDirectoryPath, problems),
  ].filter((folder): folder is FolderState => folder !== undefined);
  // The queue view reads exconn.json and the state again; when either is unusable it is reported once, above.
  const queues = problems.length > 0 ? [] : await readOrFallback(() => queueSnapshot(workspace), () => [], problems);
  return { connectors, transportService: transportSnapshot(organization, settings), folders, queues, problems };
}

async function queueSnapshot(workspace: string): Promise<QueueState[]> {
  const queues = await viewQueues(await transportContext(workspace), true);
  return queues.map((queue) => ({
    identity: queue.identity, deliveryType: queue.deliveryType, nextHopDomain: queue.nextHopDomain,
    status: queue.status, messageCount: queue.messageCount, lastError: queue.lastError,
  }));
}

async function readOrFallback<T>(read: () => Promise<T>, fallback: () => T, problems: string[]): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof SimulatorError)) throw error;
    problems.push(errorMessage(error));
    return fallback();
  }
}

/** Drop directories resolve as the transport resolves them, against the settings of the server that writes them. */
function connectorSnapshot(connector: ForeignConnectorState, settings: TransportServiceSettings, localServer: string): ConnectorState {
  const unusable = unusableReason({ kind: 'foreign', connector }, localServer);
  return {
    ...(unusable ? { unusable } : {}),
    name: connector.name,
    guid: connector.guid,
    addressSpaces: [...connector.addressSpaces],
    sourceTransportServers: [...connector.sourceTransportServers],
    dropDirectory: connector.dropDirectory,
    dropDirectoryPath: dropDirectoryWindowsPath(connector, settings),
    dropDirectoryQuota: storedSizeText(connector.dropDirectoryQuota),
    maxMessageSize: storedSizeText(connector.maxMessageSize),
    enabled: connector.enabled,
    isScopedConnector: connector.isScopedConnector,
    relayDsnRequired: connector.relayDsnRequired,
    comment: connector.comment,
    whenCreated: connector.whenCreated,
    whenChanged: connector.whenChanged,
  };
}

function transportSnapshot(organization: Organization, settings: TransportServiceSettings): TransportServiceState {
  return {
    identity: organization.localServer,
    name: organization.localServer,
    pickupDirectoryPath: settings.pickupDirectoryPath,
    replayDirectoryPath: settings.replayDirectoryPath,
    rootDropDirectoryPath: settings.rootDropDirectoryPath,
    pickupDirectoryMaxHeaderSize: formatSize({ unlimited: false, bytes: settings.pickupDirectoryMaxHeaderSize }),
    pickupDirectoryMaxMessagesPerMinute: settings.pickupDirectoryMaxMessagesPerMinute,
    pickupDirectoryMaxRecipientsPerMessage: settings.pickupDirectoryMaxRecipientsPerMessage,
    messageTrackingLogEnabled: settings.messageTrackingLogEnabled,
  };
}

function folderSnapshot(paths: WorkspacePaths, role: FolderRole, windowsPath: string | null, problems: string[], connector?: string): FolderState | undefined {
  if (windowsPath === null) return undefined;
  const resolution = resolveWindowsPath(paths, windowsPath);
  if (!resolution.ok) {
    problems.push(`The ${role} directory ${windowsPath}${connector ? ` of ${connector}` : ''} is not in the workspace: ${resolution.problem}`);
    return undefined;
  }
  const names = listNames(resolution.path);
  return {
    role,
    path: resolution.path,
    exchangePath: resolution.windowsPath,
    ...(connector ? { connector } : {}),
    exists: names !== undefined,
    messageCount: (names ?? []).filter((name) => name.toLowerCase().endsWith('.eml')).length,
  };
}

function listNames(folder: string): string[] | undefined {
  try {
    return fs.readdirSync(folder);
  } catch {
    return undefined;
  }
}
