// Issue 15, item 12: one clock for the whole simulator. Without a configured clock a connector's
// WhenCreated, a badmail reason and the tracking log must tell the same time, as they would on one
// Exchange server; and that time is the simulator's epoch, so runs repeat.

import * as assert from 'node:assert/strict';
import { processOnce, runScript } from '../../../../server/src/core/simulator';
import { readTrackingLog } from '../../../../server/src/core/simulator/transport';
import { SIMULATOR_EPOCH } from '../../../../server/src/core/simulator/state/clock';
import { dropMessage, filesIn, message, readIn, removeWorkspace, tempWorkspace, writeOrganization } from '../workspaceFixture';

describe('one clock for the whole simulator', () => {
  let root: string;
  let savedClock: string | undefined;
  beforeEach(() => {
    savedClock = process.env.EXCONN_CLOCK;
    delete process.env.EXCONN_CLOCK;
    root = tempWorkspace();
    // No `clock` key: the default policy is what is under test.
    writeOrganization(root, { servers: ['Hub01'], localServer: 'Hub01', acceptedDomains: ['contoso.com'], mailboxes: ['mary@contoso.com'], throttling: false });
  });
  afterEach(() => {
    if (savedClock !== undefined) process.env.EXCONN_CLOCK = savedClock;
    removeWorkspace(root);
  });

  it('stamps WhenCreated, the badmail reason and the tracking log with the same instant when no clock is configured', async () => {
    const run = await runScript({
      workspace: root,
      text: [
        'Set-TransportService Hub01 -PickupDirectoryPath "C:\\Pickup"',
        'New-ForeignConnector -Name "Fax" -AddressSpaces "SMTP:fax.contoso.com;1" -SourceTransportServers Hub01 | Out-Null',
        'Get-ForeignConnector "Fax" | Format-List WhenCreatedUTC',
      ].join('\n'),
    });
    assert.equal(run.success, true, run.output);
    const created = /WhenCreatedUTC : (.+)/.exec(run.output)?.[1];
    assert.equal(created ? new Date(`${created} UTC`).toISOString() : created, new Date(SIMULATOR_EPOCH).toISOString(), run.output);

    dropMessage(root, 'Pickup', 'good.eml', message(['From: mary@contoso.com', 'To: mary@contoso.com', 'Subject: hello']));
    dropMessage(root, 'Pickup', 'bad.eml', message(['To: mary@contoso.com', 'Subject: no originator']));
    await processOnce(root);

    const reasonFile = filesIn(root, 'Pickup').find((name) => name.endsWith('.reason.txt'));
    assert.ok(reasonFile, filesIn(root, 'Pickup').join(', '));
    assert.match(readIn(root, 'Pickup', reasonFile), new RegExp(`classified as badmail on ${new Date(SIMULATOR_EPOCH).toISOString().replace(/\./g, '\\.')}`));
    const events = await readTrackingLog(root);
    assert.ok(events.length > 0);
    for (const event of events) assert.equal(new Date(event.Timestamp).toISOString(), new Date(SIMULATOR_EPOCH).toISOString(), JSON.stringify(event));
  });
});
