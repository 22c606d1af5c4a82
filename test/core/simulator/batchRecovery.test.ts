// Recovery from a claim journal (one per batch) that an interrupted run left behind: each message of
// the batch had got to a different step. The next pass must finish every message exactly once, with
// the same files, bytes and events as a pass that was never interrupted, re-reading the message text
// from the .tmp files (the journal does not hold it).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce } from '../../../server/src/core/simulator';
import { contentHash } from '../../../server/src/core/simulator/state/guid';
import { readTrackingLog } from '../../../server/src/core/simulator/transport';
import { saveJournal, type ClaimToJournal } from '../../../server/src/core/simulator/transport/claims';
import { planDelivery } from '../../../server/src/core/simulator/transport/deliveryPlanner';
import { claimMessageFiles } from '../../../server/src/core/simulator/transport/messageFiles';
import { executeOutputs } from '../../../server/src/core/simulator/transport/planExecution';
import { appendTrackingRows } from '../../../server/src/core/simulator/transport/trackingLogFiles';
import { transportContext, transportDirectories } from '../../../server/src/core/simulator/transport/transportContext';
import { configure, dropMessage, filesIn, message, removeWorkspace, standardWorkspace } from './workspaceFixture';

/** How far the interrupted run got with one message, in the order of the durable steps. */
type Stage = 'planned' | 'one copy made' | 'all copies made' | 'logged' | 'tmp removed';

/** A body long enough that the journal keeps it as a tail of the claimed file, and recognisable. */
const body = (i: number) => Array.from({ length: 40 }, (_, line) => `BODY-OF-MESSAGE-${i} line ${line}`).join('\r\n');

/** Messages of every kind: a mailbox and a Drop copy, a Drop copy only, an NDR with the original, badmail. */
function dropMessages(root: string): string[] {
  const headers: string[][] = [
    ['From: admin@contoso.com', 'To: mary@contoso.com, bob@fabrikam.com', 'Subject: two copies'],
    ['From: admin@contoso.com', 'To: carol@fabrikam.com', 'Subject: one Drop copy', 'Date: not a date'],
    ['From: admin@contoso.com', 'To: nobody@contoso.com, dave@fabrikam.com', 'Subject: one NDR'],
    ['To: mary@contoso.com', 'Subject: no originator, so badmail'],
    ['From: mary@contoso.com', 'To: admin@contoso.com', 'Subject: mailbox only', 'Message-ID: <kept@contoso.com>'],
    ['From: admin@contoso.com', 'To: erin@fabrikam.com, mary@contoso.com', 'Subject: two copies again'],
  ];
  return headers.map((lines, i) => {
    const name = `m${i}.eml`;
    dropMessage(root, 'Pickup', name, message(lines, body(i)));
    return name;
  });
}

/** Claims, plans and journals every message as one batch, then takes each to its stage and "crashes". */
async function interruptedBatch(root: string, stageOf: (index: number) => Stage): Promise<string> {
  const context = await transportContext(root);
  const [pickup] = transportDirectories(context).directories;
  const names = filesIn(root, 'Pickup').filter((name) => name.endsWith('.eml'));
  const files = await claimMessageFiles(context, pickup, names);
  const entries: ClaimToJournal[] = [];
  for (const file of files) {
    const raw = fs.readFileSync(path.join(root, file.folder, file.tmpName));
    const seq = await context.sequence.allocate();
    entries.push({ claim: { ...file, seq, plan: await planDelivery(context, { ...file, seq }, raw) }, raw, sha256: contentHash(raw) });
  }
  const journal = await saveJournal(context.root, context.layout.claimsFolder, entries);
  for (const [index, { claim }] of entries.entries()) {
    const stage = stageOf(index);
    if (stage === 'planned') continue;
    const plan = claim.plan;
    await executeOutputs(context, stage === 'one copy made' ? { ...plan, outputs: plan.outputs.slice(0, 1) } : plan);
    if (stage === 'one copy made' || stage === 'all copies made') continue;
    if (context.tracking) await appendTrackingRows(context.tracking, plan.trackingRows);
    if (stage === 'tmp removed' && !plan.badmail) fs.rmSync(path.join(root, claim.folder, claim.tmpName));
  }
  return journal.file;
}

/** Every file the transport delivered (mailboxes, Drop directory, queue), with its bytes. */
function delivered(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of ['Mailboxes', 'Gateway', '.exconn/queue']) {
    for (const name of filesIn(root, folder)) files.set(`${folder}/${name}`, fs.readFileSync(path.join(root, folder, name), 'latin1'));
  }
  return files;
}

async function events(root: string): Promise<string[]> {
  return (await readTrackingLog(root)).map((event) => `${event.InternalMessageId} ${event.EventId} ${String(event.Recipients)} ${event.MessageId}`).sort();
}

