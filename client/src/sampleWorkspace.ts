// "Exchange: Create Sample Workspace": copies the bundled samples/contoso scripts (the Foreign
// connector procedure, step by step) into a workspace folder and opens the first one. Files that
// already exist are left alone: the sample must never overwrite the user's scripts.
import * as vscode from 'vscode';
import { fileExists, resolveWorkspaceFolder } from './workspaceFolders';

export async function createSampleCommand(extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const source = vscode.Uri.joinPath(extensionUri, 'samples', 'contoso');
  let target: vscode.Uri | undefined;
  const openAfterwards = !vscode.workspace.workspaceFolders?.length;
  if (openAfterwards) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Create Sample Here',
    });
    target = picked?.[0];
  } else {
    target = (await resolveWorkspaceFolder())?.uri;
  }
  if (!target) return undefined;

  const copied: string[] = [];
  const skipped: string[] = [];
  await copySample(source, target, copied, skipped);
  const message = `Exchange: sample created (${copied.length} file${copied.length === 1 ? '' : 's'})` +
    (skipped.length > 0 ? `; kept your existing ${skipped.join(', ')}.` : '.');
  void vscode.window.showInformationMessage(message);

  const first = vscode.Uri.joinPath(target, '01-create-connector.ps1');
  if (openAfterwards) {
    await vscode.commands.executeCommand('vscode.openFolder', target);
  } else {
    await vscode.window.showTextDocument(first, { preview: false });
  }
  return target;
}

// The sample is flat: its scripts and organization file. Anything else in the folder (state a local
// run of the sample left in a development checkout) is not part of it.
const sampleFile = /(\.ps1|^exconn\.json)$/i;

async function copySample(from: vscode.Uri, to: vscode.Uri, copied: string[], skipped: string[]): Promise<void> {
  for (const [name, type] of await vscode.workspace.fs.readDirectory(from)) {
    if (type !== vscode.FileType.File || !sampleFile.test(name)) continue;
    const dst = vscode.Uri.joinPath(to, name);
    if (await fileExists(dst)) {
      skipped.push(name);
    } else {
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(from, name), dst, { overwrite: false });
      copied.push(name);
    }
  }
}

