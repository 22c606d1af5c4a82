// A Foreign connector whose source servers are other servers: Exchange delivers the message to one
// of the connector's source servers, which writes it into the Drop directory ("Foreign connectors":
// mail for the connector's address space goes to a source server of the connector to be relayed).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce, simulatorSnapshot, traceRoute } from '../../../server/src/core/simulator';
import { readTrackingLog } from '../../../server/src/core/simulator/transport';
import { setTransportSettingsRecord, updateState } from '../../../server/src/core/simulator/state/state';
import { configure, dropMessage, emlFilesIn, message, onlyMessageIn, removeWorkspace, standardWorkspace, type ConnectorSpec } from './workspaceFixture';

describe('transport: relay to a connector\'s source server', () => {
  let root: string;
  afterEach(() => removeWorkspace(root));

  async function sendTo(connectors: ConnectorSpec[], to: string) {
    root = standardWorkspace();
    await configure(root, connectors);
    dropMessage(root, 'Pickup', 'fax.eml', message(['From: admin@contoso.com', `To: ${to}`, 'Subject: Relay test']));
    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    return summary.messages[0]!;
  }

  it('delivers through a connector whose only source server is another server, into its Drop directory (Foreign connectors: relayed by a source server)', async () => {
    const outcome = await sendTo([{ name: 'Fax', addressSpaces: ['fabrikam.com;1'], sourceTransportServers: ['Hub02'] }], 'bob@fabrikam.com');
    assert.equal(outcome.result, 'delivered');
    assert.deepEqual(outcome.recipients.map((r) => `${r.result}:${r.connector ?? ''}`), ['drop:Fax']);
    assert.deepEqual(outcome.reports, [], 'no NDR');
    assert.match(onlyMessageIn(root, 'Fax'), /^X-Sender: <admin@contoso\.com>\r\nX-Receiver: <bob@fabrikam\.com>\r\n/);
  });

  it('says so in the route trace, as the pass then does it', async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Fax', addressSpaces: ['fabrikam.com;1'], sourceTransportServers: ['Hub02'] }]);
    const trace = await traceRoute(root, 'bob@fabrikam.com');
    assert.ok(trace.outcome.kind === 'connector');
    assert.equal(trace.outcome.destination, 'Drop directory C:\\Fax (Fax in the workspace), relayed to Hub02 (a source server of the connector; Hub01 is not)');
    assert.equal(trace.candidates[0]!.unusable, undefined);
  });

  it('logs the hop as Exchange does: SEND by SMTP on this server, RECEIVE by SMTP on the source server under its own internal id, then its GATEWAY SEND', async () => {
    await sendTo([{ name: 'Fax', addressSpaces: ['fabrikam.com;1'], sourceTransportServers: ['Hub02'] }], 'bob@fabrikam.com');
    const events = await readTrackingLog(root);
    assert.deepEqual(events.map((e) => `${e.EventId}/${e.Source}/${e.ConnectorId ?? ''}/${e.ServerHostname}`), [
      'RECEIVE/PICKUP//Hub01.contoso.com',
      'SEND/SMTP/Intra-Organization SMTP Send Connector/Hub02.contoso.com',
      'RECEIVE/SMTP/Hub02\\Default Hub02/Hub02.contoso.com',
      'SEND/GATEWAY/Fax/Hub02.contoso.com',
    ]);
    assert.equal(events[1]!.ClientHostname, 'Hub01.contoso.com', 'the hop comes from the local server');
    assert.equal(events[0]!.InternalMessageId, events[1]!.InternalMessageId);
    assert.notEqual(events[2]!.InternalMessageId, events[1]!.InternalMessageId, 'each server numbers the message itself');
    assert.equal(events[2]!.InternalMessageId, events[3]!.InternalMessageId);
    assert.equal(new Set(events.map((e) => e.MessageId)).size, 1, 'one message throughout');
  });

  it('prefers, among equally close and cheap address spaces, the connector of the local server (Connector selection: proximity)', async () => {
    const outcome = await sendTo([
      { name: 'A on Hub02', addressSpaces: ['fabrikam.com;5'], sourceTransportServers: ['Hub02'] },
      { name: 'B on Hub01', addressSpaces: ['fabrikam.com;5'] },
    ], 'bob@fabrikam.com');
    assert.deepEqual(outcome.recipients.map((r) => r.connector), ['B on Hub01'], 'the name would have chosen A');
    const events = await readTrackingLog(root);
    assert.ok(!events.some((e) => e.Source === 'SMTP'), 'no hop');
  });

  it('still weighs address space before proximity: a closer space on another server wins over the local wildcard', async () => {
    const outcome = await sendTo([
      { name: 'Local wildcard', addressSpaces: ['*;1'] },
      { name: 'Remote exact', addressSpaces: ['fabrikam.com;10'], sourceTransportServers: ['Hub02'] },
    ], 'bob@fabrikam.com');
    assert.deepEqual(outcome.recipients.map((r) => r.connector), ['Remote exact']);
  });

  it('places a relative Drop directory under the source server\'s RootDropDirectoryPath, not the local one\'s', async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Fax', addressSpaces: ['fabrikam.com;1'], sourceTransportServers: ['Hub02'], dropDirectory: 'FaxOut', createDrop: false }], { RootDropDirectoryPath: 'C:\\Hub01Drops' });
    await updateState(root, (state) => setTransportSettingsRecord(state, 'Hub02', { RootDropDirectoryPath: 'C:\\Hub02Drops' }));
    fs.mkdirSync(path.join(root, 'Hub01Drops', 'FaxOut'), { recursive: true });
    fs.mkdirSync(path.join(root, 'Hub02Drops', 'FaxOut'), { recursive: true });
    dropMessage(root, 'Pickup', 'fax.eml', message(['From: admin@contoso.com', 'To: bob@fabrikam.com', 'Subject: Relay test']));
    await processOnce(root);
    assert.equal(emlFilesIn(root, 'Hub02Drops/FaxOut').length, 1);
    assert.equal(emlFilesIn(root, 'Hub01Drops/FaxOut').length, 0);
    const [shown] = (await simulatorSnapshot(root)).connectors;
    assert.equal(shown!.dropDirectoryPath, 'C:\\Hub02Drops\\FaxOut', 'the Connectors view shows the folder the pass writes to');
  });

  it('keeps the message in the source server\'s queue while its Drop directory is missing, and writes it once the folder exists', async () => {
    const outcome = await sendTo([{ name: 'Fax', addressSpaces: ['fabrikam.com;1'], sourceTransportServers: ['Hub02'], createDrop: false }], 'bob@fabrikam.com');
    assert.equal(outcome.result, 'waiting');
    assert.match(outcome.recipients[0]!.detail ?? '', /does not exist; Exchange does not create Drop directories/);
    fs.mkdirSync(path.join(root, 'Fax'));
    const again = await processOnce(root);
    assert.deepEqual(again.errors, []);
    assert.equal(emlFilesIn(root, 'Fax').length, 1);
    const events = await readTrackingLog(root);
    const last = events[events.length - 1]!;
    assert.equal(`${last.EventId}/${last.Source}/${last.ServerHostname}`, 'SEND/GATEWAY/Hub02.contoso.com', 'the source server writes it');
    const deferred = events.find((e) => e.EventId === 'DEFER');
    assert.equal(deferred?.ServerHostname, 'Hub02.contoso.com', 'it waited in the source server\'s queue');
  });
});
