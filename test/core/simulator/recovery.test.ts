import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce } from '../../../server/src/core/simulator';
import { readTrackingLog } from '../../../server/src/core/simulator/transport';
import { saveClaim, type ClaimRecord } from '../../../server/src/core/simulator/transport/claims';
import { planDelivery } from '../../../server/src/core/simulator/transport/deliveryPlanner';
import { claimMessageFile } from '../../../server/src/core/simulator/transport/messageFiles';
import { executeOutputs } from '../../../server/src/core/simulator/transport/planExecution';
import { appendTrackingRows } from '../../../server/src/core/simulator/transport/trackingLogFiles';
import { transportContext, transportDirectories } from '../../../server/src/core/simulator/transport/transportContext';
import { configure, dropMessage, emlFilesIn, filesIn, message, removeWorkspace, standardWorkspace } from './workspaceFixture';

describe('transport: recovery after an interrupted run', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Gateway', addressSpaces: ['*'] }]);
  });
  afterEach(() => removeWorkspace(root));

  const send = () => dropMessage(root, 'Pickup', 'm.eml', message(['From: admin@contoso.com', 'To: mary@contoso.com, bob@fabrikam.com', 'Message-ID: <m@contoso.com>']));

  /** Does what a run does up to `stage`, then "crashes" (stops), leaving the files as a kill -9 would. */
  async function interruptedRun(stage: 'claimed' | 'planned' | 'one copy made' | 'all copies made' | 'logged'): Promise<void> {
    const context = await transportContext(root);
    const [pickup] = transportDirectories(context).directories;
    const claimed = await claimMessageFile(context, pickup, 'm.eml');
    assert.ok(claimed);
    if (stage === 'claimed') return;
    const seq = await context.sequence.allocate();
    const plan = await planDelivery(context, { ...claimed, seq }, fs.readFileSync(path.join(root, 'Pickup', claimed.tmpName)));
    const claim: ClaimRecord = { ...claimed, seq, plan };
    await saveClaim(context.root, context.layout.claimsFolder, claim);
    if (stage === 'planned') return;
    await executeOutputs(context, stage === 'one copy made' ? { ...plan, outputs: plan.outputs.slice(0, 1) } : plan);
    if (stage === 'logged' && context.tracking) await appendTrackingRows(context.tracking, plan.trackingRows);
  }

  for (const stage of ['claimed', 'planned', 'one copy made', 'all copies made', 'logged'] as const) {
    it(`finishes a message interrupted after "${stage}" with one copy per destination and one set of events`, async () => {
      send();
      await interruptedRun(stage);
      assert.deepEqual(filesIn(root, 'Pickup'), ['m.tmp'], 'the file was claimed as Exchange claims it');
      const summary = await processOnce(root);
      assert.deepEqual(summary.errors, []);
      assert.equal(summary.messages.length, 1);
      assert.equal(summary.messages[0].resumed, stage !== 'claimed', 'a claim record is resumed; a bare .tmp file is processed afresh');
      assert.equal(emlFilesIn(root, 'Mailboxes/mary@contoso.com').length, 1);
      assert.equal(emlFilesIn(root, 'Gateway').length, 1);
      assert.deepEqual(filesIn(root, 'Pickup'), []);
      assert.deepEqual(filesIn(root, '.exconn/transport/claims'), []);
      const events = (await readTrackingLog(root)).map((event) => event.EventId);
      assert.deepEqual(events, ['RECEIVE', 'DELIVER', 'SEND']);
    });
  }

  it('clears the temporary files a killed run left beside badmail and in mailbox folders', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const leftovers = [`Pickup/.m.bad.reason.txt.${deadPid}.0123abcd.exconn-tmp`, `Mailboxes/mary@contoso.com/.x.eml.${deadPid}.89abcdef.exconn-tmp`];
    for (const file of leftovers) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), 'half written');
    }
    const ours = `Pickup/.n.bad.reason.txt.${process.pid}.0123abcd.exconn-tmp`;
    fs.writeFileSync(path.join(root, ours), 'a live process is writing this');
    await processOnce(root);
    for (const file of leftovers) assert.equal(fs.existsSync(path.join(root, file)), false, file);
    assert.ok(fs.existsSync(path.join(root, ours)), 'a live process\'s temporary file is left alone');
  });

  it('processes a .tmp file left in the Pickup directory (Exchange reprocesses .tmp files at start-up)', async () => {
    dropMessage(root, 'Pickup', 'left-over.tmp', message(['From: admin@contoso.com', 'To: mary@contoso.com']));
    const summary = await processOnce(root);
    assert.equal(summary.messages[0].file, 'Pickup/left-over.eml');
    assert.equal(emlFilesIn(root, 'Mailboxes').length, 1);
    assert.deepEqual(filesIn(root, 'Pickup'), []);
  });

  it('leaves a gateway\'s half-written .tmp file alone while the service runs, and takes it at the next start (Exchange 2013, "Pickup directory and Replay directory")', async () => {
    const started = new Set<string>();
    // The service starts: a .tmp left from before is taken, as Exchange renames it back at start-up.
    dropMessage(root, 'Pickup', 'left-over.tmp', message(['From: admin@contoso.com', 'To: mary@contoso.com']));
    assert.deepEqual((await processOnce(root, { started })).messages.map((m) => m.file), ['Pickup/left-over.eml']);
    // While it runs, a gateway writes job42.tmp and will rename it to job42.eml once complete.
    const partial = 'From: admin@contoso.com\r\nTo: mary@contoso.com\r\nSubject: half wr';
    fs.writeFileSync(path.join(root, 'Pickup', 'job42.tmp'), partial);
    const during = await processOnce(root, { started });
    assert.deepEqual(during.messages, [], 'a running service takes only .eml files');
    assert.equal(fs.readFileSync(path.join(root, 'Pickup', 'job42.tmp'), 'utf8'), partial, 'the gateway\'s file is untouched');
    fs.writeFileSync(path.join(root, 'Pickup', 'job42.tmp'), `${partial}itten\r\n\r\nDone.\r\n`);
    fs.renameSync(path.join(root, 'Pickup', 'job42.tmp'), path.join(root, 'Pickup', 'job42.eml'));
    const renamed = await processOnce(root, { started });
    assert.deepEqual(renamed.messages.map((m) => `${m.file}: ${m.result}`), ['Pickup/job42.eml: delivered']);
    // A .tmp still there when the service starts again is taken then.
    dropMessage(root, 'Pickup', 'stale.tmp', message(['From: admin@contoso.com', 'To: mary@contoso.com']));
    assert.deepEqual((await processOnce(root, { started })).messages, []);
    assert.deepEqual((await processOnce(root, { started: new Set() })).messages.map((m) => m.file), ['Pickup/stale.eml']);
  });

  it('claims <name><datetime>.tmp when <name>.tmp is taken', async () => {
    dropMessage(root, 'Pickup', 'm.tmp', message(['From: admin@contoso.com', 'To: mary@contoso.com', 'Subject: older']));
    send();
    const context = await transportContext(root);
    const [pickup] = transportDirectories(context).directories;
    assert.equal((await claimMessageFile(context, pickup, 'm.eml'))?.tmpName, 'm20240313090000000.tmp');
  });
});
