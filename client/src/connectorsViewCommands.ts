// The Connectors view's item actions: reveal a folder in the Explorer, open a connector's Drop
// folder, go to the script that created a connector, remove a connector (after a modal
// confirmation, by running Remove-ForeignConnector in the simulator).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { findConnectorDefinition } from './connectorDefinition';
import type { ConnectorNode, ConnectorsNode, FolderNode } from './connectorsModel';
import type { ServerCalls } from './serverCalls';
import type { Transcript } from './transcript';
import { ensureTrusted } from './workspaceTrust';

export interface ViewCommandDeps {
  client: LanguageClient;
  server: ServerCalls;
  transcript: Transcript;
  afterRun: () => void;
}

export async function revealFolder(node: FolderNode | undefined): Promise<void> {
  if (!node?.uri) return;
  try {
    await vscode.workspace.fs.stat(node.uri);
  } catch {
    void vscode.window.showInformationMessage(`Exchange: ${node.uri.fsPath} does not exist yet; the simulator creates it when it first writes there.`);
    return;
  }
  await vscode.commands.executeCommand('revealInExplorer', node.uri);
}

export async function openDropFolder(node: ConnectorsNode | undefined): Promise<void> {
  if (node?.kind !== 'connector') return;
  if (!node.drop?.uri) {
    void vscode.window.showInformationMessage(
      `Exchange: connector "${node.connector.name}" has no Drop directory yet. Set one with Set-ForeignConnector -DropDirectory.`,
    );
    return;
  }
  await revealFolder(node.drop);
}

export async function openConnectorDefinition(deps: ViewCommandDeps, node: ConnectorsNode | undefined): Promise<void> {
  if (node?.kind !== 'connector') return;
  let location: vscode.Location | undefined;
  try {
    location = await findConnectorDefinition(deps.client, node);
  } catch {
    location = undefined;
  }
  if (!location) {
    void vscode.window.showInformationMessage(`Exchange: no script in the workspace creates connector "${node.connector.name}".`);
    return;
  }
  const document = await vscode.workspace.openTextDocument(location.uri);
  // The state gives only the line: select it whole, so the statement that made the connector stands out.
  const selection = location.range.isEmpty ? document.lineAt(Math.min(location.range.start.line, document.lineCount - 1)).range : location.range;
  await vscode.window.showTextDocument(document, { selection, preserveFocus: false });
}

export async function removeConnector(deps: ViewCommandDeps, node: ConnectorsNode | undefined): Promise<boolean> {
  if (node?.kind !== 'connector') return false;
  if (!ensureTrusted('Exchange: Remove Connector')) return false;
  const text = removeCommandText(node);
  const remove = 'Remove';
  const choice = await vscode.window.showWarningMessage(
    `Remove Foreign connector "${node.connector.name}"?`,
    { modal: true, detail: `This runs, in the simulator of this workspace:\n${text}\n\nThe scripts are not changed; running them again creates the connector again.` },
    remove,
  );
  if (choice !== remove) return false;
  try {
    const result = await deps.server.runCommandText(node.workspace, text);
    deps.transcript.append(text, result.output);
    if (!result.success) {
      deps.transcript.show();
      void vscode.window.showErrorMessage(`Exchange: could not remove "${node.connector.name}"; see the output.`);
    }
    deps.afterRun();
    return result.success;
  } catch (e) {
    void vscode.window.showErrorMessage(`Exchange: could not remove "${node.connector.name}": ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

export function removeCommandText(node: ConnectorNode): string {
  return `Remove-ForeignConnector -Identity "${escapeDoubleQuoted(node.connector.name)}" -Confirm:$false`;
}

// Inside PowerShell double quotes, the backtick, `"` and `$` are special; escape them with a backtick.
function escapeDoubleQuoted(s: string): string {
  return s.replace(/[`"$]/g, (c) => '`' + c);
}
