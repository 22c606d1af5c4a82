import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { processOnce } from '../../../server/src/core/simulator';
import { mailboxFolderOf } from '../../../server/src/core/simulator/workspace/simulatorLayout';
import { configure, dropMessage, message, removeWorkspace, standardWorkspace } from './workspaceFixture';

describe('transport: one odd entry in Pickup never holds up the others', () => {
  let root: string;
  let outside: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, []);
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-outside-'));
  });
  afterEach(() => {
    removeWorkspace(root);
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const pickup = (name: string) => path.join(root, 'Pickup', name);
  const mary = () => fs.readdirSync(mailboxFolderOf(root, 'mary@contoso.com')).map((name) => fs.readFileSync(path.join(mailboxFolderOf(root, 'mary@contoso.com'), name), 'latin1'));
  const mail = (subject: string) => message(['From: admin@contoso.com', 'To: mary@contoso.com', `Subject: ${subject}`]);

  it('sets aside links, a folder and a FIFO named *.eml without opening them, and delivers every other message in the same pass', async () => {
    const secret = path.join(outside, 'secret.eml');
    fs.writeFileSync(secret, mail('OUTSIDE SECRET').join('\r\n'));
    dropMessage(root, 'Pickup', 'a.eml', mail('First'));
    dropMessage(root, 'Pickup', 'z.eml', mail('Last'));
    fs.symlinkSync(secret, pickup('outside.eml'));
    fs.symlinkSync(path.join(root, 'nowhere.eml'), pickup('dangling.eml'));
    fs.symlinkSync(pickup('a.eml'), pickup('twin.eml'));
    fs.mkdirSync(pickup('dir.eml'));
    execFileSync('mkfifo', [pickup('pipe.eml')]);

    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    assert.deepEqual(summary.messages.map((outcome) => [outcome.file, outcome.result]), [['Pickup/a.eml', 'delivered'], ['Pickup/z.eml', 'delivered']]);
    assert.deepEqual(mary().map((text) => /^Subject: (.*)$/m.exec(text)?.[1]?.trim()).sort(), ['First', 'Last']);
    for (const [name, kind] of [['outside.eml', 'a symbolic link'], ['dangling.eml', 'a symbolic link'], ['twin.eml', 'a symbolic link'], ['dir.eml', 'a folder'], ['pipe.eml', 'a named pipe \\(FIFO\\)']]) {
      assert.ok(fs.lstatSync(pickup(`${name}.bad`)), `${name} is set aside as ${name}.bad`);
      assert.match(fs.readFileSync(pickup(`${name}.bad.reason.txt`), 'utf8'), new RegExp(`^${name.replace('.', '\\.')} is ${kind}, not a message file`));
      assert.ok(summary.warnings.some((warning) => warning.startsWith(`Pickup/${name}: `)), `a warning for ${name}`);
    }
    assert.equal(fs.readFileSync(secret, 'latin1').includes('OUTSIDE SECRET'), true, 'the outside file is untouched');
    assert.ok(!JSON.stringify(summary).includes('OUTSIDE SECRET'));

    const again = await processOnce(root);
    assert.deepEqual([again.warnings, again.errors, again.messages.length], [[], [], 0], 'each odd entry is reported once');
  });

  it('renames a message whose name is not valid UTF-8 to one that is, and delivers it', async () => {
    const raw = Buffer.concat([Buffer.from(path.join(root, 'Pickup') + path.sep), Buffer.from('caf\xe9.eml', 'latin1')]);
    fs.writeFileSync(raw, mail('Latin-1 name').join('\r\n'));
    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    assert.deepEqual(summary.messages.map((outcome) => [outcome.file, outcome.result]), [['Pickup/caf%E9.eml', 'delivered']]);
    assert.match(summary.warnings[0] ?? '', /^Pickup\/caf%E9\.eml: renamed from a name that is not valid UTF-8/);
  });
});
