// Entry point of the VS Code extension: wires the language client, the commands, the Connectors
// view and the transport status bar together. Each piece lives in its own file; this one only
// connects them.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { ExconnApi } from './api';
import { Command, connectorsViewId } from './commandIds';
import { ConnectorsTreeProvider } from './connectorsTreeProvider';
import type { ConnectorsNode, FolderNode } from './connectorsModel';
import { openConnectorDefinition, openDropFolder, removeConnector, revealFolder } from './connectorsViewCommands';
import { FolderWatchers } from './folderWatchers';
import { importConfigurationCommand } from './importCommand';
import { initOrganizationCommand } from './initCommand';
import { resetOrganizationCommand, type ResetOptions } from './resetCommand';
import { CHECK_TASK_TYPE, CheckTaskProvider } from './checkTaskProvider';
import { SERVER_FEATURE_SETTINGS, serverFeatures } from './editorFeatures';
import { createLanguageClient } from './languageClient';
import { RunButtonContext } from './runButtonContext';
import { StateChangedNotification, TransportPassNotification, TransportStatusNotification } from './protocol';
import { runScriptCommand, type RunScriptOptions } from './runScriptCommand';
import { createSampleCommand } from './sampleWorkspace';
import { runSampleProcedureCommand, updateSampleContext } from './sampleProcedure';
import { sendOpenConfigurations, syncConfigurationText } from './configurationSync';
import { ServerCalls } from './serverCalls';
import { traceRecipientCommand } from './traceRecipientCommand';
import { putCliOnTerminalPath } from './terminalCommand';
import { Transcript } from './transcript';
import { anyOrganizationFolder } from './workspaceFolders';
import { processTransportCommand, startTransportCommand, stopTransportCommand } from './transportCommands';
import { TransportStatusBar } from './transportStatusBar';
import { MailFlowView } from './mailFlowView';
import { WalkthroughProgress } from './walkthroughProgress';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): ExconnApi {
  client = createLanguageClient(context);
  const server = new ServerCalls(client);
  const transcript = new Transcript();
  const statusBar = new TransportStatusBar();
  const provider = new ConnectorsTreeProvider(server);
  const watchers = new FolderWatchers(() => provider.refresh());
  const afterRun = () => {
    statusBar.reveal();
    provider.refresh();
  };
  const view = vscode.window.createTreeView(connectorsViewId, { treeDataProvider: provider, showCollapseAll: true });
  const walkthrough = new WalkthroughProgress(watchers);
  const mailFlow = new MailFlowView(server);
  context.subscriptions.push(mailFlow);
  context.subscriptions.push(transcript, statusBar, provider, watchers, view, walkthrough);
  context.subscriptions.push(provider.onDidSeeFolders(({ workspace, folders }) => {
    watchers.watch(workspace, folders);
    if (folders.length > 0) statusBar.reveal();
  }));
  void anyOrganizationFolder().then((found) => found && statusBar.reveal());

  const viewDeps = { client, server, transcript, afterRun };
  const transportDeps = { server, transcript, statusBar, afterRun };
  const commands: Record<string, (...args: never[]) => unknown> = {
    [Command.runScript]: (uri?: vscode.Uri, options?: RunScriptOptions) => runScriptCommand({ server, transcript, afterRun }, uri, options),
    [Command.processTransport]: (hint?: unknown) => processTransportCommand(transportDeps, hint),
    [Command.startTransport]: (hint?: unknown) => startTransportCommand(transportDeps, hint),
    [Command.stopTransport]: (hint?: unknown) => stopTransportCommand(transportDeps, hint),
    [Command.importConfiguration]: (clicked?: vscode.Uri, selected?: vscode.Uri[], type?: string) =>
      importConfigurationCommand({ server, transcript, afterRun }, clicked, selected, type),
    [Command.resetOrganization]: (hint?: unknown, options?: ResetOptions) => resetOrganizationCommand({ server, transcript, afterRun }, hint, options),
    [Command.initOrganization]: (hint?: unknown) => initOrganizationCommand({ server, transcript, afterRun }, hint),
    [Command.traceRecipient]: (address?: unknown, hint?: unknown) => traceRecipientCommand({ server, transcript }, address, hint),
    [Command.toggleTransport]: () => (statusBar.isRunning ? stopTransportCommand(transportDeps) : startTransportCommand(transportDeps)),
    [Command.createSample]: () => createSampleCommand(context.extensionUri),
    [Command.refreshConnectors]: () => provider.refresh(),
    [Command.revealFolder]: (node?: FolderNode) => revealFolder(node),
    [Command.openDropFolder]: (node?: ConnectorsNode) => openDropFolder(node),
    [Command.openConnectorDefinition]: (node?: ConnectorsNode) => openConnectorDefinition(viewDeps, node),
    [Command.removeConnector]: (node?: ConnectorsNode) => removeConnector(viewDeps, node),
    [Command.showOutput]: () => transcript.show(),
    [Command.showMailFlow]: (hint?: unknown) => mailFlow.show(hint),
    [Command.runSampleProcedure]: (hint?: unknown) => runSampleProcedureCommand({ server, transcript, afterRun }, context.extensionUri, hint),
    // A stuck or outdated server (after an update, say) without reloading the window; the Connectors
    // view asks the new one for the state.
    [Command.restartServer]: async () => {
      await client?.restart();
      provider.refresh();
    },
  };
  for (const [id, handler] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }

  const sampleContext = () => void updateSampleContext(context.extensionUri).catch(() => undefined);
  sampleContext();
  context.subscriptions.push(
    vscode.workspace.onDidCreateFiles(sampleContext),
    vscode.workspace.onDidDeleteFiles(sampleContext),
    vscode.workspace.onDidChangeWorkspaceFolders(sampleContext),
  );
  // A terminal opened before this finishes gets the PATH on its next start; nothing waits on it.
  void putCliOnTerminalPath(context).catch(() => undefined);
  context.subscriptions.push(vscode.tasks.registerTaskProvider(CHECK_TASK_TYPE, new CheckTaskProvider(context.extensionUri)));
  context.subscriptions.push(
    client.onNotification(StateChangedNotification, () => {
      provider.refresh();
      void mailFlow.redraw();
    }),
    client.onNotification(TransportStatusNotification, (status) => statusBar.update(status)),
    client.onNotification(TransportPassNotification, (pass) => {
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(pass.workspaceUri));
      transcript.append(`Transport service in ${folder?.name ?? pass.workspaceUri}: ${pass.countsText.sentence}`, pass.output);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => provider.refresh()),
  );

  const runButton = new RunButtonContext(client);
  context.subscriptions.push(runButton, ...restartOnFeatureChanges(client, () => provider.refresh()));

  context.subscriptions.push(syncConfigurationText(client));
  // After each (re)start, the server learns the open exconn.json texts anew.
  context.subscriptions.push(client.onDidChangeState((event) => event.newState === State.Running && client && sendOpenConfigurations(client)));

  const ready = client.start().then(() => {
    provider.refresh();
    void runButton.update();
  });
  // The failure is shown by the language client itself (its output channel and a notification);
  // catching here keeps it from also surfacing as an unhandled rejection.
  ready.catch(() => undefined);
  return { languageClient: client, connectorsProvider: provider, statusBar: () => statusBar.text, mailFlowSvg: () => mailFlow.svg, transcriptText: () => transcript.text, updateRunButton: () => runButton.update(), walkthroughSteps: () => walkthrough.completed(), ready };
}

/** What the server advertises depends on these (editorFeatures.ts); only a restart changes it. */
function restartOnFeatureChanges(languageClient: LanguageClient, afterRestart: () => void): vscode.Disposable[] {
  let features = JSON.stringify(serverFeatures());
  // One restart at a time: two settings changed together give two events.
  let queue = Promise.resolve();
  const restartIfChanged = () => {
    queue = queue.then(async () => {
      const now = JSON.stringify(serverFeatures());
      if (now === features) return;
      features = now;
      if (languageClient.isRunning()) await languageClient.restart();
      afterRestart();
    }).catch(() => undefined);
  };
  return [
    vscode.workspace.onDidChangeConfiguration((event) => SERVER_FEATURE_SETTINGS.some((setting) => event.affectsConfiguration(setting)) && restartIfChanged()),
    vscode.extensions.onDidChange(restartIfChanged),
  ];
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
