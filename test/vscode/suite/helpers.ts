// Shared by the integration tests: the extension's API, the fixture workspace, polling, and the
// check that the running language server already offers a feature (the server's features land
// over time; a test of a feature the server does not advertise yet is skipped and says so).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const extensionId = 'exconn.exchange-connector-studio';

/** The structural part of the extension's exported API the tests use (client/src/api.ts). */
export interface ExtensionApi {
  languageClient: {
    isRunning(): boolean;
    initializeResult?: { capabilities: ServerCapabilities };
  };
  connectorsProvider: vscode.TreeDataProvider<unknown>;
  ready: Promise<void>;
}

interface ServerCapabilities {
  textDocumentSync?: unknown;
  completionProvider?: unknown;
  executeCommandProvider?: { commands: string[] };
}

export async function activeApi(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(extensionId);
  assert.ok(extension, `extension ${extensionId} is not installed in this VS Code`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open as a folder');
  return folder.uri;
}

export function fixture(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

/** Skips the current test when the server does not advertise what it needs, with the reason. */
export function requireServerFeature(ctx: Mocha.Context, api: ExtensionApi, what: string, has: (c: ServerCapabilities) => boolean): void {
  const capabilities = api.languageClient.initializeResult?.capabilities ?? {};
  if (!has(capabilities)) {
    console.log(`      (skipped: the language server does not offer ${what} yet)`);
    ctx.skip();
  }
}

/** A server that receives open documents (TextDocumentSyncKind above None, or openClose). */
export function syncsDocuments(c: ServerCapabilities): boolean {
  const sync = c.textDocumentSync;
  if (typeof sync === 'number') return sync > 0;
  if (sync && typeof sync === 'object') {
    const options = sync as { openClose?: boolean; change?: number };
    return options.openClose === true || (options.change ?? 0) > 0;
  }
  return false;
}

export function serverCommand(command: string): (c: ServerCapabilities) => boolean {
  return (c) => c.executeCommandProvider?.commands.includes(command) ?? false;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

/** The tree's children with their TreeItems, through the public TreeDataProvider contract. */
export async function treeChildren(provider: vscode.TreeDataProvider<unknown>, parent?: unknown): Promise<{ node: unknown; item: vscode.TreeItem }[]> {
  const nodes = (await provider.getChildren(parent)) ?? [];
  return Promise.all(nodes.map(async (node) => ({ node, item: await provider.getTreeItem(node) })));
}
