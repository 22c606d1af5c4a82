// Finds the script line that created a connector: the state's definitionUri/line when the server
// sends them, else the server's workspace symbols (`workspace/symbol`) named like the connector.
import * as vscode from 'vscode';
import { WorkspaceSymbolRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { ConnectorNode } from './connectorsModel';

export async function findConnectorDefinition(client: LanguageClient, node: ConnectorNode): Promise<vscode.Location | undefined> {
  const { connector } = node;
  if (connector.definitionUri) {
    const line = Math.max(0, connector.line ?? 0);
    return new vscode.Location(vscode.Uri.parse(connector.definitionUri), new vscode.Position(line, 0));
  }
  const found = await client.sendRequest(WorkspaceSymbolRequest.type, { query: connector.name });
  const symbols = await client.protocol2CodeConverter.asSymbolInformations(found ?? []);
  const name = connector.name.toLowerCase();
  const matches = symbols.filter((s) => unquote(s.name).toLowerCase() === name);
  // Prefer a symbol in the connector's own workspace folder, then whichever the server ranked first.
  const inWorkspace = matches.find((s) => s.location.uri.toString().startsWith(node.workspace.toString()));
  return (inWorkspace ?? matches[0])?.location;
}

function unquote(s: string): string {
  return s.replace(/^["']|["']$/g, '');
}
