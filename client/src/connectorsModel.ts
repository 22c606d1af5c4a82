// The Connectors view's nodes, built from the server's `exconn/state`. Plain data (no TreeItem), so
// the tree provider, the item commands and the tests share one shape.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConnectorState, FolderRole, FolderState, SimulatorState } from '../../server/src/protocol/extensionProtocol';

export type ConnectorsNode = WorkspaceNode | ConnectorNode | GroupNode | ValueNode | FolderNode | TransportNode;

interface NodeBase {
  /** Stable id, so VS Code keeps expansion state across refreshes. */
  id: string;
  workspace: vscode.Uri;
}

export interface WorkspaceNode extends NodeBase {
  kind: 'workspace';
  name: string;
}

export interface ConnectorNode extends NodeBase {
  kind: 'connector';
  connector: ConnectorState;
  /** The connector's Drop folder on disk, when it has one. */
  drop?: FolderNode;
}

export interface GroupNode extends NodeBase {
  kind: 'group';
  label: string;
  icon: string;
  children: ConnectorsNode[];
}

export interface ValueNode extends NodeBase {
  kind: 'value';
  label: string;
  description?: string;
  icon: string;
}

export interface FolderNode extends NodeBase {
  kind: 'folder';
  role: FolderRole;
  /** The path the script set (`C:\Drop Directory`); undefined when the server did not say. */
  exchangePath?: string;
  /** The folder on disk; undefined when the path is set but the server reports no folder for it. */
  uri?: vscode.Uri;
  messageCount?: number;
}

export interface TransportNode extends NodeBase {
  kind: 'transport';
  label: string;
  pickup: FolderNode | ValueNode;
  replay: FolderNode | ValueNode;
}

/** The top-level nodes for one workspace folder; empty when nothing is configured yet. */
export function nodesForState(workspace: vscode.Uri, state: SimulatorState): ConnectorsNode[] {
  const folders = state.folders ?? [];
  const connectors: ConnectorsNode[] = (state.connectors ?? []).map((connector) => {
    const drop = dropFolderOf(workspace, connector, folders);
    return { kind: 'connector', id: `${workspace}#connector/${connector.name}`, workspace, connector, drop };
  });
  const ts = state.transportService;
  const pickup = folderFor(workspace, 'Pickup', ts?.pickupDirectoryPath ?? undefined, folders);
  const replay = folderFor(workspace, 'Replay', ts?.replayDirectoryPath ?? undefined, folders);
  // The server reports Exchange's default Pickup and Replay paths even in a fresh workspace; with no
  // connector and none of those folders on disk, nothing is configured yet and the welcome view shows.
  const onDisk = folders.some((folder) => folder.exists !== false);
  if (connectors.length === 0 && ((!pickup && !replay) || !onDisk)) return [];
  const transport: TransportNode = {
    kind: 'transport',
    id: `${workspace}#transport`,
    workspace,
    label: ts?.identity || ts?.name ? `Transport service (${ts.identity ?? ts.name})` : 'Transport service',
    pickup: pickup ?? notSet(workspace, 'Pickup directory'),
    replay: replay ?? notSet(workspace, 'Replay directory'),
  };
  return [...connectors, transport, ...queuesGroup(workspace, state)];
}

/** The queues, when any message waits in one: the Submission queue and each delivery queue, with its count. */
function queuesGroup(workspace: vscode.Uri, state: SimulatorState): GroupNode[] {
  const queues = state.queues ?? [];
  if (!queues.some((queue) => queue.messageCount > 0)) return [];
  const children = queues.map((queue): ValueNode => ({
    kind: 'value',
    id: `${workspace}#queue/${queue.identity}`,
    workspace,
    label: queue.identity,
    description: [`${queue.messageCount} message${queue.messageCount === 1 ? '' : 's'}`, queue.status, queue.deliveryType, queue.nextHopDomain].join(' · '),
    icon: queue.status === 'Suspended' ? 'debug-pause' : queue.status === 'Retry' ? 'warning' : 'inbox',
  }));
  return [{ kind: 'group', id: `${workspace}#queues`, workspace, label: 'Queues', icon: 'list-ordered', children }];
}

