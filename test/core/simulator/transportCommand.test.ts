import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { transportCommand } from '../../../server/src/cli/transportCommand';
import { configure, dropMessage, emlFilesIn, message, removeWorkspace, standardWorkspace } from './workspaceFixture';

function collector() {
  const io = { stdout: '', stderr: '', out(text: string) { io.stdout += text; }, err(text: string) { io.stderr += text; } };
  return io;
}

describe('exconn transport (CLI)', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Gateway', addressSpaces: ['*'] }]);
  });
  afterEach(() => removeWorkspace(root));

  it('--once prints where each message went and exits 0', async () => {
    dropMessage(root, 'Pickup', 'hello.eml', message(['From: admin@contoso.com', 'To: mary@contoso.com, bob@fabrikam.com', 'Subject: Hello']));
    const io = collector();
    assert.equal(await transportCommand(['--workspace', root, '--once'], io), 0);
    assert.equal(io.stderr, '');
    assert.match(io.stdout, /^Picked up Pickup\/hello\.eml <[^>]+>: delivered$/m);
    assert.match(io.stdout, /^ {2}mary@contoso\.com -> mailbox Mailboxes\/mary@contoso\.com\/[0-9a-f-]+\.eml$/m);
    assert.match(io.stdout, /^ {2}bob@fabrikam\.com -> Gateway -> C:\\Gateway\\[0-9a-f-]+\.eml$/m);
    assert.match(io.stdout, /^1 message\(s\) \(1 delivered\); 0 report\(s\); 0 sent from the queue; 0 waiting in the queue\.$/m);
  });

  it('defaults to --once and to the current folder', async () => {
    dropMessage(root, 'Pickup', 'a.eml', message(['From: admin@contoso.com', 'To: mary@contoso.com']));
    const cwd = process.cwd();
    process.chdir(root);
    try {
      assert.equal(await transportCommand([], collector()), 0);
    } finally {
      process.chdir(cwd);
    }
    assert.equal(emlFilesIn(root, 'Mailboxes').length, 1);
  });

  it('exits 1 when a file became badmail, naming it', async () => {
    dropMessage(root, 'Pickup', 'bad.eml', message(['To: mary@contoso.com']));
    const io = collector();
    assert.equal(await transportCommand(['--workspace', root], io), 1);
    assert.match(io.stdout, /Picked up Pickup\/bad\.eml: badmail\n {2}renamed to Pickup\/bad\.bad; reason in Pickup\/bad\.bad\.reason\.txt/);
  });

  it('exits 1 with the file, line and key when exconn.json is wrong', async () => {
    fs.writeFileSync(path.join(root, 'exconn.json'), '{\n  "throttle": false\n}\n');
    const io = collector();
    assert.equal(await transportCommand(['--workspace', root], io), 1);
    assert.match(io.stderr, /exconn\.json:2:3: Unknown key "throttle" in the file\. Did you mean "throttling"\?/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [['--once', '--watch'], ['--frobnicate'], ['--workspace', path.join(root, 'missing')], ['stray']]) {
      const io = collector();
      assert.equal(await transportCommand(args, io), 2, args.join(' '));
      assert.match(io.stderr, /^exconn transport: /);
    }
  });

  it('--watch processes files as they arrive and stops cleanly when signalled', async function () {
    this.timeout(20000);
    const controller = new AbortController();
    const io = collector();
    const running = transportCommand(['--workspace', root, '--watch'], io, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 500));
    dropMessage(root, 'Pickup', 'late.eml', message(['From: admin@contoso.com', 'To: bob@fabrikam.com']));
    const deadline = Date.now() + 15000;
    while (emlFilesIn(root, 'Gateway').length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    assert.equal(await running, 0);
    assert.equal(emlFilesIn(root, 'Gateway').length, 1);
    assert.match(io.stdout, /^Watching the Pickup and Replay directories/);
    assert.match(io.stdout, /Picked up Pickup\/late\.eml <[^>]+>: delivered/);
    assert.match(io.stdout, /Stopped\. 1 message\(s\) \(1 delivered\)/);
  });
});
