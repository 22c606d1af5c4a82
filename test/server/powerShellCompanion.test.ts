// Beside the PowerShell extension: the VS Code client asks the server (initializationOptions.features)
// to leave formatting, semantic tokens and PowerShell's own cmdlets to others. The server then
// advertises neither provider, completes and describes Exchange cmdlets only, and still says which
// scripts are Exchange scripts (exconn/scriptInfo, for the Run Script button).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, SignatureHelpRequest, type CompletionItem, type CompletionList, type Hover, type InitializeResult, type SignatureHelp } from 'vscode-languageserver-protocol';
import { SCRIPT_INFO_REQUEST, type ScriptInfo } from '../../server/src/protocol/extensionProtocol';
import { LspTestClient } from './lspClient';

const REPOSITORY = path.join(__dirname, '..', '..');

describe('language server beside the PowerShell extension', function () {
  this.timeout(60000);
  let workspace: string;
  const clients: LspTestClient[] = [];
  const uri = (name: string) => pathToFileURL(path.join(workspace, name)).href;

  before(() => {
    execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' });
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-companion-'));
  });
  after(async () => {
    for (const client of clients) await client.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  async function start(features?: Record<string, boolean>): Promise<{ client: LspTestClient; result: InitializeResult }> {
    const started = await LspTestClient.start(pathToFileURL(workspace).href, features ? { initializationOptions: { features } } : {});
    clients.push(started.client);
    return started;
  }

  const script = 'Write-Host "Creating the connector"\nSet-ForeignConnector "Contoso" -Enabled $true\nWr\nWrite-Host -';
  const labels = (list: CompletionList | CompletionItem[] | null) => (Array.isArray(list) ? list : list?.items ?? []).map((item) => item.label);

  it('serves everything when the client asks nothing (any other editor)', async () => {
    const { client, result } = await start();
    assert.equal(result.capabilities.documentFormattingProvider, true);
    assert.ok(result.capabilities.semanticTokensProvider);
    await client.open(uri('full.ps1'), script);
    const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri('full.ps1') }, position: { line: 2, character: 2 } }));
    assert.ok(items.includes('Write-Host'), 'Write-Host offered');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('full.ps1') }, position: { line: 0, character: 2 } });
    assert.ok(hover, 'a hover on Write-Host');
    const parameters = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri('full.ps1') }, position: { line: 3, character: 12 } }));
    assert.ok(parameters.includes('-Object'), `parameters of Write-Host: ${parameters.join(', ')}`);
  });

  it('leaves formatting, semantic tokens and PowerShell\'s own cmdlets alone when asked to', async () => {
    const { client, result } = await start({ formatting: false, semanticTokens: false, powerShellCmdlets: false });
    assert.equal(result.capabilities.documentFormattingProvider, undefined);
    assert.equal(result.capabilities.documentRangeFormattingProvider, undefined);
    assert.equal(result.capabilities.semanticTokensProvider, undefined);
    await client.open(uri('companion.ps1'), script);
    const at = (line: number, character: number) => ({ textDocument: { uri: uri('companion.ps1') }, position: { line, character } });

    const commands = labels(await client.connection.sendRequest(CompletionRequest.type, at(2, 2)));
    assert.ok(!commands.includes('Write-Host') && !commands.includes('Where-Object'), `PowerShell cmdlets offered: ${commands.filter((c) => /^W/.test(c)).join(', ')}`);
    assert.ok(commands.includes('New-ForeignConnector'), 'Exchange cmdlets still offered');
    assert.ok(commands.some((label) => /procedure/i.test(label)), 'the procedure snippet still offered');

    const hoverOnWriteHost = await client.connection.sendRequest(HoverRequest.type, at(0, 2)) as Hover | null;
    assert.equal(hoverOnWriteHost, null);
    const hoverOnExchange = await client.connection.sendRequest(HoverRequest.type, at(1, 4)) as Hover | null;
    assert.match(JSON.stringify(hoverOnExchange?.contents ?? ''), /Set-ForeignConnector/);
    const parameters = labels(await client.connection.sendRequest(CompletionRequest.type, at(3, 12)));
    assert.deepEqual(parameters, [], 'no parameters of Write-Host');
    const signature = await client.connection.sendRequest(SignatureHelpRequest.type, at(1, 46)) as SignatureHelp | null;
    assert.ok(signature && signature.signatures.length > 0, 'signature help for Set-ForeignConnector');
  });

  it('gives symbols and folding on Exchange scripts only, where the PowerShell extension has no answer of its own to double', async () => {
    const { client } = await start({ powerShellCmdlets: false });
    const body = 'function Show-Queue {\n  param($Name)\n  Write-Host $Name\n}\n';
    await client.open(uri('plain-fn.ps1'), body);
    await client.open(uri('exchange-fn.ps1'), `${body}New-ForeignConnector -Name "Contoso" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5"\n`);
    const symbols = (name: string) => client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri(name) } }) as Promise<unknown[]>;
    const folds = (name: string) => client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: uri(name) } }) as Promise<unknown[]>;
    assert.deepEqual(await symbols('plain-fn.ps1'), []);
    assert.deepEqual(await folds('plain-fn.ps1'), []);
    assert.ok((await symbols('exchange-fn.ps1')).length > 0, 'symbols of an Exchange script');
    assert.ok((await folds('exchange-fn.ps1')).length > 0, 'folding of an Exchange script');
  });

  it('says which scripts run Exchange cmdlets (the Run Script button shows on those)', async () => {
    const { client } = await start({ powerShellCmdlets: false });
    await client.open(uri('exchange.ps1'), 'Get-ForeignConnector | Format-List');
    await client.open(uri('plain.ps1'), 'Get-ChildItem C:\\ | Where-Object { $_.Length -gt 0 }');
    const info = (name: string) => client.connection.sendRequest(SCRIPT_INFO_REQUEST, { uri: uri(name) }) as Promise<ScriptInfo>;
    assert.deepEqual(await info('exchange.ps1'), { usesExchangeCmdlets: true });
    assert.deepEqual(await info('plain.ps1'), { usesExchangeCmdlets: false });
    assert.deepEqual(await info('not-open.ps1'), { usesExchangeCmdlets: false });
  });
});
