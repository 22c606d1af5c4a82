import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce } from '../../../server/src/core/simulator';
import { readTrackingLog, TRACKING_FIELDS } from '../../../server/src/core/simulator/transport';
import { parseCsvLine } from '../../../server/src/core/simulator/transport/trackingCsv';
import { configure, dropMessage, filesIn, message, removeWorkspace, standardWorkspace } from './workspaceFixture';

describe('transport: message tracking log', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  async function sendTypical(settings = {}) {
    await configure(root, [{ name: 'Contoso X400', addressSpaces: ['X400:c=US;a=Fabrikam;p=Contoso;5'] }], settings);
    dropMessage(root, 'Pickup', 'report.eml', message([
      'From: admin@contoso.com', 'To: mary@contoso.com, IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com, lost@fabrikam.com',
      'Subject: Q1 figures, "final"', 'Message-ID: <q1@contoso.com>',
    ]));
    dropMessage(root, 'Pickup', 'zz-bad.eml', message(['To: mary@contoso.com', 'Subject: no sender']));
    return processOnce(root);
  }

  it('writes Exchange\'s CSV format with its header lines, in MSGTRK<yyyymmdd>-<n>.LOG', async () => {
    await sendTypical();
    assert.deepEqual(filesIn(root, '.exconn/MessageTracking'), ['MSGTRK20240313-1.LOG']);
    const lines = fs.readFileSync(path.join(root, '.exconn/MessageTracking/MSGTRK20240313-1.LOG'), 'utf8').split('\r\n');
    assert.deepEqual(lines.slice(0, 5), [
      '#Software: Microsoft Exchange Server',
      '#Version: 15.0.0.0',
      '#Log-type: Message Tracking Log',
      '#Date: 2024-03-13T09:00:00.000Z',
      '#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data',
    ]);
    const receive = parseCsvLine(lines[5]) ?? [];
    assert.equal(receive.length, TRACKING_FIELDS.length);
    const field = (name: string) => receive[TRACKING_FIELDS.indexOf(name as (typeof TRACKING_FIELDS)[number])];
    assert.equal(field('event-id'), 'RECEIVE');
    assert.equal(field('source'), 'PICKUP');
    assert.equal(field('message-subject'), 'Q1 figures, "final"');
    assert.match(lines[5], /,"Q1 figures, ""final""",/, 'commas and quotes are quoted the CSV way');
    assert.equal(field('recipient-address'), 'mary@contoso.com;IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com;lost@fabrikam.com');
    assert.equal(field('recipient-count'), '3');
    assert.equal(field('server-hostname'), 'Hub01.contoso.com');
    assert.match(field('network-message-id'), /^[0-9a-f]{32}$/);
  });

  it('records every step: RECEIVE, DELIVER, SEND through the GATEWAY, FAIL, DSN and BADMAIL', async () => {
    await sendTypical();
    const events = await readTrackingLog(root);
    assert.deepEqual(events.map((event) => `${event.EventId} ${event.Source} ${event.Recipients.join(';')}`), [
      'RECEIVE PICKUP mary@contoso.com;IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com;lost@fabrikam.com',
      'FAIL ROUTING lost@fabrikam.com',
      'DELIVER STOREDRIVER mary@contoso.com',
      'SEND GATEWAY IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com',
      'DSN DSN admin@contoso.com',
      'DELIVER STOREDRIVER admin@contoso.com',
      'BADMAIL PICKUP mary@contoso.com',
    ]);
    const send = events[3];
    assert.equal(send.ConnectorId, 'Contoso X400');
    assert.match(send.SourceContext ?? '', /^[0-9a-f-]{36}\.eml$/);
    assert.equal(send.MessageId, '<q1@contoso.com>');
    assert.equal(send.Sender, 'admin@contoso.com');
    assert.equal(send.InternalMessageId, events[0].InternalMessageId);
    assert.deepEqual(events[1].RecipientStatus, ['550 5.4.4 ROUTING.NoNextHop; unable to route']);
    assert.deepEqual(events[4].Reference, ['<q1@contoso.com>']);
    assert.notEqual(events[4].InternalMessageId, events[0].InternalMessageId, 'the NDR is a message of its own');
    assert.match(events[6].SourceContext ?? '', /^zz-bad\.eml: The message has no originator/);
    assert.equal(events[0].Timestamp, '2024-03-13T09:00:00.000Z');
    assert.equal(events[0].TotalBytes !== null && events[0].TotalBytes > 0, true);
  });

  it('filters for Get-MessageTrackingLog', async () => {
    await sendTypical();
    assert.equal((await readTrackingLog(root, { eventId: 'deliver' })).length, 2);
    assert.equal((await readTrackingLog(root, { recipients: ['LOST@fabrikam.com'] })).length, 2);
    assert.equal((await readTrackingLog(root, { messageSubject: 'q1 FIG' })).length, 6, 'the NDR\'s subject names it too');
    assert.equal((await readTrackingLog(root, { start: new Date('2024-03-13T09:00:00Z'), end: new Date('2024-03-13T09:00:01Z') })).length, 7);
    assert.equal((await readTrackingLog(root, { end: new Date('2024-03-13T09:00:00Z') })).length, 0);
  });

  it('follows MessageTrackingLogPath, MessageTrackingLogSubjectLoggingEnabled and MessageTrackingLogEnabled', async () => {
    await sendTypical({ MessageTrackingLogPath: 'C:\\Logs\\Tracking', MessageTrackingLogSubjectLoggingEnabled: false });
    assert.deepEqual(filesIn(root, 'Logs/Tracking'), ['MSGTRK20240313-1.LOG']);
    assert.deepEqual(filesIn(root, '.exconn/MessageTracking'), []);
    const events = await readTrackingLog(root);
    assert.equal(events.length, 7);
    assert.ok(events.every((event) => event.MessageSubject === null));
  });

  it('writes nothing when MessageTrackingLogEnabled is $false', async () => {
    await sendTypical({ MessageTrackingLogEnabled: false });
    assert.deepEqual(filesIn(root, '.exconn/MessageTracking'), []);
    assert.deepEqual(await readTrackingLog(root), []);
  });
  // "Message tracking" (Exchange 2013), the fields of the log: recipient-status, sender-address, return-path.
  it('on RECEIVE, recipient-status holds To, Cc or Bcc for each recipient, in the order of recipient-address ("Message tracking")', async () => {
    await configure(root, []);
    dropMessage(root, 'Pickup', 'p.eml', message(['From: admin@contoso.com', 'To: mary@contoso.com', 'Cc: admin@contoso.com', 'Bcc: ghost@contoso.com', 'Subject: Who is who']));
    dropMessage(root, 'Replay', 'r.eml', message(['X-Sender: <admin@contoso.com>', 'X-Receiver: <admin@contoso.com>', 'X-Receiver: <mary@contoso.com>', 'Cc: mary@contoso.com', 'Subject: Replayed']));
    await processOnce(root);
    const receives = (await readTrackingLog(root)).filter((event) => event.EventId === 'RECEIVE');
    assert.deepEqual(receives.map((event) => [event.Source, event.Recipients, event.RecipientStatus]), [
      ['PICKUP', ['mary@contoso.com', 'admin@contoso.com', 'ghost@contoso.com'], ['To', 'Cc', 'Bcc']],
      ['ADMIN', ['admin@contoso.com', 'mary@contoso.com'], ['Bcc', 'Cc']],
    ]);
  });

  it('sender-address is the Sender header when there is one, else From; return-path is the envelope sender ("Message tracking")', async () => {
    await configure(root, []);
    dropMessage(root, 'Pickup', 'p.eml', message(['From: mary@contoso.com', 'Sender: admin@contoso.com', 'To: mary@contoso.com', 'Subject: On behalf']));
    dropMessage(root, 'Replay', 'r.eml', message(['X-Sender: <bounces@contoso.com>', 'X-Receiver: <admin@contoso.com>', 'From: mary@contoso.com', 'Subject: From only']));
    await processOnce(root);
    const events = await readTrackingLog(root);
    const pickup = events.filter((event) => event.MessageSubject === 'On behalf');
    const replay = events.filter((event) => event.MessageSubject === 'From only');
    assert.deepEqual(pickup.map((event) => `${event.EventId} ${event.Sender} ${event.ReturnPath}`), ['RECEIVE admin@contoso.com <mary@contoso.com>', 'DELIVER admin@contoso.com <mary@contoso.com>']);
    assert.deepEqual(replay.map((event) => `${event.EventId} ${event.Sender} ${event.ReturnPath}`), ['RECEIVE mary@contoso.com <bounces@contoso.com>', 'DELIVER mary@contoso.com <bounces@contoso.com>']);
  });
});
