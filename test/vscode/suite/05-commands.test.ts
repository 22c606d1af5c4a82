// The housekeeping commands: the transcript can be brought up at any time, and the language server
// restarted without reloading the window (the Connectors view then asks the new server).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, labelOf, treeChildren, waitFor } from './helpers';

describe('Housekeeping commands', () => {
  it('Show Output runs without a run having happened first', async () => {
    await vscode.commands.executeCommand('exconn.showOutput');
  });

  it('Restart Language Server starts a new server, which answers the Connectors view', async () => {
    const api = await activeApi();
    const before = api.languageClient.initializeResult;
    await vscode.commands.executeCommand('exconn.restartServer');
    await waitFor('a running, newly initialized server', () =>
      api.languageClient.isRunning() && api.languageClient.initializeResult !== before ? true : undefined);
    const items = await treeChildren(api.connectorsProvider);
    assert.ok(items.every((item) => typeof labelOf(item.item) === 'string'));
  });
});
