import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { processOnce, runScript } from '../../../server/src/core/simulator';
import { readTrackingLog } from '../../../server/src/core/simulator/transport';
import { mailboxFolderOf } from '../../../server/src/core/simulator/workspace/simulatorLayout';
import { configure, dropMessage, emlFilesIn, message, removeWorkspace, standardWorkspace, writeOrganization } from './workspaceFixture';

const ORGANIZATION = {
  servers: ['Hub01', 'Hub02'], localServer: 'Hub01', acceptedDomains: ['contoso.com'],
  mailboxes: ['admin@contoso.com'], throttling: false, clock: '2024-03-13T09:00:00Z',
};

function smtpError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

/** The messages in a simulator mailbox. */
function mailbox(root: string, address: string): string[] {
  const folder = mailboxFolderOf(root, address);
  return fs.existsSync(folder) ? fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'latin1')) : [];
}

/** A real SMTP server on loopback that keeps what it receives. */
class LoopbackSmtpServer {
  readonly received: { from: string; to: string[]; data: string }[] = [];
  deferring = true;
  private readonly server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    // refused@... is refused for good (550 5.1.1), deferred@... for now (451 4.7.1) while `deferring` is set.
    onRcptTo: (address, _session, callback) => {
      if (address.address.startsWith('refused')) return callback(smtpError(550, '5.1.1 No such user'));
      if (address.address.startsWith('deferred') && this.deferring) return callback(smtpError(451, '4.7.1 Try again later'));
      return callback(null);
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        this.received.push({ from, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), data: Buffer.concat(chunks).toString('latin1') });
        callback();
      });
    },
  });

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('transport: Delivery Agent and Send connectors', () => {
  let root: string;
  afterEach(() => removeWorkspace(root));

  async function prepare(script: string, organization: Record<string, unknown> = {}): Promise<void> {
    root = standardWorkspace({ ...ORGANIZATION, ...organization });
    await configure(root, []);
    const run = await runScript({ workspace: root, text: script });
    assert.equal(run.success, true, run.output);
  }

  function send(to: string, name = 'm.eml'): void {
    dropMessage(root, 'Pickup', name, message(['From: admin@contoso.com', `To: ${to}`, 'Subject: Mail-flow routing']));
  }

  const FAX_AGENT = 'New-DeliveryAgentConnector -Name "Fax Agent" -AddressSpaces "FAX:*;1" -DeliveryProtocol FAX\nNew-MailContact -Name "Fax Desk" -ExternalEmailAddress "FAX:+14255550100"';

  it('holds a Delivery Agent connector\'s messages in its queue until an agent for the protocol is named, then hands them over', async () => {
    await prepare(FAX_AGENT);
    send('FaxDesk@contoso.com');
    const first = await processOnce(root);
    assert.deepEqual(first.messages[0].recipients.map((r) => [r.result, r.connector]), [['queued', 'Fax Agent']]);
    assert.match(first.messages[0].recipients[0].detail ?? '', /No delivery agent for the protocol "FAX"[\s\S]*"deliveryAgents"/);
    assert.equal(first.waiting, 1);

    writeOrganization(root, { ...ORGANIZATION, deliveryAgents: { FAX: 'C:\\FaxOut' } });
    const second = await processOnce(root);
    assert.deepEqual(second.queue.map((entry) => [entry.result, entry.connector]), [['drop', 'Fax Agent']]);
    assert.equal(second.waiting, 0);
    const files = emlFilesIn(root, 'FaxOut');
    assert.equal(files.length, 1);
    assert.match(fs.readFileSync(path.join(root, 'FaxOut', files[0]), 'latin1'), /^X-Sender: <admin@contoso\.com>\r\nX-Receiver: <IMCEAFAX-\+2B14255550100@contoso\.com>/);
    const events = await readTrackingLog(root);
    assert.ok(events.some((event) => event.EventId === 'SEND' && event.Source === 'AGENT' && event.ConnectorId === 'Fax Agent'));
  });

  it('hands a message straight to the agent folder when exconn.json names one', async () => {
    await prepare(FAX_AGENT, { deliveryAgents: { fax: 'C:\\FaxOut' } });
    send('FaxDesk@contoso.com');
    const summary = await processOnce(root);
    assert.deepEqual(summary.messages[0].recipients.map((r) => [r.result, r.connector]), [['drop', 'Fax Agent']]);
    assert.equal(emlFilesIn(root, 'FaxOut').length, 1);
  });

  it('chooses among Foreign, Delivery Agent and Send connectors by specificity, then cost, and skips disabled ones', async () => {
    await prepare([
      'New-ForeignConnector -Name "Fax Gateway" -AddressSpaces "FAX:*;10"',
      FAX_AGENT,
      'New-DeliveryAgentConnector -Name "Cheaper But Off" -AddressSpaces "FAX:*;1" -DeliveryProtocol FAX',
      'Set-DeliveryAgentConnector "Cheaper But Off" -Enabled $false',
      'New-SendConnector -Name "Internet" -AddressSpaces "SMTP:*;1" -SourceTransportServers Hub01',
      'New-ForeignConnector -Name "Fabrikam Gateway" -AddressSpaces "SMTP:fabrikam.com;50"',
    ].join('\n'), { deliveryAgents: { FAX: 'C:\\FaxOut' } });
    dropMessage(root, 'Pickup', 'm.eml', message(['From: admin@contoso.com', 'To: FaxDesk@contoso.com, bob@fabrikam.com, eve@litware.com', 'Subject: Three ways']));
    const summary = await processOnce(root);
    assert.deepEqual(summary.messages[0].recipients.map((r) => [r.address, r.connector]), [
      ['FaxDesk@contoso.com', 'Fax Agent'],
      ['bob@fabrikam.com', 'Fabrikam Gateway'],
      ['eve@litware.com', 'Internet'],
    ]);
  });

  describe('over SMTP', () => {
    let smtp: LoopbackSmtpServer;
    let port: number;
    beforeEach(async () => {
      smtp = new LoopbackSmtpServer();
      port = await smtp.start();
    });
    afterEach(() => smtp.stop());

    const SMART_HOST = 'New-SendConnector -Name "Fabrikam Relay" -AddressSpaces "SMTP:fabrikam.com;1" -DNSRoutingEnabled $false -SmartHosts relay.fabrikam.com -SourceTransportServers Hub01';

    it('delivers through the smart host to a real SMTP server, with the envelope in MAIL FROM and RCPT TO', async () => {
      await prepare(SMART_HOST, { smtpHosts: { 'relay.fabrikam.com': `127.0.0.1:${port}` } });
      send('bob@fabrikam.com');
      const summary = await processOnce(root);
      assert.deepEqual(summary.messages[0].recipients.map((r) => [r.result, r.connector]), [['queued', 'Fabrikam Relay']]);
      assert.deepEqual(summary.queue.map((entry) => entry.result), ['drop']);
      assert.equal(summary.waiting, 0);
      assert.equal(smtp.received.length, 1);
      assert.deepEqual([smtp.received[0].from, smtp.received[0].to], ['admin@contoso.com', ['bob@fabrikam.com']]);
      assert.match(smtp.received[0].data, /Subject: Mail-flow routing/);
      assert.doesNotMatch(smtp.received[0].data, /^X-Sender:/);
      const events = await readTrackingLog(root);
      assert.ok(events.some((event) => event.EventId === 'SEND' && event.Source === 'SMTP' && event.ConnectorId === 'Fabrikam Relay'));
    });

    it('uses DNS routing\'s next hop, the recipient domain, when the connector has no smart hosts', async () => {
      await prepare('New-SendConnector -Name "Internet" -AddressSpaces "SMTP:*;1" -SourceTransportServers Hub01', { smtpHosts: { 'fabrikam.com': `127.0.0.1:${port}` } });
      send('bob@fabrikam.com');
      await processOnce(root);
      assert.deepEqual(smtp.received.map((mail) => mail.to), [['bob@fabrikam.com']]);
    });

    it('keeps the message queued with the reason while the next hop has no server, and sends it once one is mapped', async () => {
      await prepare(SMART_HOST);
      send('bob@fabrikam.com');
      const first = await processOnce(root);
      assert.equal(first.waiting, 1);
      assert.match(first.queue[0]?.reason ?? '', /exconn\.json maps no SMTP server for relay\.fabrikam\.com/);
      writeOrganization(root, { ...ORGANIZATION, smtpHosts: { 'relay.fabrikam.com': `127.0.0.1:${port}` } });
      const second = await processOnce(root);
      assert.equal(second.waiting, 0);
      assert.equal(smtp.received.length, 1);
    });

    it('returns the message to its sender with an NDR carrying the server\'s reply when the server refuses it for good', async () => {
      await prepare(SMART_HOST, { smtpHosts: { 'relay.fabrikam.com': `127.0.0.1:${port}` } });
      send('refused@fabrikam.com');
      const summary = await processOnce(root);
      assert.deepEqual(summary.queue.map((entry) => entry.result), ['failed']);
      assert.equal(summary.queue[0].report?.to, 'admin@contoso.com');
      assert.equal(summary.waiting, 0);
      assert.equal(smtp.received.length, 0);
      const reports = mailbox(root, 'admin@contoso.com');
      assert.equal(reports.length, 1);
      assert.match(reports[0], /^Status: 5\.1\.1$/m);
      assert.match(reports[0], /^Diagnostic-Code: smtp;550 5\.1\.1 No such user$/m);
      const events = await readTrackingLog(root);
      assert.ok(events.some((event) => event.EventId === 'FAIL' && event.Source === 'SMTP'));
    });

    it('delivers to the recipients the server takes, reports those it refuses for good, and keeps those it defers until it takes them', async () => {
      await prepare(SMART_HOST, { smtpHosts: { 'relay.fabrikam.com': `127.0.0.1:${port}` } });
      send('bob@fabrikam.com, refused@fabrikam.com, deferred@fabrikam.com');
      const first = await processOnce(root);
      assert.deepEqual(smtp.received.map((mail) => mail.to), [['bob@fabrikam.com']]);
      assert.equal(first.waiting, 1);
      assert.match(first.queue[0].reason ?? '', /refused@fabrikam\.com for good[\s\S]*deferred@fabrikam\.com again later: 451/);
      const reports = mailbox(root, 'admin@contoso.com');
      assert.equal(reports.length, 1);
      assert.match(reports[0], /^Final-Recipient: rfc822;refused@fabrikam\.com$/m);
      assert.doesNotMatch(reports[0], /Final-Recipient: rfc822;(bob|deferred)@/);

      smtp.deferring = false;
      const second = await processOnce(root);
      assert.equal(second.waiting, 0);
      assert.deepEqual(smtp.received.map((mail) => mail.to), [['bob@fabrikam.com'], ['deferred@fabrikam.com']]);
      assert.equal(mailbox(root, 'admin@contoso.com').length, 1, 'no second report');
    });

    it('keeps the message queued when the server cannot be reached', async () => {
      await smtp.stop();
      await prepare(SMART_HOST, { smtpHosts: { 'relay.fabrikam.com': `127.0.0.1:${port}` } });
      send('bob@fabrikam.com');
      const summary = await processOnce(root);
      assert.equal(summary.waiting, 1);
      assert.match(summary.queue[0]?.reason ?? '', /did not take the message/);
      smtp = new LoopbackSmtpServer();
      port = await smtp.start();
    });
  });

  it('refuses an smtpHosts entry that is not on loopback, naming the key and the fix', async () => {
    root = standardWorkspace({ ...ORGANIZATION, smtpHosts: { 'relay.fabrikam.com': '10.0.0.5:25' } });
    const run = await runScript({ workspace: root, text: 'Get-SendConnector' });
    assert.equal(run.success, false);
    assert.match(run.output, /smtpHosts\.relay\.fabrikam\.com[\s\S]*loopback address and port/);
  });
});
