// Sends the text of an open exconn.json to the language server as it is edited
// (exconn/configurationText), so the server's diagnostics of the file (invalid-exconn-json, the ones
// `exconn check` gives) follow the typing. The file is not synced as a document: the server would then
// count as a second JSON formatter and hover provider. Completion and hover on its keys come from
// VS Code's JSON support, through the schema the package registers (schemas/exconn.schema.json).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConfigurationTextNotification } from './protocol';

const isConfiguration = (document: vscode.TextDocument) => document.uri.scheme === 'file' && /(^|\/)exconn\.json$/i.test(document.uri.path);

export function syncConfigurationText(client: LanguageClient): vscode.Disposable {
  const send = (document: vscode.TextDocument, text: string | null) => {
    if (!isConfiguration(document) || !client.isRunning()) return;
    void client.sendNotification(ConfigurationTextNotification, { uri: document.uri.toString(), text }).catch(() => undefined);
  };
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument((document) => send(document, document.getText())),
    vscode.workspace.onDidChangeTextDocument((event) => send(event.document, event.document.getText())),
    vscode.workspace.onDidCloseTextDocument((document) => send(document, null)),
  ];
  return vscode.Disposable.from(...subscriptions);
}

/** After a (re)start the server knows no editor text: send what is open now. */
export function sendOpenConfigurations(client: LanguageClient): void {
  for (const document of vscode.workspace.textDocuments) {
    if (isConfiguration(document)) void client.sendNotification(ConfigurationTextNotification, { uri: document.uri.toString(), text: document.getText() }).catch(() => undefined);
  }
}
