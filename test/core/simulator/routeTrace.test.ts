// "Where does mail to this address go?": the route trace names the connector a transport pass then
// really delivers through, and explains the choice with every address space it weighed.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { processOnce, traceRoute } from '../../../server/src/core/simulator';
import { formatRouteTrace } from '../../../server/src/core/simulator/transport';
import { configure, dropMessage, message, removeWorkspace, standardWorkspace, type ConnectorSpec } from './workspaceFixture';

describe('transport: route trace', () => {
  let root: string;
  afterEach(() => removeWorkspace(root));

  async function workspace(connectors: ConnectorSpec[], organization: Record<string, unknown> = {}): Promise<string> {
    root = standardWorkspace(organization);
    await configure(root, connectors);
    return root;
  }

  it('ranks the matching address spaces as Exchange does and says why the others were left out', async () => {
    await workspace([
      { name: 'Wildcard', addressSpaces: ['*.fabrikam.com;1'] },
      { name: 'Exact', addressSpaces: ['fabrikam.com;50'] },
      { name: 'Disabled', addressSpaces: ['fabrikam.com;1'], enabled: false },
      { name: 'OtherServer', addressSpaces: ['fabrikam.com;50'], sourceTransportServers: ['Hub02'] },
      { name: 'Everything', addressSpaces: ['*;1'] },
      { name: 'Gateway', addressSpaces: ['X400:c=US;a=Fabrikam;5'] },
    ]);
    const trace = await traceRoute(root, 'bob@fabrikam.com');
    assert.equal(trace.localServer, 'Hub01');
    assert.equal(trace.addressType, 'SMTP');
    assert.match(trace.resolution, /fabrikam\.com is not an accepted domain/);
    const rows = trace.candidates.map((c) => `${c.connector}|${c.matched}|${c.rank ?? '-'}|${c.unusable ?? ''}`);
    // OtherServer is as close and as cheap as Exact but carried by Hub02: Exchange prefers the local server's connector.
    assert.deepEqual(rows, [
      'Wildcard|true|3|',
      'Exact|true|1|',
      'Disabled|true|-|the connector is disabled (Enabled is $false)',
      'OtherServer|true|2|',
      'Everything|true|4|',
      'Gateway|false|-|',
    ]);
    assert.equal(trace.outcome.kind, 'connector');
    assert.ok(trace.outcome.kind === 'connector');
    assert.equal(trace.outcome.connector, 'Exact');
    assert.equal(trace.outcome.addressSpace, 'SMTP:fabrikam.com;50');
    assert.equal(trace.outcome.destination, 'Drop directory C:\\Exact (Exact in the workspace)');
    assert.equal(trace.outcome.queued, undefined);

    const text = formatRouteTrace(trace);
    assert.match(text, /^Route for bob@fabrikam\.com from Hub01\n/);
    assert.match(text, /\n {2}1 {2}SMTP:fabrikam\.com;50 +Foreign connector "Exact" +cost 50, specificity \d+\n {2}2 {2}SMTP:fabrikam\.com;50 +Foreign connector "OtherServer" +cost 50, specificity \d+; carried by Hub02\n {2}3 {2}SMTP:\*\.fabrikam\.com;1/);
    assert.match(text, /"Disabled" +cost 1, specificity \d+; not used: the connector is disabled/);
    assert.match(text, /\nChosen: Foreign connector "Exact" through SMTP:fabrikam\.com;50, to Drop directory C:\\Exact \(Exact in the workspace\)\.\n/);
  });

  it('reads X.400 recipients given as TYPE:address, as a bare O/R address, or IMCEA-encapsulated alike', async () => {
    await workspace([{ name: 'Contoso X400', addressSpaces: ['X400:c=US;a=Fabrikam;P=Contoso;5'] }]);
    const forms = ['X400:c=US;a=Fabrikam;p=Contoso;s=Smith', 'c=US;a=Fabrikam;p=Contoso;s=Smith', 'IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com'];
    for (const form of forms) {
      const trace = await traceRoute(root, form);
      assert.equal(trace.addressType, 'X400', form);
      assert.ok(trace.outcome.kind === 'connector', form);
      assert.equal(trace.outcome.connector, 'Contoso X400', form);
      assert.equal(trace.outcome.envelopeAddress, 'IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com', form);
      // A Pickup file must name the recipient in the IMCEA form; the trace says so when given another.
      assert.equal(trace.resolution.startsWith(`A message carries ${form} as IMCEAX400-`), !form.startsWith('IMCEA'), trace.resolution);
    }
  });

  it('gives the NDR a pass would give, with its enhanced status code, for unroutable, unknown and invalid recipients', async () => {
    await workspace([{ name: 'Disabled', addressSpaces: ['*;1'], enabled: false }]);
    const codes = await Promise.all(['bob@fabrikam.com', 'nobody@contoso.com', 'not an address', 'X400:c=US;a=Other;s=Nobody'].map(async (address) => {
      const { outcome } = await traceRoute(root, address);
      return outcome.kind === 'ndr' ? `${address}: ${outcome.code}` : `${address}: ${outcome.kind}`;
    }));
    assert.deepEqual(codes, ['bob@fabrikam.com: 5.4.4', 'nobody@contoso.com: 5.1.1', 'not an address: 5.1.3', 'X400:c=US;a=Other;s=Nobody: 5.4.4']);
    const local = await traceRoute(root, 'Mary@Contoso.com');
    assert.deepEqual(local.outcome, { kind: 'mailbox', mailbox: 'mary@contoso.com', folder: 'Mailboxes/mary@contoso.com' });
    assert.deepEqual(local.candidates, [], 'a mailbox is not routed through connectors');
  });

  it('says when the chosen Drop directory would make the message wait, with the reason a pass gives', async () => {
    await workspace([{ name: 'Missing', addressSpaces: ['*'], createDrop: false }]);
    const { outcome } = await traceRoute(root, 'bob@fabrikam.com');
    assert.ok(outcome.kind === 'connector');
    assert.match(outcome.queued ?? '', /^The Drop directory C:\\Missing of "Missing" does not exist; Exchange does not create Drop directories\. Create the folder Missing in the workspace\.$/);
  });

  it('names the connector that a transport pass then delivers through, whatever the connectors and the recipient', async function () {
    this.timeout(120_000);
    const spaces = ['*', '*.fabrikam.com', 'fabrikam.com', 'sales.fabrikam.com', '*.com', 'litware.com'];
    const connector = fc.record({
      space: fc.constantFrom(...spaces),
      cost: fc.integer({ min: 1, max: 3 }),
      enabled: fc.boolean(),
      local: fc.boolean(),
      // 100 bytes is smaller than any message here; the trace is told a size beyond it too.
      small: fc.boolean(),
    });
    const recipients = ['bob@fabrikam.com', 'ann@sales.fabrikam.com', 'eve@litware.com', 'joe@example.org', 'mary@contoso.com'];
    await fc.assert(fc.asyncProperty(fc.array(connector, { minLength: 0, maxLength: 5 }), fc.constantFrom(...recipients), async (specs, recipient) => {
      await workspace(specs.map((spec, index) => ({
        name: `C${index}`, addressSpaces: [`${spec.space};${spec.cost}`], enabled: spec.enabled, sourceTransportServers: [spec.local ? 'Hub01' : 'Hub02'],
        ...(spec.small ? { maxMessageSize: 100 } : {}),
      })));
      try {
        const trace = await traceRoute(root, recipient, { messageSize: 5000 });
        dropMessage(root, 'Pickup', 'm.eml', message(['From: admin@contoso.com', `To: ${recipient}`, 'Subject: Trace']));
        const delivered = (await processOnce(root)).messages[0]!.recipients[0]!;
        const traced = trace.outcome.kind === 'connector' ? `drop:${trace.outcome.connector}` : trace.outcome.kind === 'mailbox' ? 'mailbox' : `failed`;
        const passed = delivered.result === 'drop' ? `drop:${delivered.connector}` : delivered.result;
        assert.equal(traced, passed);
        const winner = trace.candidates.find((candidate) => candidate.rank === 1);
        assert.equal(winner?.connector, trace.outcome.kind === 'connector' ? trace.outcome.connector : undefined, 'the first-ranked address space is the chosen one');
      } finally {
        removeWorkspace(root);
      }
    }), { numRuns: 30 });
  });

  it('leaves out a connector too small for the message, as a pass does, and says so', async () => {
    await workspace([{ name: 'Exact but small', addressSpaces: ['fabrikam.com;1'], maxMessageSize: 100 }, { name: 'Wildcard', addressSpaces: ['*;10'] }]);
    const trace = await traceRoute(root, 'bob@fabrikam.com', { messageSize: 5 * 1024 * 1024 });
    assert.ok(trace.outcome.kind === 'connector');
    assert.equal(trace.outcome.connector, 'Wildcard');
    assert.deepEqual(trace.candidates.map((c) => [c.connector, c.rank ?? '-', c.tooSmall ?? false]), [['Exact but small', '-', true], ['Wildcard', 1, false]]);
    assert.match(formatRouteTrace(trace), /"Exact but small" +cost 1, specificity \d+; left out: MaxMessageSize 100 B \(100 bytes\) is smaller than the message/);
    const unsized = await traceRoute(root, 'bob@fabrikam.com');
    assert.ok(unsized.outcome.kind === 'connector' && unsized.outcome.connector === 'Exact but small', 'without a size, sizes decide nothing');
  });
});
