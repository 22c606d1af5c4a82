// The race that a check of the path before its use loses: while the transport runs, another process
// swaps a folder of the workspace for a link to a folder outside it, thousands of times a second.
// Since every file operation acts inside a folder held open from the workspace root, nothing may be
// written, renamed or deleted outside, and no message may be lost or delivered twice.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { processOnce, type TransportSummary } from '../../../../server/src/core/simulator';
import { holdsFolders } from '../../../../server/src/core/simulator/workspace/heldFolder';
import { configure, dropMessage, emlFilesIn, message, removeWorkspace, standardWorkspace } from '../workspaceFixture';

const PASSES = 20;
const MESSAGES_PER_PASS = 15;

// Runs in a separate process so that it swaps while the simulator's own I/O is under way: the folder
// name becomes missing, then the link, then missing again, then the folder, over and over; each step
// one rename(2), as renameat2(RENAME_EXCHANGE) would be in two. A step can fail (the simulator may
// create the folder while its name is free); the next round tries again. It counts the times the
// name became the link.
const SWAPPER = `
const fs = require('node:fs');
const [real, saved, link, stop] = process.argv.slice(1);
let exposed = 0;
const step = (from, to) => { try { fs.renameSync(from, to); return true; } catch { return false; } };
// The loop never yields, so it looks for the stop file rather than waiting for a signal.
const end = Date.now() + 60000;
for (let round = 1; Date.now() < end && !(round % 16 === 0 && fs.existsSync(stop)); round++) {
  step(real, saved);
  if (step(link, real)) exposed++;
  step(real, link);
  step(saved, real);
}
process.stdout.write(String(exposed));
`;

interface Swapper {
  child: ChildProcess;
  output: Promise<string>;
  stop: string;
}

