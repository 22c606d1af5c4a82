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

  it('marks mistakes in exconn.json while it is edited, and its keys complete and explain themselves from the shipped schema', async () => {
    const uri = fixture('exconn.json');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const original = document.getText();
    try {
      await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(original.length)), '{\n  "serverz": ["Hub01"],\n  "throttling": "no"\n}\n'));
      const found = await waitFor('invalid-exconn-json diagnostics on the unsaved exconn.json', () => {
        const ours = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'exconn');
        return ours.length === 2 ? ours : undefined;
      });
      assert.deepEqual(found.map((d) => [d.range.start.line, d.range.start.character, typeof d.code === 'object' ? d.code.value : d.code]), [[1, 2, 'invalid-exconn-json'], [2, 16, 'invalid-exconn-json']]);
      assert.match(found[0]!.message, /Did you mean "servers"\?/);

      // VS Code's JSON support, reading schemas/exconn.schema.json through contributes.jsonValidation.
      await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), '{\n  \n}\n'));
      const completion = await waitFor('exconn.json keys offered by the JSON schema', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(1, 2));
        const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
        return labels.includes('localServer') ? labels : undefined;
      });
      assert.ok(completion.includes('pathMappings') && completion.includes('exchangeVersion'), completion.join(', '));
      await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), '{\n  "localServer": "Hub01"\n}\n'));
      const hover = await waitFor('the schema\'s description of localServer on hover', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(1, 5));
        const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        return /shell and the transport service run on/.test(text) ? text : undefined;
      });
      assert.match(hover, /one of "servers"/);
    } finally {
      await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original));
      await document.save();
    }
    await waitFor('no exconn diagnostics once exconn.json is back', () => (vscode.languages.getDiagnostics(uri).some((d) => d.source === 'exconn') ? undefined : true));
  });
});
