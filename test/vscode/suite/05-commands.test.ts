// The housekeeping commands: the transcript can be brought up at any time, and the language server
// restarted without reloading the window (the Connectors view then asks the new server).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, exists, extensionId, fixture, labelOf, treeChildren, waitFor } from './helpers';

describe('Housekeeping commands', () => {
  it('the exconn check task fills Problems through the $exconn problem matcher', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'exconn' });
    const check = tasks.find((task) => task.name === 'check');
    assert.ok(check, `tasks of type exconn: ${tasks.map((task) => task.name).join(', ')}`);
    const ended = new Promise<number | undefined>((resolve) => {
      const listener = vscode.tasks.onDidEndTaskProcess((event) => {
        if (event.execution.task.definition.type !== 'exconn') return;
        listener.dispose();
        resolve(event.exitCode);
      });
    });
    await vscode.tasks.executeTask(check);
    assert.equal(await ended, 1, 'exconn check should exit 1: the fixture has an error');
    const fromTask = await waitFor('a Problems entry from the task on bad-parameter.ps1', () => {
      const found = vscode.languages.getDiagnostics(fixture('bad-parameter.ps1')).filter((d) => d.source === 'exconn check');
      return found.length > 0 ? found : undefined;
    });
    assert.ok(fromTask.some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line === 1), fromTask.map((d) => `${d.range.start.line}: ${d.message}`).join(' | '));
  });


  it('puts exconn on the PATH of the integrated terminal', async function () {
    if (process.platform === 'win32') this.skip();
    const out = fixture('terminal-exconn-version.txt');
    const terminal = vscode.window.createTerminal({ name: 'exconn on the PATH', shellPath: '/bin/sh', shellArgs: ['-c', `exconn --version > '${out.fsPath}' 2>&1`] });
    try {
      const written = await waitFor('exconn --version run in a terminal', async () => {
        if (!(await exists(out))) return undefined;
        const text = Buffer.from(await vscode.workspace.fs.readFile(out)).toString('utf8').trim();
        return text === '' ? undefined : text;
      });
      const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as { version: string };
      assert.equal(written, manifest.version);
    } finally {
      terminal.dispose();
      await vscode.workspace.fs.delete(out).then(undefined, () => undefined);
    }
  });

  it('Run Script on a script with a mistake shows it once: the run\'s failure is the check\'s diagnostic\'s related information', async () => {
    const uri = fixture('bad-parameter.ps1');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the check\'s error on bad-parameter.ps1', () => (vscode.languages.getDiagnostics(uri).some((d) => d.source === 'exconn') ? true : undefined));
    const result = await vscode.commands.executeCommand<{ success: boolean; failures: unknown[] } | undefined>('exconn.runScript', uri, { whenErrors: 'run' });
    assert.equal(result?.success, false);
    const shown = await waitFor('the run failure attached to the check\'s diagnostic', () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return diagnostics.some((d) => d.relatedInformation?.some((r) => /^The run failed here: /.test(r.message))) ? diagnostics : undefined;
    });
    // (The check task's own Problems entries, source 'exconn check', are left from an earlier test.)
    assert.deepEqual(shown.filter((d) => d.source !== 'exconn check').map((d) => d.source), ['exconn'], 'one entry for the one mistake');
    const ours = shown.find((d) => d.source === 'exconn')!;
    assert.equal(ours.range.start.line, 1);
    assert.ok(ours.range.start.character > 0, 'the parameter is underlined, not the whole line');
  });

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
