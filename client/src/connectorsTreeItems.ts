// How each Connectors node looks: label, icon, description, tooltip, the context value the menus in
// package.json match, and the command a click runs.
import * as vscode from 'vscode';
import { Command } from './commandIds';
import type { ConnectorsNode, FolderNode } from './connectorsModel';

export const ContextValue = {
  connector: 'exconn.connector',
  folder: 'exconn.folder',
  missingFolder: 'exconn.folder.missing',
  transport: 'exconn.transport',
} as const;

const roleLabel = { Drop: 'Drop directory', Pickup: 'Pickup directory', Replay: 'Replay directory' } as const;

export function treeItemFor(node: ConnectorsNode): vscode.TreeItem {
  const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
  switch (node.kind) {
    case 'workspace': {
      const item = new vscode.TreeItem(node.name, Expanded);
      item.iconPath = vscode.ThemeIcon.Folder;
      return withId(item, node);
    }
    case 'connector': {
      const c = node.connector;
      const item = new vscode.TreeItem(c.name, Collapsed);
      const enabled = c.enabled !== false;
      item.description = enabled ? (c.addressSpaces ?? []).join(', ') : 'disabled';
      item.iconPath = new vscode.ThemeIcon('plug', enabled ? undefined : new vscode.ThemeColor('disabledForeground'));
      item.contextValue = ContextValue.connector;
      item.tooltip = new vscode.MarkdownString(
        `**Foreign connector** ${c.name}\n\n` +
        `- Address spaces: ${(c.addressSpaces ?? []).map((s) => `\`${s}\``).join(', ') || '—'}\n` +
        `- Source transport servers: ${(c.sourceTransportServers ?? []).join(', ') || '—'}\n` +
        `- Drop directory: ${c.dropDirectory ? `\`${c.dropDirectory}\`` : 'not set'}\n` +
        `- Enabled: ${enabled ? 'True' : 'False'}`,
      );
      // No click command: a click expands the connector (VS Code runs an item's command instead of
      // expanding it). Going to the script is the inline action and the context menu's first entry.
      return withId(item, node);
    }
    case 'group': {
      const item = new vscode.TreeItem(node.label, node.children.length > 0 ? Expanded : None);
      item.description = node.children.length > 0 ? undefined : 'none';
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return withId(item, node);
    }
    case 'value': {
      const item = new vscode.TreeItem(node.label, None);
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return withId(item, node);
    }
    case 'folder':
      return withId(folderItem(node), node);
    case 'transport': {
      const item = new vscode.TreeItem(node.label, Expanded);
      item.iconPath = new vscode.ThemeIcon('server-process');
      item.contextValue = ContextValue.transport;
      return withId(item, node);
    }
  }
}

function folderItem(node: FolderNode): vscode.TreeItem {
  const item = new vscode.TreeItem(roleLabel[node.role], vscode.TreeItemCollapsibleState.None);
  const count = node.messageCount === undefined ? undefined : `${node.messageCount} message${node.messageCount === 1 ? '' : 's'}`;
  // The count first: the path is long and the view narrow, and the count is what changes.
  item.description = [count, node.exchangePath].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon(node.uri ? 'folder-opened' : 'folder');
  item.resourceUri = node.uri;
  item.contextValue = node.uri ? ContextValue.folder : ContextValue.missingFolder;
  item.tooltip = node.uri
    ? `${roleLabel[node.role]} ${node.exchangePath ?? ''}\n${node.uri.fsPath}${count ? `\n${count}` : ''}`
    : `${roleLabel[node.role]} ${node.exchangePath ?? ''} (no folder on disk yet)`;
  // Screen readers (and the end-to-end check) hear the count; VS Code would otherwise read the tooltip.
  item.accessibilityInformation = { label: `${roleLabel[node.role]} ${[count, node.exchangePath].filter(Boolean).join(', ')}` };
  if (node.uri) item.command = { title: 'Reveal in Explorer', command: Command.revealFolder, arguments: [node] };
  return item;
}

function withId(item: vscode.TreeItem, node: ConnectorsNode): vscode.TreeItem {
  item.id = node.id;
  return item;
}
