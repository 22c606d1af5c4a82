import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTrackingLog } from '../../../server/src/core/simulator/transport';
import { seededRandom } from '../../helpers/seededRandom';
import { transportWithKills } from './childProcesses';
import { configure, dropMessage, emlFilesIn, filesIn, message, readIn, removeWorkspace, standardWorkspace } from './workspaceFixture';

const MESSAGES = 2000;
const KILLING_MS = 20000;

type Kind = 'A' | 'mailbox' | 'A+B' | 'badmail';
const kindOf = (i: number): Kind => (i % 100 === 50 ? 'badmail' : (['A', 'mailbox', 'A+B'] as const)[i % 3]);

describe('transport: crash safety', function () {
  this.timeout(120000);
  let root: string;
  afterEach(() => removeWorkspace(root));

  it(`delivers ${MESSAGES} messages exactly once, or leaves them waiting, through repeated kill -9`, async () => {
    root = standardWorkspace();
    // DropB's quota is small, so many of its messages end up waiting in the queue.
    await configure(root, [{ name: 'DropA', addressSpaces: ['*.fabrikam.com'] }, { name: 'DropB', addressSpaces: ['*.litware.com'], dropDirectoryQuota: 30000 }]);
    for (let i = 0; i < MESSAGES; i++) {
      const kind = kindOf(i);
      const to = kind === 'mailbox' ? 'mary@contoso.com' : kind === 'A+B' ? `a${i}@sales.fabrikam.com, b${i}@litware.com` : `a${i}@sales.fabrikam.com`;
      dropMessage(root, 'Pickup', `m${String(i).padStart(4, '0')}.eml`,
        message([...(kind === 'badmail' ? [] : ['From: admin@contoso.com']), `To: ${to}`, `Subject: Message ${i}`, `Message-ID: <msg-${i}@test>`]));
    }

    const seed = Number(process.env.EXCONN_CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seededRandom(seed);
    const started = Date.now();
    const kills = await transportWithKills(root, KILLING_MS, random, seed);
    assert.ok(kills >= 5, `seed ${seed}: only ${kills} kills happened; the test proves little`);

    const count = (folder: string) => {
      const counts = new Map<string, number>();
      for (const name of emlFilesIn(root, folder)) {
        const id = /^Message-ID: (<msg-\d+@test>)\r$/m.exec(readIn(root, folder, name))?.[1] ?? `?${name}`;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return counts;
    };
    const dropA = count('DropA');
    const mailbox = count('Mailboxes/mary@contoso.com');
    const dropB = count('DropB');
    const queued = count('.exconn/queue');
    let waiting = 0;
    for (let i = 0; i < MESSAGES; i++) {
      const id = `<msg-${i}@test>`;
      const kind = kindOf(i);
      const where = `seed ${seed}, message ${i} (${kind})`;
      assert.equal(dropA.get(id) ?? 0, kind === 'A' || kind === 'A+B' ? 1 : 0, `${where}: copies in DropA`);
      assert.equal(mailbox.get(id) ?? 0, kind === 'mailbox' ? 1 : 0, `${where}: copies in the mailbox`);
      assert.equal((dropB.get(id) ?? 0) + (queued.get(id) ?? 0), kind === 'A+B' ? 1 : 0, `${where}: copies in DropB or its queue`);
      waiting += queued.get(id) ?? 0;
    }
    assert.equal(dropA.size + mailbox.size + dropB.size + queued.size, [...dropA.keys(), ...mailbox.keys(), ...dropB.keys(), ...queued.keys()].filter((id) => id.startsWith('<')).length, 'no stray files');
    const badmail = filesIn(root, 'Pickup');
    assert.deepEqual(badmail, Array.from({ length: MESSAGES / 100 }, (_, k) => [`m${String(k * 100 + 50).padStart(4, '0')}.bad`, `m${String(k * 100 + 50).padStart(4, '0')}.bad.reason.txt`]).flat());
    assert.deepEqual(filesIn(root, '.exconn/transport/claims'), []);

    const events = await readTrackingLog(root);
    const perMessage = (eventId: string) => {
      const counts = new Map<string, number>();
      for (const event of events.filter((e) => e.EventId === eventId)) counts.set(event.MessageId ?? '', (counts.get(event.MessageId ?? '') ?? 0) + 1);
      return counts;
    };
    const receives = perMessage('RECEIVE');
    const badmails = events.filter((event) => event.EventId === 'BADMAIL').map((event) => event.SourceContext?.split(':')[0]).sort();
    for (let i = 0; i < MESSAGES; i++) {
      assert.equal(receives.get(`<msg-${i}@test>`) ?? 0, kindOf(i) === 'badmail' ? 0 : 1, `seed ${seed}: RECEIVE events of message ${i}`);
    }
    assert.deepEqual(badmails, badmail.filter((name) => name.endsWith('.bad')).map((name) => name.replace('.bad', '.eml')), `seed ${seed}: one BADMAIL event per badmail file`);
    const sendsToA = events.filter((event) => event.EventId === 'SEND' && event.ConnectorId === 'DropA').length;
    assert.equal(sendsToA, [...dropA.values()].reduce((a, b) => a + b, 0), `seed ${seed}: one SEND event per Drop file`);
    process.stdout.write(`      (seed ${seed}: ${kills} kills in ${((Date.now() - started) / 1000).toFixed(1)} s; ${dropA.size} in DropA, ${mailbox.size} in the mailbox, ${dropB.size} in DropB, ${waiting} waiting in its queue, ${MESSAGES / 100} badmail)\n`);
    assert.ok(fs.existsSync(path.join(root, 'DropB')));
  });
});
