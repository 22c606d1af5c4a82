// "Exchange: Import Configuration…": reads files exported from a real organization (Export-Clixml or
// ConvertTo-Json) into a workspace folder's simulator state through the server, as `exconn import`
// does. The files may live anywhere (an export copied from a server); the state written is the
// folder's. JSON does not say what it holds, so the user names the object type for it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { IMPORTABLE_OBJECT_TYPES, type ImportResult } from '../../server/src/protocol/extensionProtocol';
import type { ServerCalls } from './serverCalls';
import type { Transcript } from './transcript';
import { resolveWorkspaceFolder } from './workspaceFolders';
import { ensureTrusted } from './workspaceTrust';

export interface ImportDeps {
  server: ServerCalls;
  transcript: Transcript;
  afterRun: () => void;
}

const title = 'Exchange: Import Configuration';

/**
 * `clicked` and `selected` are what the Explorer's context menu passes (the file right-clicked and
 * every selected file); `type` lets tests and other extensions name the JSON object type.
 */
export async function importConfigurationCommand(
  deps: ImportDeps, clicked?: vscode.Uri, selected?: readonly vscode.Uri[], type?: string,
): Promise<ImportResult | undefined> {
  if (!ensureTrusted(title)) return undefined;
  const files = await exportFiles(clicked, selected);
  if (!files) return undefined;
  const folder = await resolveWorkspaceFolder(files.find((f) => vscode.workspace.getWorkspaceFolder(f)), 'Workspace folder to import the configuration into');
  if (!folder) return undefined;
  const objectType = files.some(isJson) ? type ?? (await pickObjectType(files.filter(isJson))) : undefined;
  if (files.some(isJson) && !objectType) return undefined;
  const names = files.map((f) => path.basename(f.fsPath)).join(', ');
  let result: ImportResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exchange: importing ${names}…` },
      () => deps.server.importConfiguration(folder.uri, files, objectType),
    );
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    deps.transcript.append(`Import ${names} into ${folder.name}`, `The import did not complete: ${message}`);
    deps.transcript.show();
    void vscode.window.showErrorMessage(`Exchange: could not import ${names}: ${message}`);
    return undefined;
  }
  deps.transcript.append(`Import ${names} into ${folder.name}`, result.output);
  deps.transcript.show();
  if (result.success) {
    deps.afterRun();
    void vscode.window.showInformationMessage(`Exchange: ${result.imported} object${result.imported === 1 ? '' : 's'} imported into ${folder.name}.`);
  } else {
    // The server names the file, the place and the fix in the output; nothing was imported.
    void vscode.window.showErrorMessage(`Exchange: nothing was imported from ${names}; the Exchange Connectors output says why.`);
  }
  return result;
}

async function exportFiles(clicked?: vscode.Uri, selected?: readonly vscode.Uri[]): Promise<vscode.Uri[] | undefined> {
  const given = selected && selected.length > 0 ? [...selected] : clicked ? [clicked] : [];
  if (given.length > 0) return given;
  const picked = await vscode.window.showOpenDialog({
    title: 'Files exported with Export-Clixml or ConvertTo-Json',
    openLabel: 'Import',
    canSelectMany: true,
    filters: { 'Exchange exports': ['xml', 'json'], 'All files': ['*'] },
  });
  return picked && picked.length > 0 ? picked : undefined;
}

function isJson(file: vscode.Uri): boolean {
  return path.extname(file.fsPath).toLowerCase() === '.json';
}

async function pickObjectType(jsonFiles: readonly vscode.Uri[]): Promise<string | undefined> {
  const names = jsonFiles.map((f) => path.basename(f.fsPath)).join(', ');
  return vscode.window.showQuickPick([...IMPORTABLE_OBJECT_TYPES], {
    title,
    placeHolder: `What ${names} holds: ConvertTo-Json does not record the object type (Get-SendConnector | ConvertTo-Json holds SendConnector)`,
  });
}
