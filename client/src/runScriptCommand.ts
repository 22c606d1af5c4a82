// "Exchange: Run Script": saves the script (an untitled one through Save As), asks first when the
// check found errors in it, runs it in the simulator through the server with a notification that can
// cancel the run, and shows what the Exchange Management Shell would have printed. Failed statements
// come back as the server's diagnostics, each mistake once (a failure the check explains is its
// related information). Returns the server's result, so tests and other extensions can read it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RunResult } from '../../server/src/protocol/extensionProtocol';
import { Command } from './commandIds';
import type { ServerCalls } from './serverCalls';
import type { Transcript } from './transcript';
import { ensureTrusted } from './workspaceTrust';

export interface RunScriptDeps {
  server: ServerCalls;
  transcript: Transcript;
  afterRun: () => void;
}

export interface RunScriptOptions {
  /** `run` skips the question about the check's errors (tests, other extensions). */
  whenErrors?: 'ask' | 'run';
}

/** exconn.runScript.whenErrors: ask before running a script the check found errors in, or run. */
const WHEN_ERRORS_SETTING = 'runScript.whenErrors';

export async function runScriptCommand(deps: RunScriptDeps, target?: vscode.Uri, options: RunScriptOptions = {}): Promise<RunResult | undefined> {
  if (!ensureTrusted('Exchange: Run Script')) return undefined;
  const document = await savedScript(target);
  if (!document) return undefined;
  if (!(await goAheadDespiteErrors(document, options))) return undefined;
  const name = vscode.workspace.asRelativePath(document.uri);
  let result: RunResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exchange: running ${name}…`, cancellable: true },
      (_progress, token) => deps.server.runScript(document.uri, token),
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
  deps.afterRun();
  if (!result.success) {
    const count = result.failures?.length ?? 0;
    const failed = count > 0 ? `Exchange: ${count} statement${count === 1 ? '' : 's'} failed in ${name}.` : `Exchange: ${name} failed.`;
    if (result.startOverHint) offerReset(`${failed} ${result.startOverHint}`, document.uri);
    else void vscode.window.showErrorMessage(failed);
  }
  return result;
}

/** The script to run, saved: the server runs what is on disk, and an untitled script gets a name first. */
async function savedScript(target?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const document = await scriptDocument(target);
  if (!document) return undefined;
  if (document.isUntitled) {
    const save = 'Save As…';
    const choice = await vscode.window.showInformationMessage('Exchange: the script runs from a file in the workspace. Save it first?', save);
    if (choice !== save) return undefined;
    const saved = await vscode.workspace.save(document.uri);
    return saved ? vscode.workspace.openTextDocument(saved) : undefined;
  }
  if (document.isDirty && !(await document.save())) {
    void vscode.window.showWarningMessage(`Exchange: ${path.basename(document.fileName)} was not saved, so it was not run.`);
    return undefined;
  }
  return document;
}

async function scriptDocument(target?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (target) return vscode.workspace.openTextDocument(target);
  const active = vscode.window.activeTextEditor?.document;
  if (active && active.languageId === 'powershell') return active;
  void vscode.window.showWarningMessage('Exchange: open a PowerShell script (.ps1) to run it.');
  return undefined;
}

/** The check's errors in the script: ask whether to run anyway, unless the setting or the caller says run. */
async function goAheadDespiteErrors(document: vscode.TextDocument, options: RunScriptOptions): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('exconn', document.uri);
  if ((options.whenErrors ?? config.get<string>(WHEN_ERRORS_SETTING, 'ask')) === 'run') return true;
  const errors = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'exconn' && d.severity === vscode.DiagnosticSeverity.Error);
  if (errors.length === 0) return true;
  const run = 'Run Anyway';
  const always = 'Always Run';
  const show = 'Show Problems';
  const choice = await vscode.window.showWarningMessage(
    `Exchange: ${path.basename(document.fileName)} has ${errors.length} error${errors.length === 1 ? '' : 's'} the check found; the statements with them will fail. Run it anyway?`,
    run, always, show,
  );
  if (choice === always) await config.update(WHEN_ERRORS_SETTING, 'run', vscode.ConfigurationTarget.Global);
  if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return choice === run || choice === always;
}

/** An object the script creates exists from an earlier run: offer to start the organization over. */
function offerReset(message: string, script: vscode.Uri): void {
  const reset = 'Reset Simulated Organization…';
  void vscode.window.showErrorMessage(message, reset).then((choice) => {
    if (choice === reset) void vscode.commands.executeCommand(Command.resetOrganization, script);
  });
}
