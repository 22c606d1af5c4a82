// `exconn route`: an administrator runs the sample procedure and asks where mail for an X.400
// recipient, a local mailbox and an unknown domain would go, as text and as JSON.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RouteTrace } from '../../server/src/protocol/extensionProtocol';
import { exconn } from './exconnCli';

describe('exconn route', () => {
  let workspace: string;
  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-route-'));
    fs.cpSync(path.join(__dirname, '..', '..', 'samples', 'contoso'), workspace, { recursive: true });
    for (const step of ['01-create-connector.ps1', '02-drop-directory.ps1']) assert.equal((await exconn('run', path.join(workspace, step))).code, 0, step);
  });
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('shows the chosen Foreign connector, its address space and Drop directory, and exits 0', async () => {
    const result = await exconn('route', 'X400:c=US;a=Fabrikam;p=Contoso;s=Smith', '--workspace', workspace);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /^Route for X400:c=US;a=Fabrikam;p=Contoso;s=Smith from Hub01\n/);
    assert.match(result.out, /\n {2}1 {2}X400:c=US;a=Fabrikam;p=Contoso;5 {2}Foreign connector "Contoso Foreign Connector" {2}cost 5, specificity \d+\n/);
    assert.match(result.out, /\nChosen: Foreign connector "Contoso Foreign Connector" through X400:c=US;a=Fabrikam;p=Contoso;5, to Drop directory C:\\Drop Directory \(Drop Directory in the workspace\)\.\n/);
    assert.equal(fs.existsSync(path.join(workspace, 'Drop Directory')), true);
  });

  it('exits 1 when an address would get an NDR, and prints every trace as JSON on request', async () => {
    const result = await exconn('route', 'mary@contoso.com', 'bob@fabrikam.com', '--workspace', workspace, '--format', 'json');
    assert.equal(result.code, 1);
    const traces = JSON.parse(result.out) as RouteTrace[];
    assert.deepEqual(traces.map((trace) => trace.recipient), ['mary@contoso.com', 'bob@fabrikam.com']);
    assert.deepEqual(traces[0]!.outcome, { kind: 'mailbox', mailbox: 'mary@contoso.com', folder: 'Mailboxes/mary@contoso.com' });
    assert.deepEqual(traces[1]!.outcome, {
      kind: 'ndr', code: '5.4.4', response: '550 5.4.4 ROUTING.NoNextHop; unable to route',
      explanation: 'No enabled connector on this server has an address space that matches the recipient. Add a matching address space to a Foreign connector (New-ForeignConnector -AddressSpaces), or enable it and make this server one of its SourceTransportServers.',
    });
    assert.deepEqual(traces[1]!.candidates.map((c) => [c.connector, c.matched]), [['Contoso Foreign Connector', false]]);
  });

  it('prints what the README shows for the sample, word for word', async () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const shown = /```text\n\$ exconn route (\S+)\n([\s\S]*?)```/.exec(readme);
    assert.ok(shown, 'no exconn route example in the README');
    const result = await exconn('route', shown[1]!, '--workspace', workspace);
    assert.equal(result.out, shown[2]);
  });

  it('changes nothing in the workspace', async () => {
    const before = fs.readdirSync(workspace, { recursive: true, encoding: 'utf8' }).sort();
    await exconn('route', 'bob@fabrikam.com', '--workspace', workspace);
    assert.deepEqual(fs.readdirSync(workspace, { recursive: true, encoding: 'utf8' }).sort(), before);
  });

  it('is a usage error (exit 2) without an address, with an unknown format or a missing workspace', async () => {
    for (const args of [['route'], ['route', 'a@b.com', '--format', 'xml'], ['route', 'a@b.com', '--workspace', path.join(workspace, 'nowhere')]]) {
      const result = await exconn(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.err, /^exconn route: /);
    }
  });
});
