// The simulator as the extension drives it: "Exchange: Run Script" creates the connector (seen in
// the Connectors view's data provider and as folders on disk), then a message dropped into the
// Pickup folder is delivered into the connector's Drop folder by "Process Pickup and Replay
// Folders". The steps build on each other, so they run in order in one suite.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeApi, exists, fixture, labelOf, requireServerFeature, serverCommand, treeChildren, waitFor, workspaceRoot,
  type ExtensionApi,
} from './helpers';
import { ServerCommand, type ImportResult, type ResetResult, type RouteTraceResult, type RunResult, type TransportRunResult } from '../../../server/src/protocol/extensionProtocol';

describe('Simulator through the extension', () => {
  let api: ExtensionApi;

  before(async () => {
    api = await activeApi();
  });

  it('Run Script creates the connector: Connectors view and folders on disk', async function () {
    requireServerFeature(this, api, `the ${ServerCommand.runScript} command`, serverCommand(ServerCommand.runScript));
    const result = await vscode.commands.executeCommand<RunResult | undefined>(ServerCommand.runScript, fixture('create-connector.ps1'));
    assert.ok(result, 'Run Script returned nothing (was the workspace trusted?)');
    assert.equal(result.success, true, `the script failed:\n${result.output}`);

    const connector = await waitFor('connector Contoso in the Connectors view', async () => {
      const top = await treeChildren(api.connectorsProvider);
      return top.find((c) => labelOf(c.item) === 'Contoso');
    });
    const details = await treeChildren(api.connectorsProvider, connector.node);
    const labels = details.map((d) => labelOf(d.item));
    assert.ok(labels.includes('Address spaces'), `children: ${labels.join(', ')}`);
    const drop = details.find((d) => labelOf(d.item) === 'Drop directory');
    assert.ok(drop, `no Drop directory under Contoso; children: ${labels.join(', ')}`);
    assert.match(String(drop.item.description), /Drop Directory/);
    const spaces = await treeChildren(api.connectorsProvider, details.find((d) => labelOf(d.item) === 'Address spaces')!.node);
    assert.ok(spaces.some((s) => /^X400:c=US;a=Fabrikam;P=Contoso;5$/i.test(labelOf(s.item))), `address spaces: ${spaces.map((s) => labelOf(s.item)).join(', ')}`);

    for (const folder of ['Drop Directory', 'Pickup Directory']) {
      await waitFor(`folder "${folder}" on disk`, () => exists(fixture(folder)), 5_000);
    }
  });

  it('Process Pickup and Replay Folders delivers a Pickup message into the Drop folder', async function () {
    requireServerFeature(this, api, `the ${ServerCommand.processTransport} command`, serverCommand(ServerCommand.processTransport));
    const pickup = fixture('Pickup Directory');
    await vscode.workspace.fs.createDirectory(pickup);
    const message = [
      'From: admin@contoso.com',
      'To: bob@fabrikam.com',
      'Subject: Integration test through the Contoso Foreign connector',
      'Date: Mon, 2 Mar 2026 10:00:00 +0000',
      'Message-ID: <vscode-integration-test@contoso.com>',
      '',
      'Hello from the Pickup directory.',
      '',
    ].join('\r\n');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(pickup, 'test-message.eml'), new TextEncoder().encode(message));

    const result = await vscode.commands.executeCommand<TransportRunResult | undefined>(ServerCommand.processTransport, workspaceRoot());
    assert.ok(result, 'Process Pickup and Replay Folders returned nothing');
    assert.ok(result.moved >= 1, `nothing moved:\n${result.output}`);
    const delivered = (await vscode.workspace.fs.readDirectory(fixture('Drop Directory'))).filter(([n]) => n.endsWith('.eml'));
    assert.equal(delivered.length, 1, `Drop Directory holds: ${delivered.map(([n]) => n).join(', ')}`);
    assert.equal(await exists(vscode.Uri.joinPath(pickup, 'test-message.eml')), false, 'the message is still in Pickup');
  });

  it('a message for a Delivery Agent connector without an agent shows in the Connectors view\'s Queues', async function () {
    requireServerFeature(this, api, `the ${ServerCommand.runScript} command`, serverCommand(ServerCommand.runScript));
    const created = await vscode.commands.executeCommand<RunResult | undefined>(ServerCommand.runScript, fixture('fax-delivery-agent.ps1'));
    assert.equal(created?.success, true, `the script failed:\n${created?.output ?? ''}`);
    const message = ['From: admin@contoso.com', 'To: FaxDesk@contoso.com', 'Subject: Fax through the queue', '', 'Please fax this.', ''].join('\r\n');
    await vscode.workspace.fs.writeFile(fixture('Pickup Directory', 'fax.eml'), new TextEncoder().encode(message));
    await vscode.commands.executeCommand<TransportRunResult | undefined>(ServerCommand.processTransport, workspaceRoot());
    await vscode.commands.executeCommand('exconn.refreshConnectors');
    const queue = await waitFor('the Fax Agent queue in the Connectors view', async () => {
      const queues = (await treeChildren(api.connectorsProvider)).find((c) => labelOf(c.item) === 'Queues');
      if (!queues) return undefined;
      return (await treeChildren(api.connectorsProvider, queues.node)).find((q) => /Fax Agent/.test(String(q.item.description)));
    });
    assert.match(String(queue.item.description), /^1 message · \w+ · DeliveryAgent · Fax Agent$/);
  });
  it('the running transport service writes each message to the transcript, and the status bar counts outcomes apart without resetting', async function () {
    requireServerFeature(this, api, `the ${ServerCommand.startTransport} command`, serverCommand(ServerCommand.startTransport));
    const statusApi = api as typeof api & { statusBar(): { text: string; tooltip: string }; transcriptText(): string };
    const before = await waitFor('the status bar counting the earlier passes', () => (/delivered/.test(statusApi.statusBar().text) ? statusApi.statusBar().text : undefined));
    assert.match(statusApi.statusBar().tooltip, /Since the language server started: \d+ messages?: \d+ delivered/);
    await vscode.commands.executeCommand(ServerCommand.startTransport, workspaceRoot());
    try {
      await waitFor('the status bar showing the service running', () => (/running/.test(statusApi.statusBar().text) ? true : undefined));
      assert.equal(statusApi.statusBar().text.replace('$(sync~spin) Transport: running', ''), before.replace('$(mail) Transport: stopped', ''), 'starting the service reset the counter');
      const message = ['From: admin@contoso.com', 'To: bob@fabrikam.com', 'Subject: While the service runs', '', 'Hello.', ''].join('\r\n');
      await vscode.workspace.fs.writeFile(fixture('Pickup Directory', 'while-running.eml'), new TextEncoder().encode(message));
      await waitFor('the running service\'s pass in the transcript', () => (/Picked up Pickup Directory\/while-running\.eml <[^>]+>: delivered/.test(statusApi.transcriptText()) ? true : undefined));
    } finally {
      await vscode.commands.executeCommand(ServerCommand.stopTransport, workspaceRoot());
    }
  });

  it('Import Configuration reads an Export-Clixml file: its connector appears in the Connectors view', async function () {
    requireServerFeature(this, api, `the ${ServerCommand.importConfiguration} command`, serverCommand(ServerCommand.importConfiguration));
    const file = fixture('exports', 'northwind-connector.xml');
    const result = await vscode.commands.executeCommand<ImportResult | undefined>(ServerCommand.importConfiguration, file, [file]);
    assert.ok(result, 'Import Configuration returned nothing (was the workspace trusted?)');
    assert.equal(result.success, true, `the import failed:\n${result.output}`);
    assert.equal(result.imported, 1, result.output);
    await waitFor('connector Northwind X400 in the Connectors view', async () => {
      const top = await treeChildren(api.connectorsProvider);
      return top.find((c) => labelOf(c.item) === 'Northwind X400');
    });
  });

  it('Import Configuration reads ConvertTo-Json output for the object type it is given', async function () {
    requireServerFeature(this, api, `the ${ServerCommand.importConfiguration} command`, serverCommand(ServerCommand.importConfiguration));
    const file = fixture('exports', 'remote-domains.json');
    const result = await vscode.commands.executeCommand<ImportResult | undefined>(ServerCommand.importConfiguration, file, [file], 'RemoteDomain');
    assert.equal(result?.success, true, `the import failed:\n${result?.output ?? ''}`);
    assert.equal(result.imported, 1, result.output);
    assert.match(result.output, /Northwind/);
  });

  it('Import Configuration refuses a truncated export, names the file and imports nothing', async function () {
    requireServerFeature(this, api, `the ${ServerCommand.importConfiguration} command`, serverCommand(ServerCommand.importConfiguration));
    const good = fixture('exports', 'northwind-connector.xml');
    const bad = fixture('exports', 'truncated.xml');
    const result = await vscode.commands.executeCommand<ImportResult | undefined>(ServerCommand.importConfiguration, bad, [good, bad]);
    assert.equal(result?.success, false, `a truncated file was accepted:\n${result?.output ?? ''}`);
    assert.equal(result.imported, 0);
    assert.match(result.output, /truncated\.xml/);
    assert.match(result.output, /Nothing was imported/);
  });
  it('Trace a Recipient names the connector the transport would choose, and writes why to the transcript', async function () {
    requireServerFeature(this, api, `the ${ServerCommand.traceRecipient} command`, serverCommand(ServerCommand.traceRecipient));
    const result = await vscode.commands.executeCommand<RouteTraceResult | undefined>(ServerCommand.traceRecipient, 'bob@fabrikam.com', workspaceRoot());
    assert.ok(result, 'Trace a Recipient returned nothing');
    assert.ok(result.trace.outcome.kind === 'connector', result.output);
    assert.equal(result.trace.outcome.connector, 'Contoso');
    assert.equal(result.trace.outcome.addressSpace, 'SMTP:fabrikam.com;1');
    assert.match(result.output, /^Route for bob@fabrikam\.com from Hub01\n/);
    const ndr = await vscode.commands.executeCommand<RouteTraceResult | undefined>(ServerCommand.traceRecipient, 'nobody@contoso.com', workspaceRoot());
    assert.deepEqual(ndr?.trace.outcome.kind === 'ndr' ? ndr.trace.outcome.code : ndr?.trace.outcome.kind, '5.1.1');
  });

  it('Show Mail Flow draws the organization and redraws it when a script changes it', async () => {
    const flowApi = api as typeof api & { mailFlowSvg(): string };
    const svg = await vscode.commands.executeCommand<string | undefined>('exconn.showMailFlow', workspaceRoot());
    assert.ok(svg, 'Show Mail Flow drew nothing');
    for (const text of ['Transport service Hub01', 'Foreign connector Contoso', 'C:\\Drop Directory', 'X400:c=US;a=Fabrikam;P=Contoso;5']) {
      assert.ok(svg.toLowerCase().includes(text.toLowerCase()), `the picture lacks ${text}`);
    }
    const disabled = await vscode.commands.executeCommand<RunResult | undefined>(ServerCommand.runCommandText, workspaceRoot().toString(), 'Set-ForeignConnector Contoso -Enabled $false');
    assert.equal(disabled?.success, true, disabled?.output);
    await waitFor('the picture redrawn with the connector disabled', () => (flowApi.mailFlowSvg().includes('not used: the connector is disabled') ? true : undefined));
    await vscode.commands.executeCommand(ServerCommand.runCommandText, workspaceRoot().toString(), 'Set-ForeignConnector Contoso -Enabled $true');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('Reset Simulated Organization empties the Connectors view and keeps the delivered messages', async function () {
    requireServerFeature(this, api, `the ${ServerCommand.resetOrganization} command`, serverCommand(ServerCommand.resetOrganization));
    const again = await vscode.commands.executeCommand<RunResult | undefined>(ServerCommand.runScript, fixture('create-connector.ps1'));
    assert.equal(again?.success, false, 'a second run created the connector again');
    assert.match(again.startOverHint ?? '', /from an earlier run\. To run the procedure from the start, reset the organization first/);
    const delivered = (await vscode.workspace.fs.readDirectory(fixture('Drop Directory'))).map(([name]) => name).sort();
    const result = await vscode.commands.executeCommand<ResetResult | undefined>(ServerCommand.resetOrganization, workspaceRoot(), { confirmed: true });
    assert.equal(result?.success, true, `the reset failed:\n${result?.output ?? ''}`);
    assert.match(result.output, /removed 2 ForeignConnectors, 1 DeliveryAgentConnector/);
    await waitFor('an empty Connectors view', async () => {
      const labels = (await treeChildren(api.connectorsProvider)).map((item) => labelOf(item.item));
      return labels.some((label) => label === 'Contoso' || label === 'Northwind X400') ? undefined : labels;
    });
    const after = (await vscode.workspace.fs.readDirectory(fixture('Drop Directory'))).map(([name]) => name).sort();
    assert.deepEqual(after, delivered);
  });
});
