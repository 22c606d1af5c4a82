// Which workspace folder a command acts on: the one given (tree node, URI argument), else the active
// editor's, else the only one, else the user picks; and whether a folder is a simulator workspace
// (exconn.json at its root).
import * as vscode from 'vscode';

export async function resolveWorkspaceFolder(
  hint?: vscode.Uri, placeHolder = 'Workspace folder to run the transport service in',
): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (hint) {
    const folder = vscode.workspace.getWorkspaceFolder(hint);
    if (folder) return folder;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const activeFolder = active && vscode.workspace.getWorkspaceFolder(active);
  if (activeFolder) return activeFolder;
  if (folders.length === 1) return folders[0];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Open a folder first: the simulator keeps its state in the workspace folder.');
    return undefined;
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder });
}

export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** exconn.json at a workspace folder's root marks a simulator workspace. */
export function hasOrganizationFile(folder: vscode.Uri): Promise<boolean> {
  return fileExists(vscode.Uri.joinPath(folder, 'exconn.json'));
}

/** Whether any open workspace folder is a simulator workspace. */
export async function anyOrganizationFolder(): Promise<boolean> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) if (await hasOrganizationFile(folder.uri)) return true;
  return false;
}
