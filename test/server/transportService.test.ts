// The running transport service as the editor sees it: each pass that moved something arrives as
// exconn/transportPass with the per-message account a one-off pass gives, and the status counts
// delivered, NDR, badmail and waiting apart, one-off passes and the service's added together.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import {
  ServerCommand, TRANSPORT_PASS_NOTIFICATION, TRANSPORT_STATUS_NOTIFICATION, type RunResult, type TransportPassParams, type TransportRunResult, type TransportStatus,
} from '../../server/src/protocol/extensionProtocol';
import { LspTestClient } from './lspClient';

const REPOSITORY = path.join(__dirname, '..', '..');

describe('transport service over LSP', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;
  const folderUri = () => pathToFileURL(workspace).href;
  const command = (name: string, ...args: unknown[]) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: name, arguments: [folderUri(), ...args] });
  const drop = (name: string, lines: string[]) => fs.writeFileSync(path.join(workspace, 'Pickup Directory', name), `${lines.join('\r\n')}\r\n`);

  before(async () => {
    execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' });
    workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-service-')));
    fs.cpSync(path.join(REPOSITORY, 'samples', 'contoso'), workspace, { recursive: true });
    ({ client } = await LspTestClient.start(folderUri()));
    for (const script of ['01-create-connector.ps1', '02-drop-directory.ps1', '03-pickup-directory.ps1']) {
      const text = fs.readFileSync(path.join(workspace, script), 'utf8');
      const result = await command(ServerCommand.runCommandText, text) as RunResult;
      assert.equal(result.success, true, result.output);
    }
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('counts a one-off pass by outcome: delivered, NDR and badmail apart', async () => {
    drop('to-contact.eml', ['From: admin@contoso.com', 'To: john.smith@contoso.com', 'Subject: Through the gateway', '', 'Hello.']);
    drop('to-nobody.eml', ['From: admin@contoso.com', 'To: nobody@contoso.com', 'Subject: Lost', '', 'Hello.']);
    drop('broken.eml', ['This is not a message']);
    const result = await command(ServerCommand.processTransport) as TransportRunResult;
    assert.deepEqual(result.counts, { delivered: 1, partlyDelivered: 0, notDelivered: 1, badmail: 1, waiting: 0 });
    assert.equal(result.countsText.sentence, '3 messages: 1 delivered, 1 not delivered (the sender got an NDR), 1 set aside as badmail.');
    assert.equal(result.countsText.short, '1 delivered · 1 NDR · 1 badmail');
  });

  it('reports each pass of the running service with its messages, and keeps counting from the one-off passes', async () => {
    const running = client.waitForNotification(TRANSPORT_STATUS_NOTIFICATION);
    await command(ServerCommand.startTransport);
    const started = await running as TransportStatus;
    assert.equal(started.totalsText?.short, '1 delivered · 1 NDR · 1 badmail', 'starting the service resets nothing');

    const pass = client.waitForNotification(TRANSPORT_PASS_NOTIFICATION, 20000);
    drop('while-running.eml', ['From: admin@contoso.com', 'To: mary@contoso.com', 'Subject: While it runs', '', 'Hello.']);
    const params = await pass as TransportPassParams;
    assert.equal(params.workspaceUri, folderUri());
    assert.match(params.output, /^Picked up Pickup Directory\/while-running\.eml <[^>]+>: delivered\n {2}mary@contoso\.com -> mailbox Mailboxes\/mary@contoso\.com\//m);
    assert.equal(params.countsText.sentence, '1 message: 1 delivered.');

    const stopped = await command(ServerCommand.stopTransport) as TransportStatus;
    assert.deepEqual(stopped.totals, { delivered: 2, partlyDelivered: 0, notDelivered: 1, badmail: 1, waiting: 0 });
    assert.equal(stopped.moved, 1, 'moved counts the service\'s own passes');
  });
});
