// `exconn reset`: an administrator runs the sample procedure, runs it again (which rightly fails with
// "already exists" and says how to start over), resets, and runs it once more from the start. The
// messages already delivered, the scripts and exconn.json stay.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli';
import type { CliIo } from '../../server/src/cli/io';
import { exconn } from './exconnCli';

function filesUnder(dir: string): string[] {
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })).sort() : [];
}

describe('exconn reset', () => {
  let workspace: string;
  let outside: string;
  beforeEach(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-reset-'));
    fs.cpSync(path.join(__dirname, '..', '..', 'samples', 'contoso'), workspace, { recursive: true });
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-outside-'));
  });
  afterEach(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const script = (name: string) => path.join(workspace, name);

  it('starts the procedure over: a second run fails and says so, a reset clears the organization, the third run succeeds', async () => {
    for (const step of ['01-create-connector.ps1', '02-drop-directory.ps1', '03-pickup-directory.ps1']) {
      assert.equal((await exconn('run', script(step))).code, 0, step);
    }
    fs.writeFileSync(path.join(workspace, 'Pickup Directory', 'hello.eml'), 'From: admin@contoso.com\r\nTo: "Bob" <X400:c=US;a=Fabrikam;p=Contoso;s=Bob>\r\nSubject: Hi\r\n\r\nHello.\r\n');
    await exconn('transport', '--workspace', workspace, '--once');
    const delivered = filesUnder(path.join(workspace, 'Drop Directory'));

    const again = await exconn('run', script('01-create-connector.ps1'));
    assert.equal(again.code, 1);
    assert.match(again.err, /already exists/);
    assert.match(again.err, /already in the simulated organization, from an earlier run\. To run the procedure from the start, reset the organization first: exconn reset/);

    const reset = await exconn('reset', '--workspace', workspace);
    assert.equal(reset.code, 0, reset.err);
    assert.match(reset.out, /^Reset the simulated organization in .*: removed 1 ForeignConnector, the settings of 1 transport service, 0 queued messages and the logs \(\d+ files? under \.exconn\/\)\./);
    assert.deepEqual(filesUnder(path.join(workspace, '.exconn')), []);
    assert.deepEqual(filesUnder(path.join(workspace, 'Drop Directory')), delivered, 'a delivered message was removed');
    for (const kept of ['exconn.json', '01-create-connector.ps1']) assert.ok(fs.existsSync(path.join(workspace, kept)), kept);

    const fresh = await exconn('run', script('01-create-connector.ps1'));
    assert.equal(fresh.code, 0, fresh.err);
    assert.doesNotMatch(fresh.err, /reset/);
  });

  it('refuses a link under .exconn that leaves the workspace, names it, and removes nothing, outside or in', async () => {
    assert.equal((await exconn('run', script('01-create-connector.ps1'))).code, 0);
    fs.writeFileSync(path.join(outside, 'keep.eml.json'), '{}');
    fs.symlinkSync(outside, path.join(workspace, '.exconn', 'queue'));
    const reset = await exconn('reset', '--workspace', workspace);
    assert.equal(reset.code, 1);
    assert.match(reset.err, /^exconn reset: Nothing was reset: Refused to delete .*\.exconn\/queue: .*queue is \(or goes through\) a symbolic link to .*exconn-outside-/);
    assert.deepEqual(fs.readdirSync(outside), ['keep.eml.json']);
    assert.ok(fs.existsSync(path.join(workspace, '.exconn', 'config.json')), 'the state went although the reset was refused');
  });

  it('says what it removes in its help, and refuses a folder that does not exist with exit code 2', async () => {
    const help = await exconn('reset', '--help');
    assert.match(help.out, /It removes the connectors and other objects that scripts created or imported, the transport\nsettings,/);
    const missing = await exconn('reset', '--workspace', path.join(outside, 'nowhere'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^exconn reset: No such workspace folder: '.*nowhere'\./);
  });

  it('asks at a terminal and removes nothing on no; --yes, or no terminal, goes ahead without asking', async () => {
    assert.equal((await exconn('run', script('01-create-connector.ps1'))).code, 0);
    const asked: string[] = [];
    let out = '';
    const terminal = (answer: string): CliIo => ({ out: (text) => (out += text), err: () => undefined, ask: async (question) => { asked.push(question); return answer; } });
    assert.equal(await main(['reset', '--workspace', workspace], terminal('n')), 0);
    assert.match(asked[0] ?? '', /^Reset the simulated organization in .*\? This removes the connectors .* \[y\/N\] $/s);
    assert.match(out, /^Nothing was reset\.\n$/);
    assert.ok(fs.existsSync(path.join(workspace, '.exconn', 'config.json')), 'a no removed the state');

    asked.length = 0;
    assert.equal(await main(['reset', '--workspace', workspace, '--yes'], terminal('n')), 0);
    assert.deepEqual(asked, [], '--yes asks nothing');
    assert.deepEqual(filesUnder(path.join(workspace, '.exconn')), []);

    assert.equal((await exconn('run', script('01-create-connector.ps1'))).code, 0);
    const unattended = await exconn('reset', '--workspace', workspace);
    assert.equal(unattended.code, 0, 'without a terminal it goes ahead');
    assert.deepEqual(filesUnder(path.join(workspace, '.exconn')), []);
  });
});
