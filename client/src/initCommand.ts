// "Exchange: Create exconn.json from Scripts": writes a workspace folder's exconn.json through the
// server, as `exconn init` does (the server reads the folder's scripts as it has analysed them), then
// shows the file. An existing exconn.json is left alone; the message says how to go on.
import * as vscode from 'vscode';
import type { InitResult } from '../../server/src/protocol/extensionProtocol';
import type { ServerCalls } from './serverCalls';
import type { Transcript } from './transcript';
import { resolveWorkspaceFolder } from './workspaceFolders';
import { ensureTrusted } from './workspaceTrust';

export interface InitDeps {
  server: ServerCalls;
  transcript: Transcript;
  afterRun: () => void;
}

const title = 'Exchange: Create exconn.json from Scripts';

/** `hint` names the folder (any file in it); menus may pass other things, which are ignored. */
export async function initOrganizationCommand(deps: InitDeps, hint?: unknown): Promise<InitResult | undefined> {
  if (!ensureTrusted(title)) return undefined;
  const folder = await resolveWorkspaceFolder(hint instanceof vscode.Uri ? hint : undefined, 'Workspace folder to write exconn.json for');
  if (!folder) return undefined;
  let result: InitResult;
  try {
    result = await deps.server.initOrganization(folder.uri);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`Exchange: could not write exconn.json for ${folder.name}: ${message}`);
    return undefined;
  }
  deps.transcript.append(`Create exconn.json from the scripts of ${folder.name}`, result.output);
  if (!result.success) {
    void vscode.window.showErrorMessage(`Exchange: ${result.output.trim()}`);
    return result;
  }
  deps.afterRun();
  await vscode.window.showTextDocument(vscode.Uri.file(result.file), { preview: false });
  return result;
}
