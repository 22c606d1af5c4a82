// End to end: the bundled server (dist/server.js, built first) started as a child process speaking
// LSP on stdio, driven by a real LSP client over a temporary copy of samples/contoso. Each test asks
// what an editor would ask and checks the answer.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CompletionRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DocumentFormattingRequest,
  DocumentSymbolRequest, ErrorCodes, ExecuteCommandRequest, FileChangeType, FoldingRangeRequest, HoverRequest, PrepareRenameRequest,
  ReferencesRequest, RenameRequest, SemanticTokensRequest, SignatureHelpRequest, WorkspaceSymbolRequest,
  type CompletionItem, type CompletionList, type InitializeResult, type MarkupContent, type Position, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import {
  ServerCommand, STATE_CHANGED_NOTIFICATION, STATE_REQUEST, TRANSPORT_STATUS_NOTIFICATION,
  type RunResult, type SimulatorState, type TransportRunResult, type ImportResult, type InitResult, type ResetResult, type RouteTraceResult, type TransportStatus,
} from '../../server/src/protocol/extensionProtocol';
import { LspTestClient, REPOSITORY } from './lspClient';

const SAMPLES = path.join(REPOSITORY, 'samples/contoso');

describe('language server over stdio (end to end)', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;
  let initialized: InitializeResult;
  const uri = (name: string) => pathToFileURL(path.join(workspace, name)).href;
  const textOf = (name: string) => fs.readFileSync(path.join(workspace, name), 'utf8');

  before(async () => {
    execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' });
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-lsp-'));
    fs.cpSync(SAMPLES, workspace, { recursive: true });
    ({ client, result: initialized } = await LspTestClient.start(pathToFileURL(workspace).href));
  });

  after(async () => {
    await client?.stop();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('advertises the LSP features and the simulator commands', () => {
    const capabilities = initialized.capabilities;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(capabilities.completionProvider?.resolveProvider, true);
    for (const feature of ['hoverProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'definitionProvider', 'referencesProvider', 'foldingRangeProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider'] as const) {
      assert.equal(capabilities[feature], true, feature);
    }
    // Written out, not taken from the protocol module: the wire names are the contract (docs/interfaces.md).
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['exconn.runScript', 'exconn.runCommandText', 'exconn.processTransport', 'exconn.startTransport', 'exconn.stopTransport', 'exconn.importConfiguration', 'exconn.resetOrganization', 'exconn.initOrganization', 'exconn.traceRecipient']);
  });

  it('pushes diagnostics for the sample scripts, knowing connectors created in files that are not open', async () => {
    // 02 references the connector that 01 creates; 01 is indexed from disk, not opened.
    for (const name of ['02-drop-directory.ps1', '03-pickup-directory.ps1', '04-replay-directory.ps1']) {
      await client.open(uri(name), textOf(name));
    }
    for (const name of ['02-drop-directory.ps1', '03-pickup-directory.ps1', '04-replay-directory.ps1']) {
      assert.deepEqual(await client.waitForDiagnostics(uri(name)), [], name);
    }
    await client.open(uri('01-create-connector.ps1'), textOf('01-create-connector.ps1'));
    assert.deepEqual(await client.waitForDiagnostics(uri('01-create-connector.ps1')), []);
  });

  it('reports a mistake with its exact range, and a quick fix clears it', async () => {
    const name = '05-typo.ps1';
    const text = 'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectori "C:\\Drop Directory"\n';
    await client.open(uri(name), text);
    const diagnostics = await client.waitForDiagnostics(uri(name), (found) => found.length > 0);
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range, diagnostic.severity, diagnostic.source]), [
      ['unknown-parameter', { start: { line: 0, character: 49 }, end: { line: 0, character: 63 } }, 1, 'exconn'],
    ]);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri(name) }, range: diagnostics[0].range, context: { diagnostics, only: ['quickfix'] },
    });
    assert.ok(actions && actions.length > 0);
    const fix = actions[0];
    assert.ok('edit' in fix && fix.edit?.changes);
    assert.equal(fix.title, 'Change to -DropDirectory');
    const edits = fix.edit.changes[uri(name)];
    assert.deepEqual(edits, [{ range: diagnostics[0].range, newText: '-DropDirectory' }]);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri(name), version: client.nextVersion(uri(name)) },
      contentChanges: edits.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    assert.deepEqual(await client.waitForDiagnostics(uri(name), (found) => found.length === 0), []);
  });

  it('keeps diagnostics current across files: an unknown connector, then the script that creates it', async () => {
    const name = '06-reference.ps1';
    await client.open(uri(name), 'Get-ForeignConnector "Fabrikam Fax"\n');
    const before = await client.waitForDiagnostics(uri(name), (found) => found.length > 0);
    assert.deepEqual(before.map((diagnostic) => diagnostic.code), ['unknown-connector']);
    fs.writeFileSync(path.join(workspace, '00-fax.ps1'), 'New-ForeignConnector -Name "Fabrikam Fax" -AddressSpaces "FAX:*;1"\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('00-fax.ps1'), type: FileChangeType.Created }] });
    assert.deepEqual(await client.waitForDiagnostics(uri(name), (found) => found.length === 0), []);
  });

  describe('completion', () => {
    const name = '07-completion.ps1';
    const text = [
      'New-ForeignConnector -Addr',
      'Set-ForeignConnector ',
      'New-ForeignConnector -Name "X" -AddressSpaces "X400:c=US;"',
    ].join('\n');

    before(() => client.open(uri(name), text));

    async function completeAt(position: Position): Promise<CompletionItem[]> {
      const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(name) }, position });
      return Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? [];
    }

    it('completes a parameter name after an abbreviation', async () => {
      const items = await completeAt({ line: 0, character: 26 });
      const item = items.find((candidate) => candidate.label === '-AddressSpaces');
      assert.ok(item);
      assert.deepEqual(item.textEdit, { range: { start: { line: 0, character: 21 }, end: { line: 0, character: 26 } }, newText: '-AddressSpaces' });
    });

    it('completes a connector name at a value position, from the workspace', async () => {
      const items = await completeAt({ line: 1, character: 21 });
      assert.ok(items.some((candidate) => candidate.label === 'Contoso Foreign Connector'), JSON.stringify(items.map((item) => item.label)));
      assert.equal(items.find((candidate) => candidate.label === 'Contoso Foreign Connector')?.textEdit?.newText, '"Contoso Foreign Connector"');
    });

    it('completes X.400 attribute keys inside an address-space string and resolves their documentation', async () => {
      const items = await completeAt({ line: 2, character: 57 });
      assert.deepEqual(items.slice(0, 3).map((item) => item.label), ['a=', 'p=', 'o=']);
      assert.ok(!items.some((item) => item.label === 'c='));
      const resolved = await client.connection.sendRequest('completionItem/resolve', items[0]) as CompletionItem;
      assert.match((resolved.documentation as MarkupContent).value, /ADMD/);
    });
  });

  it('hovers a cmdlet and a connector name', async () => {
    const text = textOf('01-create-connector.ps1');
    const cmdlet = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('02-drop-directory.ps1') }, position: { line: 1, character: 5 } });
    assert.match((cmdlet?.contents as MarkupContent).value, /^\*\*Set-ForeignConnector\*\*/);
    assert.ok(text.includes('New-ForeignConnector'));
    const connector = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('02-drop-directory.ps1') }, position: { line: 1, character: 25 } });
    assert.match((connector?.contents as MarkupContent).value, /Created in 01-create-connector\.ps1:3\./);
  });

  it('answers signature help, symbols, references, semantic tokens, folding and formatting', async () => {
    const document = { uri: uri('02-drop-directory.ps1') };
    const help = await client.connection.sendRequest(SignatureHelpRequest.type, { textDocument: document, position: { line: 1, character: 49 } });
    assert.match(help?.signatures[0].label ?? '', /^Set-ForeignConnector \[-Identity\] <ForeignConnectorIdParameter>/);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: document });
    assert.deepEqual(symbols?.map((symbol) => symbol.name), ['Contoso Foreign Connector']);
    const found = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Contoso' });
    assert.ok(Array.isArray(found) && found.some((symbol) => symbol.location.uri === uri('01-create-connector.ps1')));
    const locations = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: document, position: { line: 1, character: 25 }, context: { includeDeclaration: true } });
    // 02 names the connector twice: Set-ForeignConnector, then Get-ForeignConnector to check.
    assert.deepEqual(locations?.map((location) => `${path.basename(location.uri)}:${location.range.start.line}`).sort(), ['01-create-connector.ps1:2', '02-drop-directory.ps1:1', '02-drop-directory.ps1:4', '05-typo.ps1:0']);
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: document });
    assert.ok((tokens?.data.length ?? 0) > 0 && tokens!.data.length % 5 === 0);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: document });
    assert.deepEqual(folds, []);
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: document, options: { tabSize: 4, insertSpaces: true } });
    assert.deepEqual(edits, []);
  });

  it('renames a connector across the workspace', async () => {
    const document = { uri: uri('02-drop-directory.ps1') };
    const position = { line: 1, character: 25 };
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: document, position });
    assert.deepEqual(prepared, { range: { start: { line: 1, character: 22 }, end: { line: 1, character: 47 } }, placeholder: 'Contoso Foreign Connector' });
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: document, position, newName: 'Contoso X.400 Connector' });
    const changes = edit?.changes ?? {};
    assert.deepEqual(Object.keys(changes).map((key) => path.basename(key)).sort(), ['01-create-connector.ps1', '02-drop-directory.ps1', '05-typo.ps1']);
    const created: TextEdit[] = changes[uri('01-create-connector.ps1')];
    assert.deepEqual(created, [{ range: { start: { line: 2, character: 28 }, end: { line: 2, character: 53 } }, newText: 'Contoso X.400 Connector' }]);
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: document, position, newName: 'Bad*' }), (error: { code: number }) => error.code === ErrorCodes.InvalidParams);
  });

  describe('bad requests', () => {
    it('gives empty answers for an unknown document, a position past the end and a document that is not a script', async () => {
      assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere/missing.ps1' }, position: { line: 0, character: 0 } }), null);
      const past = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri('02-drop-directory.ps1') }, position: { line: 999, character: 999 } });
      assert.ok(past === null || Array.isArray(past) || Array.isArray(past.items));
      await client.open(uri('exconn-notes.json'), '{ "New-ForeignConnector": 1 }', 'json');
      assert.equal(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri('exconn-notes.json') }, position: { line: 0, character: 4 } }), null);
      assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri('exconn-notes.json') } }), []);
    });

    it('answers an unknown method and bad command arguments with LSP errors, and keeps serving', async () => {
      await assert.rejects(client.connection.sendRequest('exconn/noSuchRequest', {}), (error: { code: number }) => error.code === ErrorCodes.MethodNotFound);
      await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.runScript, arguments: [42] }), (error: { code: number }) => error.code === ErrorCodes.InvalidParams);
      await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.processTransport, arguments: ['file:///no/such/folder'] }), (error: { code: number }) => error.code === ErrorCodes.InvalidParams);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('02-drop-directory.ps1') }, position: { line: 1, character: 5 } });
      assert.ok(hover);
    });
  });

  it('reads the servers of exconn.json when it appears: completion offers them and checks use them', async () => {
    fs.writeFileSync(path.join(workspace, 'exconn.json'), JSON.stringify({ servers: ['Hub01', 'Hub02', 'Edge01'], localServer: 'Hub01' }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('exconn.json'), type: FileChangeType.Created }] });
    const name = '08-servers.ps1';
    await client.open(uri(name), 'Set-TransportService Hub09 -PickupDirectoryPath "C:\\Pickup"\nNew-ForeignConnector -Name "S" -AddressSpaces "SMTP:s.com" -SourceTransportServers Hub01,');
    const diagnostics = await client.waitForDiagnostics(uri(name), (found) => found.some((diagnostic) => diagnostic.code === 'unknown-server'));
    assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-server').map((diagnostic) => diagnostic.range.start), [{ line: 0, character: 21 }]);
    const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(name) }, position: { line: 1, character: 89 } });
    const items = Array.isArray(list) ? list : list?.items ?? [];
    assert.deepEqual(items.map((item) => item.label), ['Hub02', 'Edge01']);
  });

  describe('simulator', () => {
    it('runs a script, reports the new state and notifies the change', async () => {
      const changed = client.waitForNotification(STATE_CHANGED_NOTIFICATION, 30000);
      const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.runScript, arguments: [uri('01-create-connector.ps1')] }) as RunResult;
      assert.equal(result.success, true, result.output);
      assert.deepEqual(result.failures, []);
      assert.match(result.output, /Contoso Foreign Connector/);
      assert.deepEqual(await changed, { workspaceUri: pathToFileURL(workspace).href });
      const state = await client.connection.sendRequest(STATE_REQUEST, { workspaceUri: pathToFileURL(workspace).href }) as SimulatorState;
      assert.deepEqual(state.connectors.map((connector) => [connector.name, connector.definitionUri, connector.line]), [['Contoso Foreign Connector', uri('01-create-connector.ps1'), 2]]);
    });

    it('runs one line of script and processes the transport folders', async () => {
      const line = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.runCommandText, arguments: [pathToFileURL(workspace).href, 'Get-ForeignConnector | Format-List Name'] }) as RunResult;
      assert.equal(line.success, true);
      assert.match(line.output, /Name : Contoso Foreign Connector/);
      const transport = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.processTransport, arguments: [pathToFileURL(workspace).href] }) as TransportRunResult;
      assert.equal(transport.moved, 0);
      assert.equal(typeof transport.output, 'string');
    });

    it('imports an exported organization with exconn.importConfiguration, and refuses a malformed file changing nothing', async () => {
      const fixture = (name: string) => pathToFileURL(path.join(__dirname, '..', 'core', 'simulator', 'import', 'fixtures', name)).href;
      const bad = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.importConfiguration, arguments: [pathToFileURL(workspace).href, [fixture('malformed.xml')]] }) as ImportResult;
      assert.equal(bad.success, false);
      assert.match(bad.output, /malformed\.xml, line \d+, column \d+: the file is not well-formed XML[\s\S]*Nothing was imported\./);
      const good = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.importConfiguration, arguments: [pathToFileURL(workspace).href, [fixture('organization.xml')]] }) as ImportResult;
      assert.equal(good.success, true, good.output);
      assert.equal(good.imported, 5);
      assert.match(good.output, /Imported ForeignConnector "Fabrikam X400"\./);
    });

    it('starts and stops the transport service, reporting its status', async () => {
      const started = client.waitForNotification(TRANSPORT_STATUS_NOTIFICATION);
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.startTransport, arguments: [pathToFileURL(workspace).href] });
      const status = await started as TransportStatus & { workspaceUri: string };
      assert.deepEqual({ workspaceUri: status.workspaceUri, running: status.running, moved: status.moved }, { workspaceUri: pathToFileURL(workspace).href, running: true, moved: 0 });
      const stopped = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.stopTransport, arguments: [pathToFileURL(workspace).href] }) as TransportStatus;
      assert.deepEqual({ running: stopped.running, moved: stopped.moved }, { running: false, moved: 0 });
      // The totals are the server's since it started, so starting the service resets nothing.
      assert.deepEqual(stopped.totals, status.totals);
    });

    it('applies the exconn.pathMappings setting to the simulator, and warns about a mapping it cannot use', async () => {
      const warned = client.waitForNotification('window/showMessage');
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { exconn: { pathMappings: { 'D:\\': 'd-drive', 'Q:': '../outside' }, throttling: { enabled: false } } },
      });
      assert.match(String((await warned as { message: string }).message), /exconn\.pathMappings setting "Q:"/);
      const text = 'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectory "D:\\Gateway Drop"';
      const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.runCommandText, arguments: [pathToFileURL(workspace).href, text] }) as RunResult;
      assert.equal(result.success, true, result.output);
      assert.ok(fs.statSync(path.join(workspace, 'd-drive', 'Gateway Drop')).isDirectory());
    });

    it('traces a recipient with exconn.traceRecipient: the connector the transport would choose, and why', async () => {
      const traced = await client.connection.sendRequest(ExecuteCommandRequest.type, {
        command: ServerCommand.traceRecipient, arguments: [pathToFileURL(workspace).href, 'X400:c=US;a=Fabrikam;p=Contoso;s=Smith'],
      }) as RouteTraceResult;
      assert.ok(traced.trace.outcome.kind === 'connector', traced.output);
      assert.equal(traced.trace.outcome.connector, 'Contoso Foreign Connector');
      assert.match(traced.headline, /^X400:c=US;a=Fabrikam;p=Contoso;s=Smith goes through Foreign connector "Contoso Foreign Connector" \(X400:c=US;a=Fabrikam;p=Contoso;5\)\.$/);
      assert.match(traced.output, /\nChosen: Foreign connector "Contoso Foreign Connector" through X400:c=US;a=Fabrikam;p=Contoso;5, to Drop directory /);
      const missing = client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.traceRecipient, arguments: [pathToFileURL(workspace).href] });
      await assert.rejects(missing, /Argument 2 must be the address to trace\./);
    });

    it('resets the folder\'s simulated organization with exconn.resetOrganization, and announces the change', async () => {
      const changed = client.waitForNotification(STATE_CHANGED_NOTIFICATION);
      const reset = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.resetOrganization, arguments: [pathToFileURL(workspace).href] }) as ResetResult;
      assert.equal(reset.success, true, reset.output);
      assert.match(reset.output, /^Reset the simulated organization in .*: removed \d+ ForeignConnectors?/);
      await changed;
      const state = await client.connection.sendRequest(STATE_REQUEST, { workspaceUri: pathToFileURL(workspace).href }) as SimulatorState;
      assert.deepEqual(state.connectors, []);
    });

    it('writes exconn.json from the folder\'s scripts with exconn.initOrganization, and never over an existing one', async () => {
      const command = { command: ServerCommand.initOrganization, arguments: [pathToFileURL(workspace).href] };
      const refused = await client.connection.sendRequest(ExecuteCommandRequest.type, command) as InitResult;
      assert.equal(refused.success, false);
      assert.match(refused.output, /exconn\.json exists already, so nothing was written/);
      fs.renameSync(path.join(workspace, 'exconn.json'), path.join(workspace, 'exconn.json.old'));
      const written = await client.connection.sendRequest(ExecuteCommandRequest.type, command) as InitResult;
      assert.equal(written.success, true, written.output);
      assert.equal(written.file, path.join(workspace, 'exconn.json'));
      const organization = JSON.parse(fs.readFileSync(written.file, 'utf8')) as { servers: string[]; localServer: string };
      assert.equal(organization.localServer, 'Hub01', 'the server whose Transport service the sample sets');
      assert.ok(written.output.includes(fs.readFileSync(written.file, 'utf8').trimEnd()));
    });
  });
});
