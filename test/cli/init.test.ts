// `exconn init`: a newcomer's workspace has scripts and a test message but no exconn.json, so the
// default organization (contoso.com, no mailboxes) makes the first message between two of their own
// addresses badmail. init writes the organization the workspace implies, shows it, touches nothing
// else, and never replaces an exconn.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exconn } from './exconnCli';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

const SCRIPT = [
  'Set-TransportService EX01 -PickupDirectoryPath "C:\\Pickup"',
  'New-ForeignConnector -Name "Fax" -AddressSpaces "FAX:*;1" -SourceTransportServers EX01, EX02',
  '',
].join('\r\n');

const TEST_MESSAGE = 'From: Ann <ann@litware.com>\r\nTo: bob@litware.com\r\nCc: eve@fabrikam.com\r\nSubject: First test\r\n\r\nHello.\r\n';

describe('exconn init', () => {
  let workspace: string;
  beforeEach(() => {
    workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-init-')));
    fs.writeFileSync(path.join(workspace, 'setup.ps1'), SCRIPT);
    fs.mkdirSync(path.join(workspace, 'Pickup'));
    fs.writeFileSync(path.join(workspace, 'Pickup', 'first.eml'), TEST_MESSAGE);
  });
  afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('writes exconn.json from the scripts\' servers and the sample message\'s sender, shows it, and changes nothing else', async () => {
    const before = filesUnder(workspace);
    const result = await exconn('init', '--workspace', workspace);
    assert.equal(result.code, 0, result.err);
    assert.deepEqual(filesUnder(workspace), [...before, 'exconn.json'].sort(), 'only exconn.json is new');
    const written = JSON.parse(fs.readFileSync(path.join(workspace, 'exconn.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(written, {
      servers: ['EX01', 'EX02'],
      localServer: 'EX01',
      acceptedDomains: ['litware.com'],
      mailboxes: ['ann@litware.com', 'bob@litware.com'],
    }, 'eve@fabrikam.com is outside the sender\'s domain, so no mailbox of the organization');
    assert.ok(result.out.includes(fs.readFileSync(path.join(workspace, 'exconn.json'), 'utf8').trimEnd()), 'the file is shown');
    assert.match(result.out, /Pickup\/first\.eml/);
  });

  it('makes the first test message between two local addresses delivered, where without it the message is badmail', async () => {
    // On the default server, so that without exconn.json the message is taken at all.
    fs.writeFileSync(path.join(workspace, 'setup.ps1'), SCRIPT.replace(/EX01/g, 'Hub01').replace(/EX02/g, 'Hub02'));
    const control = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-init-control-')));
    try {
      fs.cpSync(workspace, control, { recursive: true });
      assert.equal((await exconn('run', path.join(control, 'setup.ps1'))).code, 0);
      await exconn('transport', '--workspace', control, '--once');
      assert.ok(fs.readdirSync(path.join(control, 'Pickup')).some((name) => name.endsWith('.bad')), 'without exconn.json: badmail');
    } finally {
      fs.rmSync(control, { recursive: true, force: true });
    }

    assert.equal((await exconn('init', '--workspace', workspace)).code, 0);
    const run = await exconn('run', path.join(workspace, 'setup.ps1'));
    assert.equal(run.code, 0, run.err);
    await exconn('transport', '--workspace', workspace, '--once');
    assert.equal(fs.readdirSync(path.join(workspace, 'Mailboxes', 'bob@litware.com')).filter((name) => name.endsWith('.eml')).length, 1, 'delivered to bob');
    assert.ok(!fs.readdirSync(path.join(workspace, 'Pickup')).some((name) => name.endsWith('.bad')), 'no badmail');
  });

  it('refuses to overwrite an existing exconn.json, saying how to go on, and leaves it as it was', async () => {
    const mine = '{ "servers": ["Hub01"] }\n';
    fs.writeFileSync(path.join(workspace, 'exconn.json'), mine);
    const result = await exconn('init', '--workspace', workspace);
    assert.equal(result.code, 1);
    assert.equal(result.out, '');
    assert.match(result.err, /^exconn init: .*exconn\.json exists already, so nothing was written\. Edit that file .*, or move it away and run exconn init again/);
    assert.equal(fs.readFileSync(path.join(workspace, 'exconn.json'), 'utf8'), mine);
  });

  it('is listed in the help, with its own --help', async () => {
    assert.match((await exconn('--help')).out, /exconn init \[--workspace <dir>\]/);
    const help = await exconn('init', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: exconn init \[--workspace <dir>\]/);
    assert.equal((await exconn('init', 'extra')).code, 2);
  });
});
