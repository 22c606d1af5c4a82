// The Get Started walkthrough: each step is ticked off by the thing it teaches happening (a context
// key the extension sets, or the command itself), never by merely opening the step. Runs right after
// the smoke tests, before any other suite has fixed a mistake or moved a message, and leaves the
// workspace as it found it (no connector, no message) for them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ServerCommand, type ResetResult, type RunResult, type TransportRunResult } from '../../../server/src/protocol/extensionProtocol';
import { activeApi, extensionId, fixture, treeChildren, waitFor, workspaceRoot, type ExtensionApi } from './helpers';

interface WalkthroughApi extends ExtensionApi {
  walkthroughSteps(): string[];
}

interface Manifest {
  contributes: { walkthroughs: { id: string; steps: { id: string; completionEvents: string[]; media: { markdown: string } }[] }[] };
}

describe('Get Started walkthrough', () => {
  let api: WalkthroughApi;
  const stepDone = (key: string) => waitFor(`the walkthrough key ${key}`, () => (api.walkthroughSteps().includes(key) ? key : undefined));
  before(async () => {
    api = await activeApi() as WalkthroughApi;
  });

  it('has six steps, each completed by a command or a context key the extension sets', async () => {
    const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as Manifest;
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(walkthrough?.steps.map((step) => step.id), ['openSample', 'fixDiagnostic', 'runProcedure', 'dropMessage', 'findInDrop', 'traceRecipient']);
    const events = walkthrough!.steps.map((step) => step.completionEvents.join(' '));
    assert.deepEqual(events, [
      'onContext:exconn.walkthrough.organizationOpen',
      'onContext:exconn.walkthrough.diagnosticFixed',
      'onCommand:exconn.runScript',
      'onContext:exconn.walkthrough.messageDropped',
      'onContext:exconn.walkthrough.messageDelivered',
      'onCommand:exconn.traceRecipient',
    ]);
    const commands = await vscode.commands.getCommands(true);
    for (const event of events.filter((e) => e.startsWith('onCommand:'))) assert.ok(commands.includes(event.slice('onCommand:'.length)), event);
    for (const step of walkthrough!.steps) {
      const media = vscode.Uri.joinPath(vscode.extensions.getExtension(extensionId)!.extensionUri, step.media.markdown);
      assert.ok((await vscode.workspace.fs.stat(media)).size > 0, step.media.markdown);
    }
  });

  it('ticks off the open workspace, a fixed mistake, a message dropped into Pickup and its arrival in the Drop directory', async () => {
    await stepDone('exconn.walkthrough.organizationOpen');

    const document = await vscode.workspace.openTextDocument({ language: 'powershell', content: 'Set-ForeignConnector "Contoso" -DropDirectori "C:\\Drop Directory"\n' });
    await vscode.window.showTextDocument(document);
    await waitFor('the typo marked', () => (vscode.languages.getDiagnostics(document.uri).length > 0 ? true : undefined));
    assert.ok(!api.walkthroughSteps().includes('exconn.walkthrough.diagnosticFixed'), 'seeing a mistake is not fixing it');
    const typo = document.getText().indexOf('-DropDirectori');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(typo), document.positionAt(typo + '-DropDirectori'.length)), '-DropDirectory'));
    await stepDone('exconn.walkthrough.diagnosticFixed');

    const created = await vscode.commands.executeCommand<RunResult | undefined>(ServerCommand.runScript, fixture('create-connector.ps1'));
    assert.ok(created?.success, created?.output);
    // The Connectors view's folders are the ones watched for arriving messages.
    await waitFor('the Connectors view read', async () => ((await treeChildren(api.connectorsProvider)).length > 0 ? true : undefined));
    await vscode.workspace.fs.writeFile(fixture('Pickup Directory', 'walkthrough.eml'), new TextEncoder().encode(
      'From: admin@contoso.com\r\nTo: "John Smith" <IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com>\r\nSubject: Hello through the gateway\r\n\r\nHello.\r\n'));
    await stepDone('exconn.walkthrough.messageDropped');
    assert.ok(!api.walkthroughSteps().includes('exconn.walkthrough.messageDelivered'), 'not delivered before the transport ran');
    const pass = await vscode.commands.executeCommand<TransportRunResult | undefined>(ServerCommand.processTransport, workspaceRoot());
    assert.equal(pass?.moved, 1, pass?.output);
    const inDrop = (await vscode.workspace.fs.readDirectory(fixture('Drop Directory'))).map(([name]) => name);
    assert.equal(inDrop.filter((name) => name.endsWith('.eml')).length, 1, `Drop Directory: ${inDrop.join(', ')}`);
    await stepDone('exconn.walkthrough.messageDelivered');

    await vscode.commands.executeCommand<ResetResult | undefined>(ServerCommand.resetOrganization, workspaceRoot(), { confirmed: true });
    for (const folder of ['Drop Directory', 'Pickup Directory']) await vscode.workspace.fs.delete(fixture(folder), { recursive: true });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
