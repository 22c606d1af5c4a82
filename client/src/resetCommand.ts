// "Exchange: Reset Simulated Organization…": starts a workspace folder's simulated organization
// over through the server, as `exconn reset` does, after a confirmation that says what goes and
// what stays (RESET_SCOPE, the one wording of it). Offered too when a run fails because an object
// it creates exists already from an earlier run.
import * as vscode from 'vscode';
import { RESET_SCOPE, type ResetResult } from '../../server/src/protocol/extensionProtocol';
import type { ServerCalls } from './serverCalls';
import type { Transcript } from './transcript';
import { resolveWorkspaceFolder } from './workspaceFolders';
import { ensureTrusted } from './workspaceTrust';

export interface ResetDeps {
  server: ServerCalls;
  transcript: Transcript;
  afterRun: () => void;
}

export interface ResetOptions {
  /** Skip the confirmation: for tests and other extensions that have asked already. */
  confirmed?: boolean;
}

const title = 'Exchange: Reset Simulated Organization';

/** `hint` names the folder (any file in it); menus may pass other things, which are ignored. */
export async function resetOrganizationCommand(deps: ResetDeps, hint?: unknown, options: ResetOptions = {}): Promise<ResetResult | undefined> {
  if (!ensureTrusted(title)) return undefined;
  const folder = await resolveWorkspaceFolder(hint instanceof vscode.Uri ? hint : undefined, 'Workspace folder whose simulated organization to reset');
  if (!folder) return undefined;
  if (!options.confirmed) {
    const reset = 'Reset';
    const choice = await vscode.window.showWarningMessage(
      `Reset the simulated organization of ${folder.name}?`,
      { modal: true, detail: `This removes ${RESET_SCOPE}.` },
      reset,
    );
    if (choice !== reset) return undefined;
  }
  let result: ResetResult;
  try {
    result = await deps.server.resetOrganization(folder.uri);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`Exchange: could not reset ${folder.name}: ${message}`);
    return undefined;
  }
  deps.transcript.append(`Reset the simulated organization of ${folder.name}`, result.output);
  deps.afterRun();
  if (result.success) void vscode.window.showInformationMessage(`Exchange: the simulated organization of ${folder.name} was reset.`);
  else void vscode.window.showErrorMessage(`Exchange: ${folder.name} was not reset. ${result.output.trim()}`);
  return result;
}
