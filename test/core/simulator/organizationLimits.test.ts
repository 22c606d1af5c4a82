// The organization's message size limits ("Message size limits in Exchange Server"): MaxSendSize and
// MaxReceiveSize of Set-TransportConfig, 10 MB by default, stop a Pickup or Replay message that is
// larger, with an NDR (5.3.4); exconn route --size says the same.
import * as assert from 'node:assert/strict';
import { processOnce, runScript, traceRoute } from '../../../server/src/core/simulator';
import { configure, dropMessage, emlFilesIn, message, removeWorkspace, standardWorkspace } from './workspaceFixture';

const MB = 1024 * 1024;

describe('transport: the organization\'s message size limits (Set-TransportConfig)', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Gateway', addressSpaces: ['*'] }]);
  });
  afterEach(() => removeWorkspace(root));

  const send = (to: string, bytes: number) => dropMessage(root, 'Pickup', `${to.split('@')[0]}-${bytes}.eml`, message(['From: admin@contoso.com', `To: ${to}`, 'Subject: Large'], 'x'.repeat(bytes)));

  it('returns a message over the default MaxSendSize of 10 MB with 5.3.4, and delivers one under it', async () => {
    send('bob@fabrikam.com', 11 * MB);
    send('eve@fabrikam.com', 9 * MB);
    const summary = await processOnce(root);
    const results = summary.messages.map((m) => `${m.recipients[0]!.address}: ${m.result}${m.recipients[0]!.detail ? ` (${m.recipients[0]!.detail})` : ''}`).sort();
    assert.match(results[0]!, /^bob@fabrikam\.com: not delivered \(550 5\.3\.4 RESOLVER\.RST\.SendSizeLimit\.Org; message too large for this organization\. .*Set-TransportConfig -MaxSendSize\.\)$/);
    assert.equal(results[1], 'eve@fabrikam.com: delivered');
    assert.equal(emlFilesIn(root, 'Gateway').length, 1);
  });

  it('follows Set-TransportConfig: MaxReceiveSize stops mail for the organization\'s mailboxes only', async () => {
    const set = await runScript({ workspace: root, text: 'Set-TransportConfig -MaxSendSize unlimited -MaxReceiveSize 1MB\n' });
    assert.equal(set.success, true, set.output);
    send('mary@contoso.com', 2 * MB);
    send('bob@fabrikam.com', 20 * MB);
    const summary = await processOnce(root);
    const byRecipient = new Map(summary.messages.map((m) => [m.recipients[0]!.address, m]));
    assert.match(byRecipient.get('mary@contoso.com')?.recipients[0]?.detail ?? '', /^550 5\.3\.4 RESOLVER\.RST\.RecipSizeLimit\.Org;/);
    assert.equal(byRecipient.get('bob@fabrikam.com')?.result, 'delivered');

    const traced = await traceRoute(root, 'mary@contoso.com', { messageSize: 2 * MB });
    assert.deepEqual(traced.outcome.kind === 'ndr' ? traced.outcome.response : traced.outcome.kind, '550 5.3.4 RESOLVER.RST.RecipSizeLimit.Org; message too large for this organization');
  });
});
