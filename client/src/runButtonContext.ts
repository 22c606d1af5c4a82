// The context key `exconn.isExchangeScript` that shows the Run Script button in the editor title
// (package.json menus): on for the active PowerShell editor when exconn.runButton is "always", or is
// "auto" and the script is an Exchange script: its workspace folder has exconn.json, or the server
// finds an Exchange cmdlet in it (exconn/scriptInfo). Re-decided when the editor, the document,
// the setting or the server changes.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { runButtonSetting } from './editorFeatures';
import { ScriptInfoRequest } from './protocol';
import { hasOrganizationFile } from './workspaceFolders';

export const RUN_BUTTON_CONTEXT_KEY = 'exconn.isExchangeScript';

export class RunButtonContext implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private shown: boolean | undefined;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => event.document === vscode.window.activeTextEditor?.document && this.updateSoon()),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('exconn.runButton') && this.update()),
      vscode.workspace.onDidCreateFiles(() => this.update()),
      vscode.workspace.onDidDeleteFiles(() => this.update()),
    );
  }

  /** Decides for the active editor now; the returned promise settles once the key is set. */
  async update(): Promise<boolean> {
    const document = vscode.window.activeTextEditor?.document;
    const show = document?.languageId === 'powershell' && await this.isExchangeScript(document);
    if (show !== this.shown) {
      this.shown = show;
      await vscode.commands.executeCommand('setContext', RUN_BUTTON_CONTEXT_KEY, show);
    }
    return show;
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** Typing must not send a request per keystroke: wait for a pause. */
  private updateSoon(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.update(), 500);
  }

  private async isExchangeScript(document: vscode.TextDocument): Promise<boolean> {
    const setting = runButtonSetting(document.uri);
    if (setting !== 'auto') return setting === 'always';
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (folder && await hasOrganizationFile(folder.uri)) return true;
    if (!this.client.isRunning()) return false;
    try {
      return (await this.client.sendRequest(ScriptInfoRequest, { uri: document.uri.toString() })).usesExchangeCmdlets;
    } catch {
      return false;
    }
  }
}
