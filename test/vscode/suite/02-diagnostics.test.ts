// Diagnostics pushed by the language server arrive in VS Code at the bad parameter.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, fixture, requireServerFeature, syncsDocuments, waitFor } from './helpers';

describe('Diagnostics', () => {
  it('marks an unknown parameter as an error at its place', async function () {
    const api = await activeApi();
    requireServerFeature(this, api, 'document sync (diagnostics)', syncsDocuments);
    const uri = fixture('bad-parameter.ps1');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const offset = document.getText().lastIndexOf('-SourceServers'); // line 2; the comment above names it too
    const bad = new vscode.Range(document.positionAt(offset), document.positionAt(offset + '-SourceServers'.length));

    const errors = await waitFor('an error diagnostic on bad-parameter.ps1', () => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      return found.length > 0 ? found : undefined;
    });
    const atParameter = errors.find((d) => d.range.intersection(bad) !== undefined);
    assert.ok(atParameter, `no error at -SourceServers; got: ${errors.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`).join(' | ')}`);
    assert.match(atParameter.message, /SourceServers/i);
  });
});
