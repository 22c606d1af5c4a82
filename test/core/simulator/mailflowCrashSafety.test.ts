import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { runScript } from '../../../server/src/core/simulator';
import { readTrackingLog } from '../../../server/src/core/simulator/transport';
import { mailboxFolderOf } from '../../../server/src/core/simulator/workspace/simulatorLayout';
import { seededRandom } from '../../helpers/seededRandom';
import { transportWithKills } from './childProcesses';
import { configure, dropMessage, emlFilesIn, message, readIn, removeWorkspace, standardWorkspace, writeOrganization } from './workspaceFixture';

const MESSAGES = 300;
const KILLING_MS = 6000;

/** `refused`: the SMTP server refuses the recipient for good, so the message comes back as an NDR. */
type Kind = 'fax' | 'smtp' | 'both' | 'refused';
const kindOf = (i: number): Kind => (['fax', 'smtp', 'both', 'refused'] as const)[i % 4];
const messageId = (i: number) => `<mf-${i}@test>`;

/** Counts the copies of each test message among files, by Message-ID. */
function countById(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const id = /^Message-ID: (<mf-\d+@test>)\r?$/m.exec(text)?.[1] ?? '?';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Counts the NDRs in a mailbox by the Message-ID they refer to. */
function countByReference(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const id = /^References: (<mf-\d+@test>)\r?$/m.exec(text)?.[1];
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function countByMessage(events: readonly { MessageId: string | null }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.MessageId ?? '', (counts.get(event.MessageId ?? '') ?? 0) + 1);
  return counts;
}

describe('transport: crash safety of the Delivery Agent and SMTP queues, NDRs from a queue included', function () {
  this.timeout(120000);
  let root: string;
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onRcptTo: (address, _session, callback) => callback(address.address.startsWith('refused') ? Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }) : null),
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('latin1'));
        callback();
      });
    },
  });
  let port = 0;
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => removeWorkspace(root));

  it(`hands ${MESSAGES} messages to the agent exactly once, over SMTP at least once, and returns refused ones exactly once, through repeated kill -9`, async () => {
    const organization = { smtpHosts: { 'relay.fabrikam.com': `127.0.0.1:${port}` } };
    root = standardWorkspace(organization);
    await configure(root, []);
    const setUp = await runScript({
      workspace: root,
      text: [
        'New-DeliveryAgentConnector -Name "Fax Agent" -AddressSpaces "FAX:*;1" -DeliveryProtocol FAX',
        'New-MailContact -Name "Fax Desk" -ExternalEmailAddress "FAX:+14255550100"',
        'New-SendConnector -Name "Fabrikam Relay" -AddressSpaces "SMTP:fabrikam.com;1" -DNSRoutingEnabled $false -SmartHosts relay.fabrikam.com -SourceTransportServers Hub01',
      ].join('\n'),
    });
    assert.equal(setUp.success, true, setUp.output);
    for (let i = 0; i < MESSAGES; i++) {
      const kind = kindOf(i);
      const to = { fax: 'FaxDesk@contoso.com', smtp: `b${i}@fabrikam.com`, both: `FaxDesk@contoso.com, b${i}@fabrikam.com`, refused: `refused${i}@fabrikam.com` }[kind];
      dropMessage(root, 'Pickup', `m${String(i).padStart(4, '0')}.eml`, message(['From: admin@contoso.com', `To: ${to}`, `Subject: Message ${i}`, `Message-ID: ${messageId(i)}`]));
    }
    const seed = Number(process.env.EXCONN_CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seededRandom(seed);

    // No agent for FAX yet: those messages wait in the connector's queue while the SMTP ones go out.
    const killsBefore = await transportWithKills(root, KILLING_MS, random, seed);
    writeOrganization(root, { ...organization, servers: ['Hub01', 'Hub02'], localServer: 'Hub01', acceptedDomains: ['contoso.com'], mailboxes: ['mary@contoso.com', 'admin@contoso.com'], throttling: false, clock: '2024-03-13T09:00:00Z', deliveryAgents: { FAX: 'C:\\FaxOut' } });
    const killsAfter = await transportWithKills(root, KILLING_MS, random, seed);
    assert.ok(killsBefore + killsAfter >= 5, `seed ${seed}: only ${killsBefore + killsAfter} kills happened; the test proves little`);

    const faxed = countById(emlFilesIn(root, 'FaxOut').map((name) => readIn(root, 'FaxOut', name)));
    const smtp = countById(received);
    const adminMailbox = mailboxFolderOf(root, 'admin@contoso.com');
    const ndrs = countByReference(fs.existsSync(adminMailbox) ? fs.readdirSync(adminMailbox).map((name) => fs.readFileSync(path.join(adminMailbox, name), 'latin1')) : []);
    let doubled = 0;
    for (let i = 0; i < MESSAGES; i++) {
      const kind = kindOf(i);
      const where = `seed ${seed}, message ${i} (${kind})`;
      assert.equal(faxed.get(messageId(i)) ?? 0, kind === 'fax' || kind === 'both' ? 1 : 0, `${where}: copies handed to the FAX agent`);
      assert.equal(ndrs.get(messageId(i)) ?? 0, kind === 'refused' ? 1 : 0, `${where}: NDRs to the sender`);
      const copies = smtp.get(messageId(i)) ?? 0;
      if (kind === 'fax' || kind === 'refused') assert.equal(copies, 0, `${where}: copies over SMTP`);
      else assert.ok(copies >= 1, `${where}: lost on the way to the SMTP server`);
      doubled += Math.max(0, copies - 1);
    }
    assert.equal(faxed.get('?') ?? 0, 0, 'no stray files in FaxOut');
    const events = await readTrackingLog(root);
    for (const [connector, carried] of [['Fax Agent', ['fax', 'both']], ['Fabrikam Relay', ['smtp', 'both']]] as const) {
      const sends = countByMessage(events.filter((event) => event.EventId === 'SEND' && event.ConnectorId === connector));
      const wrong = Array.from({ length: MESSAGES }, (_, i) => i)
        .filter((i) => (sends.get(messageId(i)) ?? 0) !== ((carried as readonly Kind[]).includes(kindOf(i)) ? 1 : 0))
        .map((i) => `${i}: ${sends.get(messageId(i)) ?? 0}`);
      assert.deepEqual(wrong, [], `seed ${seed}: one SEND event of "${connector}" per message it carried (message: events)`);
    }
    // A run killed while the server was taking a message sends it again: SMTP delivery is at least once.
    assert.ok(doubled <= killsBefore + killsAfter, `seed ${seed}: ${doubled} doubled copies from ${killsBefore + killsAfter} kills`);
    const fails = countByMessage(events.filter((event) => event.EventId === 'FAIL' && event.Source === 'SMTP'));
    const wrongFails = Array.from({ length: MESSAGES }, (_, i) => i).filter((i) => (fails.get(messageId(i)) ?? 0) !== (kindOf(i) === 'refused' ? 1 : 0));
    assert.deepEqual(wrongFails, [], `seed ${seed}: one SMTP FAIL event per refused message`);
    process.stdout.write(`      (seed ${seed}: ${killsBefore}+${killsAfter} kills; ${faxed.size} to the FAX agent, ${smtp.size} over SMTP, ${ndrs.size} returned with an NDR, ${doubled} sent twice after a kill mid-send)\n`);
  });
});
