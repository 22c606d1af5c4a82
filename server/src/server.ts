// Language server entry point: LSP glue only. The connection's events go to the pieces in lsp/
// (open documents and their analyses, the scripts on disk, diagnostics, simulator commands), and
// every feature is answered by the analysis layer in core/analysis. `node dist/server.js --stdio`
// speaks LSP on stdio; the VS Code client starts it over IPC.

import { createConnection, FileChangeType, ProposedFeatures, ResponseError, ErrorCodes, type CancellationToken, type FileEvent } from 'vscode-languageserver/node';
import { FULL_SCOPE, type FeatureScope, usesExchangeCmdlets, WorkspaceIndex } from './core/analysis';
import { requestedFeatures, serverCapabilities } from './lsp/capabilities';
import { SERVER_USAGE, serverStart, type ServerStart } from './lsp/serverArguments';
import { DiagnosticsPipeline } from './lsp/diagnosticsPipeline';
import { EditorSettings } from './lsp/editorSettings';
import { registerFeatures } from './lsp/features';
import { ConfigurationDiagnostics } from './lsp/configurationDiagnostics';
import { RunFailures } from './lsp/runFailures';
import { folderFacts } from './lsp/folderFacts';
import { ScriptDocuments } from './lsp/scriptDocuments';
import { SimulatorCommands } from './lsp/simulatorCommands';
import { WorkspaceFiles } from './lsp/workspaceFiles';
import { isScriptPath, pathOf } from './lsp/uris';
import { version } from './cli/version';
import { CONFIGURATION_TEXT_NOTIFICATION, type ConfigurationTextParams, SCRIPT_INFO_REQUEST, STATE_CHANGED_NOTIFICATION, STATE_REQUEST, type ScriptInfo, type ScriptInfoParams, type WorkspaceParams } from './protocol/extensionProtocol';

exitUnlessServing(serverStart(process.argv.slice(2), typeof process.send === 'function'));

const connection = createConnection(ProposedFeatures.all);
const index = new WorkspaceIndex();
const scripts = new ScriptDocuments(index);
const files = new WorkspaceFiles(index, scripts);
const runFailures = new RunFailures();
const diagnostics = new DiagnosticsPipeline(connection, scripts, index, runFailures);
const commands = new SimulatorCommands(connection, scripts, index, afterSimulatorChange, runFailures);
const configuration = new ConfigurationDiagnostics(connection, scripts.documents, index);
let supportsFolderChanges = false;
let settings: EditorSettings | undefined;
let scope: FeatureScope = FULL_SCOPE;

connection.onInitialize((params) => {
  const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  index.setFolders(folders);
  supportsFolderChanges = params.capabilities?.workspace?.workspaceFolders === true;
  settings = new EditorSettings(connection, params.capabilities?.workspace?.configuration === true, params.initializationOptions);
  const features = requestedFeatures(params.initializationOptions);
  scope = { powerShellCmdlets: features.powerShellCmdlets };
  return { capabilities: serverCapabilities(features), serverInfo: { name: 'exconn', version } };
});

connection.onInitialized(() => {
  if (supportsFolderChanges) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => folder.uri));
      const folders = [...index.folderUris().filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
      index.setFolders(folders);
      void indexFolders(event.added.map((folder) => folder.uri));
    });
  }
  void indexFolders(index.folderUris());
});

/** Indexes the scripts and reads the state of each folder, then re-checks the open documents. */
async function indexFolders(folderUris: readonly string[]): Promise<void> {
  await settings?.refresh(folderUris);
  for (const folderUri of folderUris) {
    index.setFacts(folderUri, await folderFacts(folderUri));
    await configuration.fromDisk(folderUri);
    await files.indexFolder(folderUri);
  }
  diagnostics.workspaceChanged();
}

async function afterSimulatorChange(folderUri: string): Promise<void> {
  const folder = index.folderOf(folderUri) ?? folderUri;
  index.setFacts(folder, await folderFacts(folder));
  diagnostics.workspaceChanged();
  void connection.sendNotification(STATE_CHANGED_NOTIFICATION, { workspaceUri: folderUri } satisfies WorkspaceParams);
}

