// What must hold whatever the language server offers yet: the extension activates in a real VS Code,
// its language client reaches the running state, every contributed command is registered, the
// Connectors view answers, and the grammar injections are contributed into PowerShell.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, extensionId, fixture, treeChildren } from './helpers';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    grammars: { scopeName: string; path: string; injectTo?: string[] }[];
    views: Record<string, { id: string }[]>;
  };
}

describe('Smoke: the extension in a real VS Code', () => {
  it('activates and starts the language client', async () => {
    const api = await activeApi();
    assert.equal(api.languageClient.isRunning(), true, 'language client is not running');
    assert.ok(api.languageClient.initializeResult, 'the server did not answer initialize');
  });

  it('registers every contributed command', async () => {
    const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as Manifest;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('contributes the grammar injections into source.powershell, and PowerShell is a known language', async () => {
    const extension = vscode.extensions.getExtension(extensionId)!;
    const grammars = (extension.packageJSON as Manifest).contributes.grammars;
    const injections = grammars.filter((g) => g.injectTo?.includes('source.powershell'));
    assert.ok(injections.length >= 2, 'expected the cmdlet and address-space injections');
    for (const g of injections) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, g.path)));
      const grammar = JSON.parse(text) as { scopeName: string; injectionSelector: string };
      assert.equal(grammar.scopeName, g.scopeName);
      assert.match(grammar.injectionSelector, /source\.powershell/);
    }
    // The injections need VS Code's built-in PowerShell grammar (source.powershell) to inject into.
    assert.ok((await vscode.languages.getLanguages()).includes('powershell'), 'no powershell language in this VS Code');
    const document = await vscode.workspace.openTextDocument(fixture('create-connector.ps1'));
    assert.equal(document.languageId, 'powershell');
  });

  it('has the Connectors view, whose provider answers', async () => {
    const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as Manifest;
    assert.ok(manifest.contributes.views.exconn.some((v) => v.id === 'exconn.connectors'));
    const api = await activeApi();
    assert.ok(Array.isArray(await treeChildren(api.connectorsProvider)));
  });

  it('reads its settings with their documented defaults', () => {
    const config = vscode.workspace.getConfiguration('exconn');
    assert.equal(config.get('trace.server'), 'off');
    assert.equal(config.get('throttling.enabled'), true);
    assert.deepEqual(config.get('pathMappings'), {});
  });
});