export function connectorChildren(node: ConnectorNode): ConnectorsNode[] {
  const { connector, workspace } = node;
  const base = `${node.id}/`;
  const spaces = (connector.addressSpaces ?? []).map((s, i): ValueNode => (
    { kind: 'value', id: `${base}space/${i}`, workspace, label: s, icon: 'mail' }
  ));
  const servers = (connector.sourceTransportServers ?? []).map((s): ValueNode => (
    { kind: 'value', id: `${base}server/${s}`, workspace, label: s, icon: 'server' }
  ));
  const enabled = connector.enabled !== false;
  return [
    { kind: 'group', id: `${base}spaces`, workspace, label: 'Address spaces', icon: 'symbol-namespace', children: spaces },
    { kind: 'group', id: `${base}servers`, workspace, label: 'Source transport servers', icon: 'server-environment', children: servers },
    node.drop ?? notSet(workspace, 'Drop directory', `${base}drop`),
    { kind: 'value', id: `${base}enabled`, workspace, label: 'Enabled', description: enabled ? 'True' : 'False', icon: enabled ? 'pass' : 'circle-slash' },
  ];
}

function dropFolderOf(workspace: vscode.Uri, connector: ConnectorState, folders: readonly FolderState[]): FolderNode | undefined {
  const drops = folders.filter((f) => f.role === 'Drop');
  const byConnector = drops.find((f) => f.connector !== undefined && sameName(f.connector, connector.name));
  const exchangePath = connector.dropDirectory ?? undefined;
  const folder = byConnector ?? (exchangePath ? drops.find((f) => samePath(f, exchangePath)) : undefined);
  if (!folder && !exchangePath) return undefined;
  return folderNode(workspace, 'Drop', exchangePath, folder, `${workspace}#connector/${connector.name}/drop`);
}

function folderFor(workspace: vscode.Uri, role: FolderRole, exchangePath: string | undefined, folders: readonly FolderState[]): FolderNode | undefined {
  const candidates = folders.filter((f) => f.role === role);
  const folder = (exchangePath ? candidates.find((f) => samePath(f, exchangePath)) : undefined) ?? candidates[0];
  if (!folder && !exchangePath) return undefined;
  return folderNode(workspace, role, exchangePath, folder, `${workspace}#transport/${role}`);
}

function folderNode(workspace: vscode.Uri, role: FolderRole, exchangePath: string | undefined, folder: FolderState | undefined, id: string): FolderNode {
  return {
    kind: 'folder', id, workspace, role,
    exchangePath: exchangePath ?? folder?.exchangePath,
    uri: folder ? folderUri(workspace, folder.path) : undefined,
    messageCount: folder?.messageCount,
  };
}

function notSet(workspace: vscode.Uri, label: string, id = `${workspace}#${label}`): ValueNode {
  return { kind: 'value', id, workspace, label, description: 'not set', icon: 'circle-outline' };
}

export function folderUri(workspace: vscode.Uri, folderPath: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(folderPath)) return vscode.Uri.parse(folderPath);
  if (path.isAbsolute(folderPath)) return workspace.with({ path: folderPath.replace(/\\/g, '/') });
  return vscode.Uri.joinPath(workspace, ...folderPath.split(/[\\/]+/).filter(Boolean));
}

// The server reports disk paths; connectors and the transport service hold Exchange paths
// (`C:\Drop Directory`). Without an explicit link, the last path segment ties them together:
// `C:\Drop Directory` maps to `<workspace>/Drop Directory` by default.
function samePath(folder: FolderState, exchangePath: string): boolean {
  if (folder.exchangePath !== undefined) return sameName(folder.exchangePath, exchangePath);
  return sameName(lastSegment(folder.path), lastSegment(exchangePath));
}

function lastSegment(p: string): string {
  const parts = p.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? p;
}

// Exchange names and Windows paths compare case-insensitively.
function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}