async function startSwapper(real: string, saved: string, link: string): Promise<Swapper> {
  const stop = path.join(os.tmpdir(), `exconn-swap-stop-${process.pid}-${Date.now()}`);
  const child = spawn(process.execPath, ['-e', SWAPPER, real, saved, link, stop], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const output = new Promise<string>((resolve) => child.on('exit', () => resolve(text)));
  // Let it start swapping before the pass begins.
  await new Promise((resolve) => setTimeout(resolve, 60));
  return { child, output, stop };
}

const isLink = (name: string) => fs.lstatSync(name, { throwIfNoEntry: false })?.isSymbolicLink() === true;

/**
 * Stops the swapper and puts the real folder back under its name, wherever the swap left it. When
 * the simulator created a new folder under the free name, what it wrote there joins the real one.
 */
async function stopSwapper(swapper: Swapper, real: string, saved: string, link: string, outside: string): Promise<number> {
  fs.writeFileSync(swapper.stop, '');
  const exposed = Number(await swapper.output);
  fs.rmSync(swapper.stop);
  if (isLink(real)) fs.rmSync(real);
  if (fs.existsSync(saved)) {
    if (!fs.existsSync(real)) {
      fs.renameSync(saved, real);
    } else {
      for (const name of fs.readdirSync(saved)) fs.renameSync(path.join(saved, name), path.join(real, name));
      fs.rmdirSync(saved);
    }
  }
  if (!isLink(link)) fs.symlinkSync(outside, link);
  assert.ok(fs.statSync(real).isDirectory() && !isLink(real), 'the swap could not be undone');
  return exposed;
}

/** Every entry under `folder` with a digest of its content, so any write, rename or deletion shows. */
function snapshot(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort().map((name) => {
    const entry = path.join(folder, name);
    const stat = fs.lstatSync(entry);
    return stat.isFile() ? `${name} ${createHash('sha256').update(fs.readFileSync(entry)).digest('hex')}` : `${name}/`;
  });
}

function messageIds(root: string, folder: string): string[] {
  return emlFilesIn(root, folder).map((name) => /^Message-ID: (.*)$/im.exec(fs.readFileSync(path.join(root, folder, name), 'latin1'))?.[1] ?? name);
}

/** Passes without the swapper until nothing waits in Pickup or the queue. */
async function drain(root: string): Promise<void> {
  for (let pass = 0; pass < 10; pass++) {
    const summary = await processOnce(root);
    if (summary.waiting === 0 && emlFilesIn(root, 'Pickup').length === 0) return;
  }
}

describe('a folder swapped for a link to outside while the transport runs', function () {
  this.timeout(180_000);
  let root: string;
  let outside: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Internet', addressSpaces: ['SMTP:fabrikam.com;1'] }]);
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-outside-')));
  });
  afterEach(() => {
    removeWorkspace(root);
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const mail = (n: number) => message(['From: admin@contoso.com', 'To: bob@fabrikam.com', `Subject: Message ${n}`, `Message-ID: <m${n}@contoso.com>`]);

  /**
   * PASSES passes, each over MESSAGES_PER_PASS new Pickup messages, while `folder` of the workspace is
   * swapped for a link to the outside folder; `afterPass` checks each pass. Then the queue is drained.
   */
  async function passesWhileSwapped(folder: string, afterPass: (pass: number, summary: TransportSummary) => void): Promise<void> {
    const real = path.join(root, folder);
    const saved = path.join(root, '.swap-saved');
    const link = path.join(root, '.swap-link');
    fs.symlinkSync(outside, link);
    let swaps = 0;
    for (let pass = 0; pass < PASSES; pass++) {
      for (let n = 0; n < MESSAGES_PER_PASS; n++) dropMessage(root, 'Pickup', `p${pass * MESSAGES_PER_PASS + n}.eml`, mail(pass * MESSAGES_PER_PASS + n));
      const swapper = await startSwapper(real, saved, link);
      const summary = await processOnce(root);
      swaps += await stopSwapper(swapper, real, saved, link, outside);
      afterPass(pass, summary);
    }
    await drain(root);
    assert.ok(swaps > PASSES, `the folder's name was the link only ${swaps} times`);
  }

  /** Every message of the passes is in the Drop directory, once each. */
  function assertEachDeliveredOnce(): string[] {
    const delivered = messageIds(root, 'Internet');
    const twice = delivered.filter((id, index) => delivered.indexOf(id) !== index);
    assert.equal(delivered.length, PASSES * MESSAGES_PER_PASS, `Drop holds ${delivered.length} (twice: ${twice.join(', ')}); Pickup ${emlFilesIn(root, 'Pickup').join(', ')}`);
    assert.equal(new Set(delivered).size, delivered.length, 'a message was delivered twice');
    return delivered;
  }

  it(`the Drop directory: ${PASSES} passes write nothing outside, and every message is delivered once`, async () => {
    await passesWhileSwapped('Internet', (pass) => assert.deepEqual(snapshot(outside), [], `pass ${pass + 1} wrote outside the workspace`));
    assert.deepEqual(snapshot(outside), []);
    assertEachDeliveredOnce();
  });

  it(`the Pickup directory: ${PASSES} passes claim, rename or delete nothing outside, and every message is delivered once`, async () => {
    for (let n = 0; n < MESSAGES_PER_PASS; n++) fs.writeFileSync(path.join(outside, `m${n}.eml`), mail(1000 + n).join('\r\n'));
    const before = snapshot(outside);
    await passesWhileSwapped('Pickup', (pass, summary) => {
      assert.deepEqual(snapshot(outside), before, `pass ${pass + 1} changed the outside folder`);
      // Not even the names of the outside files may reach the output.
      assert.doesNotMatch(JSON.stringify(summary), /\bm\d+\.(eml|tmp)\b|Message 1\d{3}/, `pass ${pass + 1} reported an outside file`);
    });
    const delivered = assertEachDeliveredOnce();
    assert.ok(delivered.every((id) => !/m1\d\d\d@/.test(id)), 'an outside message was delivered');
  });

  it('holds folders by handle on this platform, or the docs say it does not', () => {
    // The guarantee above rests on /proc/self/fd; elsewhere the window is only narrowed.
    if (process.platform === 'linux') assert.equal(holdsFolders, true);
  });
});