describe('transport: recovery from a batch journal', () => {
  let root: string;
  let reference: string;
  beforeEach(async () => {
    root = standardWorkspace();
    reference = standardWorkspace();
    for (const workspace of [root, reference]) {
      await configure(workspace, [{ name: 'Gateway', addressSpaces: ['*.fabrikam.com', 'fabrikam.com'] }]);
      dropMessages(workspace);
    }
  });
  afterEach(() => {
    removeWorkspace(root);
    removeWorkspace(reference);
  });

  const stages: Stage[] = ['planned', 'one copy made', 'all copies made', 'logged', 'tmp removed'];

  for (const [label, stageOf] of [
    ['each message at another step', (index: number) => stages[index % stages.length]],
    ['every message planned only', () => 'planned' as const],
    ['every message at its last step', () => 'tmp removed' as const],
  ] as const) {
    it(`finishes every message exactly once, byte for byte as an uninterrupted pass: ${label}`, async () => {
      const expected = await processOnce(reference);
      assert.deepEqual(expected.errors, []);

      const journal = await interruptedBatch(root, stageOf);
      const text = fs.readFileSync(journal, 'latin1');
      assert.doesNotMatch(text, /BODY-OF-MESSAGE-\d+ line 39/, 'the journal does not hold the message text');
      const summary = await processOnce(root);
      assert.deepEqual(summary.errors, []);
      assert.equal(summary.messages.length, expected.messages.length);
      assert.ok(summary.messages.every((outcome) => outcome.resumed));
      assert.deepEqual(summary.messages.map((outcome) => ({ ...outcome, resumed: false })), expected.messages);

      assert.deepEqual(delivered(root), delivered(reference));
      assert.deepEqual(filesIn(root, 'Pickup'), filesIn(reference, 'Pickup'));
      assert.deepEqual(filesIn(root, '.exconn/transport/claims'), []);
      assert.deepEqual(await events(root), await events(reference));
      assert.equal(fs.readFileSync(path.join(root, '.exconn/events.log'), 'utf8'), fs.readFileSync(path.join(reference, '.exconn/events.log'), 'utf8'));

      const again = await processOnce(root);
      assert.deepEqual([again.messages, again.errors], [[], []], 'a second pass has nothing left to do');
    });
  }

  it('does not write a copy again for a message whose .tmp file was already removed (the gateway took it)', async () => {
    await interruptedBatch(root, () => 'tmp removed');
    const taken = filesIn(root, 'Gateway');
    assert.ok(taken.length > 0);
    for (const name of taken) fs.rmSync(path.join(root, 'Gateway', name));
    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    assert.deepEqual(filesIn(root, 'Gateway'), []);
    assert.deepEqual(filesIn(root, '.exconn/transport/claims'), []);
  });

  it('leaves alone a file under a claimed .tmp name that is not the claimed file, and takes it as a new message', async () => {
    await interruptedBatch(root, () => 'tmp removed');
    const before = delivered(root);
    dropMessage(root, 'Pickup', 'm0.tmp', message(['From: admin@contoso.com', 'To: mary@contoso.com', 'Subject: a newer file'], body(99)));
    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    const fresh = summary.messages.filter((outcome) => !outcome.resumed);
    assert.equal(fresh.length, 1);
    assert.equal(fresh[0].file, 'Pickup/m0.eml');
    const added = [...delivered(root)].filter(([file]) => !before.has(file));
    assert.equal(added.length, 1);
    assert.match(added[0][1], /Subject: a newer file/);
    assert.deepEqual(filesIn(root, 'Pickup'), ['m3.bad', 'm3.bad.reason.txt']);
  });

  it('keeps in the journal only the messages that failed again, and finishes them once the cause is gone', async () => {
    await interruptedBatch(root, () => 'planned');
    // The Drop directory cannot be written: a file stands where the folder should be.
    fs.rmSync(path.join(root, 'Gateway'), { recursive: true });
    fs.writeFileSync(path.join(root, 'Gateway'), 'not a folder');
    const first = await processOnce(root);
    const failed = first.errors.filter((error) => error.includes('interrupted earlier'));
    assert.equal(failed.length, 4, first.errors.join('\n'));
    const resumed = first.messages.filter((outcome) => outcome.resumed).map((outcome) => outcome.file).sort();
    assert.deepEqual(resumed, ['Pickup/m3.eml', 'Pickup/m4.eml']);
    const [journal] = filesIn(root, '.exconn/transport/claims');
    const kept = (JSON.parse(fs.readFileSync(path.join(root, '.exconn/transport/claims', journal), 'utf8')) as { claims: { emlName: string }[] }).claims;
    assert.deepEqual(kept.map((claim) => claim.emlName), ['m0.eml', 'm1.eml', 'm2.eml', 'm5.eml']);

    fs.rmSync(path.join(root, 'Gateway'));
    fs.mkdirSync(path.join(root, 'Gateway'));
    const second = await processOnce(root);
    assert.deepEqual(second.errors, []);
    assert.deepEqual(second.messages.map((outcome) => outcome.file).sort(), ['Pickup/m0.eml', 'Pickup/m1.eml', 'Pickup/m2.eml', 'Pickup/m5.eml']);
    await processOnce(reference);
    assert.deepEqual(delivered(root), delivered(reference));
    assert.deepEqual(await events(root), await events(reference));
    assert.deepEqual(filesIn(root, '.exconn/transport/claims'), []);
  });
});
