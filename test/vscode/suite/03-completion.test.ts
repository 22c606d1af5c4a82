// Completion from the language server, through VS Code's completion provider API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, fixture, requireServerFeature } from './helpers';

async function labelsAt(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

function endOfLineContaining(document: vscode.TextDocument, text: string): vscode.Position {
  for (let i = 0; i < document.lineCount; i++) {
    const line = document.lineAt(i);
    if (line.text.trimEnd().endsWith(text)) return new vscode.Position(i, line.text.trimEnd().length);
  }
  throw new Error(`no line ends with ${text}`);
}

describe('Completion', () => {
  let document: vscode.TextDocument;

  beforeEach(async function () {
    requireServerFeature(this, await activeApi(), 'completion', (c) => c.completionProvider !== undefined);
    document = await vscode.workspace.openTextDocument(fixture('completion.ps1'));
    await vscode.window.showTextDocument(document);
  });

  it('offers the parameters of New-ForeignConnector after a dash', async () => {
    const labels = await labelsAt(document, endOfLineContaining(document, '"Tailspin" -'));
    const names = labels.map((l) => l.replace(/^-/, '').toLowerCase());
    assert.ok(names.includes('addressspaces'), `no AddressSpaces among: ${labels.slice(0, 30).join(', ')}`);
    assert.ok(names.includes('sourcetransportservers'), `no SourceTransportServers among: ${labels.slice(0, 30).join(', ')}`);
  });

  it('offers X.400 attributes inside an X400 address space', async () => {
    const labels = await labelsAt(document, endOfLineContaining(document, '"X400:c=US;'));
    const keys = labels.map((l) => l.replace(/=$/, '').toLowerCase());
    for (const key of ['a', 'p', 'o', 'ou1', 'cn']) {
      assert.ok(keys.includes(key), `no X.400 attribute ${key} among: ${labels.slice(0, 30).join(', ')}`);
    }
  });
});
