// "Exchange: Run Script": saves the script, runs it in the simulator through the server, and shows
// what the Exchange Management Shell would have printed, with failed statements marked in the
// editor. Returns the server's result, so tests and other extensions can read it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RunResult } from '../../server/src/protocol/extensionProtocol';
import { Command } from './commandIds';
import type { ScriptFailureDiagnostics } from './scriptFailureDiagnostics';
import type { ServerCalls } from './serverCalls';
import type { Transcript } from './transcript';
import { ensureTrusted } from './workspaceTrust';

export interface RunScriptDeps {
  server: ServerCalls;
  transcript: Transcript;
  failures: ScriptFailureDiagnostics;
  afterRun: () => void;
}

export async function runScriptCommand(deps: RunScriptDeps, target?: vscode.Uri): Promise<RunResult | undefined> {
  if (!ensureTrusted('Exchange: Run Script')) return undefined;
  const document = await scriptDocument(target);
  if (!document) return undefined;
  // The server reads the script from disk-backed workspace state; run what the user sees.
  if (document.isDirty && !(await document.save())) {
    void vscode.window.showWarningMessage(`Exchange: ${path.basename(document.fileName)} was not saved, so it was not run.`);
    return undefined;
  }
  const name = vscode.workspace.asRelativePath(document.uri);
  deps.failures.clear(document.uri);
  let result: RunResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exchange: running ${name}…` },
      () => deps.server.runScript(document.uri),
    );
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    deps.transcript.append(`Run ${name}`, `The run did not complete: ${message}`);
    deps.transcript.show();
    void vscode.window.showErrorMessage(`Exchange: could not run ${name}: ${message}`);
    return undefined;
  }
  deps.transcript.append(`Run ${name}`, result.output);
  deps.transcript.show();
  deps.failures.show(document, result.failures ?? []);
  deps.afterRun();
  if (!result.success) {
    const count = result.failures?.length ?? 0;
    const failed = count > 0 ? `Exchange: ${count} statement${count === 1 ? '' : 's'} failed in ${name}.` : `Exchange: ${name} failed.`;
    if (result.startOverHint) offerReset(`${failed} ${result.startOverHint}`, document.uri);
    else void vscode.window.showErrorMessage(failed);
  }
  return result;
}

async function scriptDocument(target?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (target) return vscode.workspace.openTextDocument(target);
  const active = vscode.window.activeTextEditor?.document;
  if (active && active.languageId === 'powershell') return active;
  void vscode.window.showWarningMessage('Exchange: open a PowerShell script (.ps1) to run it.');
  return undefined;
}

/** An object the script creates exists from an earlier run: offer to start the organization over. */
function offerReset(message: string, script: vscode.Uri): void {
  const reset = 'Reset Simulated Organization…';
  void vscode.window.showErrorMessage(message, reset).then((choice) => {
    if (choice === reset) void vscode.commands.executeCommand(Command.resetOrganization, script);
  });
}