scripts.documents.onDidChangeContent((event) => {
  if (scripts.isScript(event.document)) diagnostics.documentChanged(event.document.uri);
  else if (configuration.isConfiguration(event.document.uri)) configuration.edited(event.document);
});

scripts.documents.onDidClose((event) => {
  if (configuration.isConfiguration(event.document.uri)) {
    // Closed without saving: what counts again is the file on disk.
    const folder = index.folderOf(event.document.uri);
    if (folder) void configuration.fromDisk(folder);
    return;
  }
  scripts.forget(event.document.uri);
  runFailures.forget(event.document.uri);
  diagnostics.closed(event.document.uri);
  void files.closed(event.document.uri).then(() => diagnostics.workspaceChanged());
});

connection.onDidChangeWatchedFiles(async (params) => {
  for (const change of params.changes) await fileChanged(change);
  diagnostics.workspaceChanged();
});

async function fileChanged(change: FileEvent): Promise<void> {
  const file = pathOf(change.uri);
  if (!file) return;
  if (/(^|[\\/])exconn\.json$/i.test(file)) {
    const folder = index.folderOf(change.uri);
    if (folder) index.setFacts(folder, await folderFacts(folder));
    if (folder && configuration.isConfiguration(change.uri)) await configuration.fromDisk(folder);
  } else if (isScriptPath(file)) {
    if (change.type === FileChangeType.Deleted) files.deleted(change.uri);
    else await files.indexFile(file);
  }
}

connection.onExecuteCommand(async (params, token) => {
  try {
    return await commands.execute(params.command, params.arguments ?? [], abortSignalOf(token));
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    connection.console.error(`${params.command} failed: ${error instanceof Error ? error.stack : String(error)}`);
    throw new ResponseError(ErrorCodes.InternalError, error instanceof Error ? error.message : String(error));
  }
});

/** The editor's cancel of a request, as the signal the simulator understands. */
function abortSignalOf(token: CancellationToken): AbortSignal {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  else token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}

connection.onNotification(CONFIGURATION_TEXT_NOTIFICATION, (params: Partial<ConfigurationTextParams> | undefined) => {
  if (typeof params?.uri === 'string') void configuration.editorText(params.uri, typeof params.text === 'string' ? params.text : null);
});
connection.onRequest(SCRIPT_INFO_REQUEST, async (params: Partial<ScriptInfoParams> | undefined): Promise<ScriptInfo> => {
  const analysis = typeof params?.uri === 'string' ? await scripts.settledAnalysis(params.uri, () => false) : undefined;
  return { usesExchangeCmdlets: analysis ? usesExchangeCmdlets(analysis) : false };
});
connection.onRequest(STATE_REQUEST, async (params: { workspaceUri?: unknown } | undefined) => commands.state(params?.workspaceUri));

// exconn.pathMappings and exconn.throttling.enabled adjust exconn.json for the simulator.
connection.onDidChangeConfiguration(async (params) => {
  const folders = index.folderUris();
  await settings?.refresh(folders, params.settings ?? undefined);
  for (const folder of folders) index.setFacts(folder, await folderFacts(folder));
  diagnostics.workspaceChanged();
  for (const folder of folders) void connection.sendNotification(STATE_CHANGED_NOTIFICATION, { workspaceUri: folder } satisfies WorkspaceParams);
});

connection.onShutdown(() => {
  commands.dispose();
  diagnostics.dispose();
});

registerFeatures(connection, scripts, index, () => scope);

// A bug in one handler must not take the editor's language features down with it.
process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unexpected rejection: ${String(reason)}`));

scripts.documents.listen(connection);
connection.listen();

/** --help prints the usage; no transport prints it as an error (exit 2, as the CLI's usage errors). */
function exitUnlessServing(start: ServerStart): void {
  if (start.kind === 'serve') return;
  if (start.kind === 'help') process.stdout.write(SERVER_USAGE);
  else process.stderr.write(`exconn lsp: no transport given.\n\n${SERVER_USAGE}`);
  process.exit(start.kind === 'help' ? 0 : 2);
}
