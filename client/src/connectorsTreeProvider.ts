// Data for the Connectors view: asks the server for each workspace folder's simulator state
// (`exconn/state`) and turns it into nodes. Returns no nodes when nothing is configured, so the
// view shows its welcome content (create the sample workspace, run a script).
import * as vscode from 'vscode';
import { ResponseError, ErrorCodes } from 'vscode-languageclient/node';
import { connectorChildren, nodesForState, type ConnectorsNode, type FolderNode } from './connectorsModel';
import { treeItemFor } from './connectorsTreeItems';
import type { ServerCalls } from './serverCalls';

export class ConnectorsTreeProvider implements vscode.TreeDataProvider<ConnectorsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ConnectorsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly foldersSeen = new vscode.EventEmitter<{ workspace: vscode.Uri; folders: readonly FolderNode[] }>();
  /** The folders on disk the last refresh showed, so watchers can follow them. */
  readonly onDidSeeFolders = this.foldersSeen.event;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly server: ServerCalls) {}

  /** Re-reads the state soon; bursts (a run that writes many files) collapse into one refresh. */
  refresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.changed.fire(undefined);
    }, 150);
  }

  getTreeItem(node: ConnectorsNode): vscode.TreeItem {
    return treeItemFor(node);
  }

  async getChildren(node?: ConnectorsNode): Promise<ConnectorsNode[]> {
    if (!node) {
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (folders.length === 1) return this.workspaceNodes(folders[0].uri);
      const perFolder = await Promise.all(folders.map(async (f) => ({ f, nodes: await this.workspaceNodes(f.uri) })));
      return perFolder
        .filter(({ nodes }) => nodes.length > 0)
        .map(({ f }): ConnectorsNode => ({ kind: 'workspace', id: `${f.uri}#workspace`, workspace: f.uri, name: f.name }));
    }
    switch (node.kind) {
      case 'workspace': return this.workspaceNodes(node.workspace);
      case 'connector': return connectorChildren(node);
      case 'group': return node.children;
      case 'transport': return [node.pickup, node.replay];
      default: return [];
    }
  }

  private async workspaceNodes(workspace: vscode.Uri): Promise<ConnectorsNode[]> {
    let nodes: ConnectorsNode[];
    try {
      nodes = nodesForState(workspace, await this.server.state(workspace));
    } catch (e) {
      // A server that does not (yet) answer exconn/state, or is still starting, means "nothing to
      // show": the welcome content is the right view of that. Anything else is worth a line.
      if (!(e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound)) {
        console.warn(`exconn: could not read the simulator state of ${workspace}: ${e instanceof Error ? e.message : String(e)}`);
      }
      return [];
    }
    this.foldersSeen.fire({ workspace, folders: collectFolders(nodes) });
    return nodes;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.changed.dispose();
    this.foldersSeen.dispose();
  }
}

function collectFolders(nodes: readonly ConnectorsNode[]): FolderNode[] {
  const out: FolderNode[] = [];
  for (const n of nodes) {
    if (n.kind === 'connector' && n.drop?.uri) out.push(n.drop);
    if (n.kind === 'transport') {
      for (const f of [n.pickup, n.replay]) if (f.kind === 'folder' && f.uri) out.push(f);
    }
  }
  return out;
}
