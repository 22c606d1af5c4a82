// In a workspace that is the Contoso sample (every script of the bundled sample is in its folder),
// the empty Connectors view offers "Run the sample procedure" instead of creating the sample again:
// the context key `exconn.workspaceIsSample`, and the command that runs the sample's scripts in
// order (01 to 04), as Run Script does, stopping at the first that fails. The script names come from
// the bundled sample itself.
import * as vscode from 'vscode';
import type { RunResult } from '../../server/src/protocol/extensionProtocol';
import { runScriptCommand, type RunScriptDeps } from './runScriptCommand';
import { fileExists, resolveWorkspaceFolder } from './workspaceFolders';

export const SAMPLE_CONTEXT_KEY = 'exconn.workspaceIsSample';

async function sampleScripts(extensionUri: vscode.Uri): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(extensionUri, 'samples', 'contoso'));
  return entries.filter(([name, type]) => type === vscode.FileType.File && /\.ps1$/i.test(name)).map(([name]) => name).sort();
}

async function holdsAll(folder: vscode.Uri, names: readonly string[]): Promise<boolean> {
  for (const name of names) if (!(await fileExists(vscode.Uri.joinPath(folder, name)))) return false;
  return names.length > 0;
}

/** Sets the context key for the open folders; call again when files come and go. */
export async function updateSampleContext(extensionUri: vscode.Uri): Promise<boolean> {
  const names = await sampleScripts(extensionUri);
  let sample = false;
  for (const folder of vscode.workspace.workspaceFolders ?? []) sample ||= await holdsAll(folder.uri, names);
  await vscode.commands.executeCommand('setContext', SAMPLE_CONTEXT_KEY, sample);
  return sample;
}

/** Runs the sample's scripts in order; the results so far, ending with the one that failed. */
export async function runSampleProcedureCommand(deps: RunScriptDeps, extensionUri: vscode.Uri, hint?: unknown): Promise<RunResult[] | undefined> {
  const folder = await resolveWorkspaceFolder(hint instanceof vscode.Uri ? hint : undefined, 'Workspace folder with the sample procedure');
  if (!folder) return undefined;
  const names = await sampleScripts(extensionUri);
  if (!(await holdsAll(folder.uri, names))) {
    void vscode.window.showWarningMessage(`Exchange: ${folder.name} does not hold the sample's scripts (${names.join(', ')}). Create Sample Workspace copies them.`);
    return undefined;
  }
  const results: RunResult[] = [];
  for (const name of names) {
    const result = await runScriptCommand(deps, vscode.Uri.joinPath(folder.uri, name));
    if (!result) return results;
    results.push(result);
    if (!result.success) return results;
  }
  void vscode.window.showInformationMessage(`Exchange: the sample procedure ran (${names.join(', ')}). Drop a message into the Pickup Directory folder to see it delivered.`);
  return results;
}
