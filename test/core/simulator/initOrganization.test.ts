// The exconn.json a workspace implies (exconn init): servers from the scripts and the saved state,
// the local server, accepted domains from the senders of the sample messages read with their
// directory's rules, a mailbox for each local address; written once, never over an existing file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initOrganization, proposeOrganization } from '../../../server/src/core/simulator/initOrganization';
import type { ScriptMentions } from '../../../server/src/core/model/scriptMentions';
import { updateState } from '../../../server/src/core/simulator/state/state';
import { createForeignConnector } from '../../../server/src/core/simulator/state/foreignConnectors';
import { dropMessage, message, removeWorkspace, tempWorkspace } from './workspaceFixture';

const NO_MENTIONS: ScriptMentions = { servers: [], pickupDirectories: [], replayDirectories: [] };

describe('exconn init: the organization a workspace implies', () => {
  let root: string;
  beforeEach(() => {
    root = tempWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  it('reads a Replay file\'s envelope (X-Sender, X-Receiver), not its From and To, as the Replay directory does', async () => {
    dropMessage(root, 'Replay Directory', 'r.eml', ['X-Sender: <gw@northwind.com>', 'X-Receiver: <ops@northwind.com>', 'From: someone@elsewhere.com', 'To: other@elsewhere.com', 'Subject: Replay', '', 'Body', '']);
    const { organization } = await proposeOrganization(root, NO_MENTIONS);
    assert.deepEqual(organization.acceptedDomains, ['northwind.com']);
    assert.deepEqual(organization.mailboxes, ['gw@northwind.com', 'ops@northwind.com']);
  });

  it('takes the Pickup folder the scripts name, and leaves out the null sender and IMCEA-encapsulated recipients', async () => {
    dropMessage(root, 'Inbound', 'a.eml', message(['From: ann@litware.com', 'To: IMCEAFAX-+2B1+20425@litware.com, bob@litware.com', 'Subject: Fax']));
    dropMessage(root, 'Replay', 'dsn.eml', ['X-Sender: <>', 'X-Receiver: <carl@adatum.com>', 'Subject: Report', '', 'Body', '']);
    const mentions: ScriptMentions = { ...NO_MENTIONS, pickupDirectories: ['C:\\Inbound'] };
    const { organization, samples } = await proposeOrganization(root, mentions);
    assert.deepEqual(samples.map((sample) => sample.file).sort(), ['Inbound/a.eml', 'Replay/dsn.eml']);
    assert.deepEqual(organization.acceptedDomains, ['litware.com'], 'the null sender has no domain');
    assert.deepEqual(organization.mailboxes, ['ann@litware.com', 'bob@litware.com']);
  });

  it('lists the servers the scripts name and those the saved state names, the Transport service\'s server first as localServer', async () => {
    await updateState(root, (state) => {
      state.connectors.push(createForeignConnector({ Name: 'Old', AddressSpaces: ['SMTP:x.com;1'], SourceTransportServers: ['Hub03'] }, { localServer: 'Hub01', now: new Date(0) }));
    });
    const { organization } = await proposeOrganization(root, { ...NO_MENTIONS, servers: ['Hub02', 'hub01', 'HUB02'], transportServiceServer: 'hub01' });
    assert.deepEqual(organization.servers, ['hub01', 'Hub02', 'Hub03']);
    assert.equal(organization.localServer, 'hub01');
    assert.equal(organization.acceptedDomains, undefined, 'no sample message: the defaults stay');
  });

  it('writes a file the simulator accepts, and refuses to replace one, even a link', async () => {
    const written = await initOrganization(root, { ...NO_MENTIONS, servers: ['EX01'] });
    assert.equal(written.success, true, written.output);
    assert.deepEqual(JSON.parse(fs.readFileSync(written.file, 'utf8')), { servers: ['EX01'], localServer: 'EX01' });
    const again = await initOrganization(root, NO_MENTIONS);
    assert.equal(again.success, false);
    assert.match(again.output, /exists already, so nothing was written/);
    fs.rmSync(written.file);
    fs.symlinkSync(path.join(root, 'elsewhere.json'), written.file);
    assert.equal((await initOrganization(root, NO_MENTIONS)).success, false, 'a dangling link is not written through');
    assert.ok(!fs.existsSync(path.join(root, 'elsewhere.json')));
  });
});
