// "Exchange: Process Pickup and Replay Folders" (once), "Exchange: Start/Stop Transport Service"
// (watch mode, run by the server). They share the trust check, the workspace choice and the status
// bar, so they live together.
import * as vscode from 'vscode';
import type { TransportRunResult } from '../../server/src/protocol/extensionProtocol';
import type { ServerCalls } from './serverCalls';
import type { Transcript } from './transcript';
import type { TransportStatusBar } from './transportStatusBar';
import { resolveWorkspaceFolder } from './workspaceFolders';
import { ensureTrusted } from './workspaceTrust';

export interface TransportDeps {
  server: ServerCalls;
  transcript: Transcript;
  statusBar: TransportStatusBar;
  afterRun: () => void;
}

export async function processTransportCommand(deps: TransportDeps, hint?: unknown): Promise<TransportRunResult | undefined> {
  if (!ensureTrusted('Exchange: Process Pickup and Replay Folders')) return undefined;
  const folder = await resolveWorkspaceFolder(uriOf(hint));
  if (!folder) return undefined;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Exchange: processing the Pickup and Replay folders…' },
      () => deps.server.processTransport(folder.uri),
    );
    deps.transcript.append(`Process Pickup and Replay folders of ${folder.name}`, result.output);
    deps.transcript.show();
    deps.statusBar.reveal();
    deps.afterRun();
    void vscode.window.showInformationMessage(`Exchange: ${result.countsText.sentence}`);
    return result;
  } catch (e) {
    reportFailure(deps, 'process the Pickup and Replay folders', e);
    return undefined;
  }
}

export async function startTransportCommand(deps: TransportDeps, hint?: unknown): Promise<void> {
  if (!ensureTrusted('Exchange: Start Transport Service')) return;
  const folder = await resolveWorkspaceFolder(uriOf(hint));
  if (!folder) return;
  try {
    await deps.server.startTransport(folder.uri);
    // The server confirms with exconn/transportStatus; show "running" at once all the same.
    deps.statusBar.update({ running: true });
    deps.transcript.append(`Start transport service in ${folder.name}`, '');
  } catch (e) {
    reportFailure(deps, 'start the transport service', e);
  }
}

export async function stopTransportCommand(deps: TransportDeps, hint?: unknown): Promise<void> {
  const folder = await resolveWorkspaceFolder(uriOf(hint));
  if (!folder) return;
  try {
    await deps.server.stopTransport(folder.uri);
    deps.statusBar.update({ running: false });
    deps.transcript.append(`Stop transport service in ${folder.name}`, '');
    deps.afterRun();
  } catch (e) {
    reportFailure(deps, 'stop the transport service', e);
  }
}

function reportFailure(deps: TransportDeps, what: string, e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  deps.transcript.append(`Could not ${what}`, message);
  void vscode.window.showErrorMessage(`Exchange: could not ${what}: ${message}`);
}

// Commands get a Uri from menus and a tree node (with a workspace Uri) from the Connectors view.
function uriOf(hint: unknown): vscode.Uri | undefined {
  if (hint instanceof vscode.Uri) return hint;
  if (hint && typeof hint === 'object' && 'workspace' in hint && hint.workspace instanceof vscode.Uri) return hint.workspace;
  return undefined;
}
