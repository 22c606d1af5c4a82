// A run's failures in the editor, each mistake once: a failure the check already explains is that
// diagnostic's related information, not a second entry; any other failure is underlined at the
// parameter (or command name) the run names, not the whole line; an edit takes them away. A long run
// can be cancelled, and stops before its next statement.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, ExecuteCommandRequest, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { ServerCommand, type RunResult } from '../../server/src/protocol/extensionProtocol';
import { LspTestClient } from './lspClient';

const REPOSITORY = path.join(__dirname, '..', '..');

describe('run failures beside the check\'s diagnostics', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;
  const uri = (name: string) => pathToFileURL(path.join(workspace, name)).href;
  const run = (name: string, token?: CancellationTokenSource) =>
    client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.runScript, arguments: [uri(name)] }, token?.token) as Promise<RunResult>;

  before(async () => {
    execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' });
    workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-runfail-')));
    fs.cpSync(path.join(REPOSITORY, 'samples', 'contoso'), workspace, { recursive: true });
    ({ client } = await LspTestClient.start(pathToFileURL(workspace).href));
    assert.equal((await run('01-create-connector.ps1')).success, true);
    // The connector now exists only in the saved state, so creating it again fails in the run alone.
    fs.rmSync(path.join(workspace, '01-create-connector.ps1'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('01-create-connector.ps1'), type: FileChangeType.Deleted }] });
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('shows a failure the check explains once, as related information, and another at the parameter it is about', async () => {
    const lines = [
      'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectori "C:\\Drop"',
      'New-ForeignConnector -Name "Contoso Foreign Connector" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5" -SourceTransportServers Hub01',
    ];
    const text = `${lines.join('\n')}\n`;
    fs.writeFileSync(path.join(workspace, 'again.ps1'), text);
    await client.open(uri('again.ps1'), text);
    await client.waitForDiagnostics(uri('again.ps1'), (found) => found.some((d) => d.code === 'unknown-parameter'));
    const result = await run('again.ps1');
    assert.equal(result.failures.length, 2, result.output);
    const published = await client.waitForDiagnostics(uri('again.ps1'), (found) => found.some((d) => d.source === 'exconn run'));
    const summary = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.source} ${String(d.code ?? '')}`;
    assert.deepEqual(published.map(summary), [
      `0:${lines[0]!.indexOf('-DropDirectori')}-${lines[0]!.indexOf(' "C:')} exconn unknown-parameter`,
      `1:${lines[1]!.indexOf('-Name')}-${lines[1]!.indexOf(' -AddressSpaces')} exconn run `,
    ], 'one entry per mistake');
    assert.match(published[0]!.relatedInformation?.[0]?.message ?? '', /^The run failed here: A parameter cannot be found that matches parameter name 'DropDirectori'/);
    assert.deepEqual(published[0]!.relatedInformation?.[0]?.location.range, published[0]!.range, 'the run names the same parameter the check does');
    assert.match(String(published[1]!.message), /already exists/);

    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('again.ps1'), version: client.nextVersion(uri('again.ps1')) },
      contentChanges: [{ text: `${text}# edited\n` }],
    });
    const edited = await client.waitForDiagnostics(uri('again.ps1'), (found) => !found.some((d) => d.source === 'exconn run'));
    assert.ok(edited.every((d) => !d.relatedInformation), 'an edit takes the run\'s failures away');
  });

  it('stops a long run before its next statement when the request is cancelled', async () => {
    const text = '$count = 0\nforeach ($i in 1..900) { foreach ($j in 1..900) { $count = $count + 1 } }\nSet-ForeignConnector "Contoso Foreign Connector" -Comment "not reached"\n';
    fs.writeFileSync(path.join(workspace, 'long.ps1'), text);
    const source = new CancellationTokenSource();
    const pending = run('long.ps1', source);
    setTimeout(() => source.cancel(), 300);
    const result = await pending;
    assert.equal(result.success, false);
    assert.match(result.output, /The run was cancelled before line 2; the statements before it took effect, this one and the rest did not run\./);
    const state = JSON.parse(fs.readFileSync(path.join(workspace, '.exconn', 'config.json'), 'utf8')) as { connectors: { comment: string }[] };
    assert.notEqual(state.connectors[0]?.comment, 'not reached');
  });
});
