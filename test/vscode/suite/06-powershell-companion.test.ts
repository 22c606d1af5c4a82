// Side by side with the PowerShell extension: the Run Script button shows on Exchange scripts only
// (exconn.runButton), and the formatter and semantic tokens follow their settings, the server
// restarting to advertise the change. (The PowerShell extension itself cannot be installed offline
// here; the server's side of "leave PowerShell's cmdlets to it" is tested over stdio.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, fixture, labelOf, treeChildren, waitFor, workspaceRoot, type ExtensionApi } from './helpers';

interface CompanionApi extends ExtensionApi {
  updateRunButton(): Promise<boolean>;
  languageClient: ExtensionApi['languageClient'] & { initializeResult?: { capabilities: { documentFormattingProvider?: unknown; semanticTokensProvider?: unknown } } };
}

async function setGlobal(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('exconn').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Beside the PowerShell extension', () => {
  let api: CompanionApi;
  before(async () => {
    api = await activeApi() as CompanionApi;
  });
  after(async () => {
    for (const key of ['runButton', 'formatting', 'semanticHighlighting.enabled']) await setGlobal(key, undefined);
  });

  it('shows Run Script on Exchange scripts only, unless exconn.runButton says otherwise', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('create-connector.ps1')));
    assert.equal(await api.updateRunButton(), true, 'a script in a folder with exconn.json');

    const shown = async () => ((await api.updateRunButton()) ? 'shown' : 'hidden');
    const plain = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'powershell', content: 'Get-ChildItem C:\\Logs | Where-Object { $_.Length -gt 0 }\n' }));
    assert.equal(await shown(), 'hidden', 'a plain PowerShell script');
    // The same script once it runs an Exchange cmdlet: the server is asked, and says so.
    await plain.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Get-ForeignConnector | Format-List\n'));
    assert.equal(await waitFor('the script judged an Exchange script', async () => ((await shown()) === 'shown' ? 'shown' : undefined)), 'shown');

    await setGlobal('runButton', 'never');
    assert.equal(await api.updateRunButton(), false, 'never');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'powershell', content: 'Write-Host "hello"\n' }));
    await setGlobal('runButton', 'always');
    assert.equal(await api.updateRunButton(), true, 'always');
    await setGlobal('runButton', undefined);
  });

  it('stops formatting and semantic tokens when their settings say so, and offers them again after', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('create-connector.ps1'));
    const capabilities = () => api.languageClient.initializeResult?.capabilities;
    assert.ok(capabilities()?.documentFormattingProvider, 'formatting is on by default without the PowerShell extension');

    const before = api.languageClient.initializeResult;
    await setGlobal('formatting', 'off');
    await setGlobal('semanticHighlighting.enabled', false);
    await waitFor('a restarted server without formatting and semantic tokens', () => {
      const now = capabilities();
      return api.languageClient.isRunning() && api.languageClient.initializeResult !== before && !now?.documentFormattingProvider && !now?.semanticTokensProvider ? true : undefined;
    });
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
    assert.ok(!edits || edits.length === 0, 'no formatter answers');

    await setGlobal('formatting', undefined);
    await setGlobal('semanticHighlighting.enabled', undefined);
    await waitFor('a restarted server with formatting and semantic tokens again', () => {
      const now = capabilities();
      return api.languageClient.isRunning() && now?.documentFormattingProvider && now.semanticTokensProvider ? true : undefined;
    });
  });

  it('in a workspace that holds the sample, Run the Sample Procedure runs its scripts in order', async () => {
    const sample = ['01-create-connector.ps1', '02-drop-directory.ps1', '03-pickup-directory.ps1', '04-replay-directory.ps1'];
    await vscode.commands.executeCommand('exconn.createSample');
    try {
      const results = await vscode.commands.executeCommand<{ success: boolean; output: string }[] | undefined>('exconn.runSampleProcedure', workspaceRoot());
      assert.equal(results?.length, sample.length, JSON.stringify(results?.map((r) => r.output)));
      assert.ok(results.every((result) => result.success), results.map((r) => r.output).join('\n'));
      await waitFor('the sample connector in the Connectors view', async () => {
        const labels = (await treeChildren(api.connectorsProvider)).map((item) => labelOf(item.item));
        return labels.includes('Contoso Foreign Connector') ? true : undefined;
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('exconn.resetOrganization', workspaceRoot(), { confirmed: true });
      for (const name of sample) await vscode.workspace.fs.delete(fixture(name)).then(undefined, () => undefined);
    }
  });
});
