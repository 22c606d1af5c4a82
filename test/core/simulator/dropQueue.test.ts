import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce } from '../../../server/src/core/simulator';
import { updateState } from '../../../server/src/core/simulator/state/state';
import { DirectoryThrottle, readTrackingLog } from '../../../server/src/core/simulator/transport';
import { configure, dropMessage, emlFilesIn, filesIn, message, readIn, removeWorkspace, standardWorkspace } from './workspaceFixture';

describe('transport: Drop directory quota, queue and retry; throttling', () => {
  let root: string;
  afterEach(() => removeWorkspace(root));

  const send = (count: number, to = 'bob@fabrikam.com') => {
    for (let i = 1; i <= count; i++) {
      dropMessage(root, 'Pickup', `m${String(i).padStart(2, '0')}.eml`, message(['From: admin@contoso.com', `To: ${to}`, `Subject: Message ${i}`, `Message-ID: <m${i}@contoso.com>`]));
    }
  };

  /** The Message-IDs found in the Drop directory and the queue. */
  function messageIds(folder: string): string[] {
    return emlFilesIn(root, folder).map((name) => /^Message-ID: (.*)\r$/m.exec(readIn(root, folder, name))?.[1] ?? '?').sort();
  }

  it('fills the Drop directory up to DropDirectoryQuota exactly across batches written while the next is planned', async () => {
    root = standardWorkspace();
    // Every message has the same size, so exactly quota / size of them fit, however the pass is cut into batches.
    const subject = (i: number) => `Message ${String(i).padStart(4, '0')}`;
    const write = (i: number) => dropMessage(root, 'Pickup', `m${String(i).padStart(4, '0')}.eml`,
      message(['From: admin@contoso.com', 'To: bob@fabrikam.com', `Subject: ${subject(i)}`, `Message-ID: <m${String(i).padStart(4, '0')}@contoso.com>`]));
    await configure(root, [{ name: 'Probe', addressSpaces: ['*'] }]);
    write(0);
    await processOnce(root);
    const [probe] = emlFilesIn(root, 'Probe');
    const size = fs.statSync(path.join(root, 'Probe', probe)).size;
    removeWorkspace(root);

    root = standardWorkspace();
    const fitting = 300;
    await configure(root, [{ name: 'Gateway', addressSpaces: ['*'], dropDirectoryQuota: fitting * size + size - 1 }]);
    for (let i = 1; i <= 400; i++) write(i);
    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    const sizes = emlFilesIn(root, 'Gateway').map((name) => fs.statSync(path.join(root, 'Gateway', name)).size);
    assert.ok(sizes.every((each) => each === size), 'the messages are all the same size');
    assert.equal(sizes.length, fitting, 'as many messages as the quota holds, no fewer and no more');
    assert.equal(summary.waiting, 400 - fitting);
    assert.deepEqual(summary.messages.map((m) => m.result), [...Array<string>(fitting).fill('delivered'), ...Array<string>(400 - fitting).fill('waiting')]);
  });

  it('keeps messages over DropDirectoryQuota in the queue and sends them, in order, once there is room', async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Gateway', addressSpaces: ['*'], dropDirectoryQuota: 1500 }]);
    send(6);
    const first = await processOnce(root);
    const dropped = emlFilesIn(root, 'Gateway').length;
    assert.ok(dropped >= 2 && dropped < 6, `some messages fit (${dropped})`);
    // All six are planned in one batch: the quota must count the ones planned before each, not only files on disk.
    const used = emlFilesIn(root, 'Gateway').reduce((total, name) => total + fs.statSync(path.join(root, 'Gateway', name)).size, 0);
    assert.ok(used <= 1500, `the Drop directory holds ${used} bytes, within DropDirectoryQuota`);
    assert.equal(first.waiting, 6 - dropped);
    assert.ok(first.messages.slice(dropped).every((m) => m.result === 'waiting' && m.recipients[0].result === 'queued'));
    assert.match(first.messages[dropped].recipients[0].detail ?? '', /would pass DropDirectoryQuota \(1500 bytes\)/);
    const events = fs.readFileSync(path.join(root, '.exconn', 'events.log'), 'utf8');
    assert.equal(events.match(/8005 NonSmtpGWQuotaExceeded/g)?.length, 1, 'the quota event is logged when the queue starts, not per message');

    const again = await processOnce(root);
    assert.equal(again.queue.filter((entry) => entry.result === 'drop').length, 0, 'no room yet: nothing moves');
    assert.equal(again.queue[0]?.result, 'waiting');

    const before = messageIds('Gateway');
    for (const name of emlFilesIn(root, 'Gateway')) fs.rmSync(path.join(root, 'Gateway', name)); // the gateway collects them
    const collected = [...before];
    for (let pass = 0; pass < 10 && filesIn(root, '.exconn/queue').length > 0; pass++) {
      await processOnce(root);
      collected.push(...messageIds('Gateway'));
      for (const name of emlFilesIn(root, 'Gateway')) fs.rmSync(path.join(root, 'Gateway', name));
    }
    assert.deepEqual(collected, ['<m1@contoso.com>', '<m2@contoso.com>', '<m3@contoso.com>', '<m4@contoso.com>', '<m5@contoso.com>', '<m6@contoso.com>']);
    const sends = (await readTrackingLog(root, { eventId: 'SEND' })).map((event) => event.MessageId).sort();
    assert.deepEqual(sends, collected, 'one SEND event per message, queued ones included');
    assert.equal((await readTrackingLog(root, { eventId: 'DEFER' })).length, 6 - dropped);
  });

  it('waits for a missing Drop directory (Exchange does not create it), then delivers', async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Gateway', addressSpaces: ['*'], createDrop: false }]);
    send(2);
    const summary = await processOnce(root);
    assert.equal(summary.waiting, 2);
    assert.match(summary.messages[0].recipients[0].detail ?? '', /does not exist; Exchange does not create Drop directories/);
    fs.mkdirSync(path.join(root, 'Gateway'));
    const retry = await processOnce(root);
    assert.deepEqual(retry.queue.map((entry) => entry.result), ['drop', 'drop']);
    assert.equal(emlFilesIn(root, 'Gateway').length, 2);
    assert.deepEqual(filesIn(root, '.exconn/queue').filter((name) => !name.endsWith('/')), []);
  });

  it('holds queued messages while their connector is disabled, and sends them when it is enabled', async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Gateway', addressSpaces: ['*'], createDrop: false }]);
    send(1);
    await processOnce(root);
    fs.mkdirSync(path.join(root, 'Gateway'));
    await updateState(root, (state) => {
      state.connectors[0].enabled = false;
    });
    const held = await processOnce(root);
    assert.match(held.queue[0].reason ?? '', /is disabled; Set-ForeignConnector "Gateway" -Enabled \$true/);
    await updateState(root, (state) => {
      state.connectors[0].enabled = true;
    });
    assert.equal((await processOnce(root)).queue[0].result, 'drop');
  });

  it('takes at most PickupDirectoryMaxMessagesPerMinute files a minute, unless throttling is off', async () => {
    root = standardWorkspace({ throttling: true });
    await configure(root, [{ name: 'Gateway', addressSpaces: ['*'] }], { PickupDirectoryMaxMessagesPerMinute: 3 });
    send(5);
    let now = 0;
    const throttle = new DirectoryThrottle(() => now);
    const first = await processOnce(root, { throttle });
    assert.equal(first.messages.length, 3);
    assert.deepEqual(first.throttled, [{ directory: 'Pickup', count: 2, limit: 3 }]);
    assert.equal((await processOnce(root, { throttle })).messages.length, 0, 'still within the same minute');
    now += 61_000;
    assert.equal((await processOnce(root, { throttle })).messages.length, 2);
    assert.equal(emlFilesIn(root, 'Gateway').length, 5);
  });
});
