import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce, runScript } from '../../../server/src/core/simulator';
import { readTrackingLog } from '../../../server/src/core/simulator/transport';
import { mailboxFolderOf } from '../../../server/src/core/simulator/workspace/simulatorLayout';
import { configure, dropMessage, emlFilesIn, message, removeWorkspace, standardWorkspace, writeOrganization } from './workspaceFixture';

const ORGANIZATION = {
  servers: ['Hub01', 'Hub02'], localServer: 'Hub01', acceptedDomains: ['contoso.com'],
  mailboxes: ['admin@contoso.com'], throttling: false, clock: '2024-03-13T09:00:00Z',
};
const FAX = 'New-DeliveryAgentConnector -Name "Fax Agent" -AddressSpaces "FAX:*;1" -DeliveryProtocol FAX | Out-Null\nNew-MailContact -Name "Fax Desk" -ExternalEmailAddress "FAX:+14255550100" | Out-Null';

describe('queue viewer cmdlets over the simulator\'s queues', () => {
  let root: string;
  afterEach(() => removeWorkspace(root));

  /** Two faxes waiting in the Delivery Agent connector's queue, which has no agent yet. */
  async function twoWaitingFaxes(): Promise<void> {
    root = standardWorkspace(ORGANIZATION);
    await configure(root, []);
    const setUp = await runScript({ workspace: root, text: FAX });
    assert.equal(setUp.success, true, setUp.output);
    for (const n of [1, 2]) dropMessage(root, 'Pickup', `m${n}.eml`, message(['From: admin@contoso.com', 'To: FaxDesk@contoso.com', `Subject: Fax ${n}`]));
    await processOnce(root);
    await processOnce(root);
  }

  async function run(text: string) {
    return runScript({ workspace: root, text });
  }

  function listed(output: string, property: string): string[] {
    return output.split('\n').filter((line) => line.startsWith(`${property} `)).map((line) => line.slice(line.indexOf(':') + 1).trim());
  }

  it('Get-Queue shows the Submission queue and the connector\'s queue with its count, status and last error', async () => {
    await twoWaitingFaxes();
    const result = await run('Get-Queue | Format-List Identity,DeliveryType,NextHopDomain,Status,MessageCount,LastError');
    assert.equal(result.success, true, result.output);
    assert.deepEqual(listed(result.output, 'Identity'), ['Hub01\\Submission', 'Hub01\\1']);
    assert.deepEqual(listed(result.output, 'DeliveryType'), ['Undefined', 'DeliveryAgent']);
    assert.deepEqual(listed(result.output, 'MessageCount'), ['0', '2']);
    assert.deepEqual(listed(result.output, 'Status'), ['Ready', 'Retry']);
    assert.match(listed(result.output, 'LastError')[1] ?? '', /No delivery agent for the protocol "FAX"/);
  });

  it('Get-Message lists a queue\'s messages, and -Filter selects by property', async () => {
    await twoWaitingFaxes();
    const all = await run('Get-Message -Queue "Hub01\\1" | Format-List Identity,Subject,FromAddress');
    assert.deepEqual(listed(all.output, 'Subject'), ['Fax 1', 'Fax 2']);
    const filtered = await run('Get-Queue -Filter "MessageCount -gt 1" | Format-List Identity\nGet-Message -Filter "Subject -like \'*2\'" | Format-List Identity');
    assert.deepEqual(listed(filtered.output, 'Identity'), ['Hub01\\1', 'Hub01\\1\\2']);
  });

  it('Suspend-Message holds a message while Retry-Queue delivers the others; Resume-Message lets it go', async () => {
    await twoWaitingFaxes();
    writeOrganization(root, { ...ORGANIZATION, deliveryAgents: { FAX: 'C:\\FaxOut' } });
    const held = await run('Suspend-Message "Hub01\\1\\1"\nRetry-Queue "Hub01\\1"\nGet-Message | Format-List Identity,Status');
    assert.equal(held.success, true, held.output);
    assert.deepEqual(listed(held.output, 'Status'), ['Suspended']);
    assert.equal(emlFilesIn(root, 'FaxOut').length, 1);
    const resumed = await run('Resume-Message "Hub01\\1\\1"\nRetry-Queue -Identity "Hub01\\1"\nGet-Message');
    assert.equal(resumed.success, true, resumed.output);
    assert.equal(emlFilesIn(root, 'FaxOut').length, 2);
  });

  it('Suspend-Queue stops the transport\'s pass for that queue until Resume-Queue', async () => {
    await twoWaitingFaxes();
    writeOrganization(root, { ...ORGANIZATION, deliveryAgents: { FAX: 'C:\\FaxOut' } });
    await run('Suspend-Queue "Hub01\\1"');
    await processOnce(root);
    assert.equal(emlFilesIn(root, 'FaxOut').length, 0);
    const status = await run('Get-Queue "Hub01\\1" | Format-List Status');
    assert.deepEqual(listed(status.output, 'Status'), ['Suspended']);
    await run('Resume-Queue "Hub01\\1"');
    await processOnce(root);
    assert.equal(emlFilesIn(root, 'FaxOut').length, 2);
  });

  /** The messages in a mailbox of the simulator (`.exconn/mailboxes/<address>`). */
  function mailbox(address: string): string[] {
    const folder = mailboxFolderOf(root, address);
    return fs.existsSync(folder) ? fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'latin1')) : [];
  }

  it('Remove-Message returns the message to its sender with an NDR by default, and removes it silently with -WithNDR $false', async () => {
    await twoWaitingFaxes();
    const withReport = await run('Remove-Message "Hub01\\1\\2" -Confirm:$false\nGet-Queue "Hub01\\1" | Format-List MessageCount');
    assert.equal(withReport.success, true, withReport.output);
    assert.deepEqual(listed(withReport.output, 'MessageCount'), ['1']);
    const reports = mailbox('admin@contoso.com');
    assert.equal(reports.length, 1);
    assert.match(reports[0], /^Subject: Undeliverable: Fax 2$/m);
    assert.match(reports[0], /QUEUE\.Admin; message deleted by administrative action/);
    const events = await readTrackingLog(root);
    assert.ok(events.some((event) => event.EventId === 'FAIL' && event.Source === 'QUEUE' && event.MessageSubject === 'Fax 2'));
    assert.ok(events.some((event) => event.EventId === 'DSN'));

    const silent = await run('Remove-Message "Hub01\\1\\1" -WithNDR $false -Confirm:$false\nGet-Queue | Format-List Identity');
    assert.deepEqual(listed(silent.output, 'Identity'), ['Hub01\\Submission']);
    assert.equal(mailbox('admin@contoso.com').length, 1);
  });

  it('Export-Message copies a suspended message into a workspace file with AssembleMessage, in the form the Replay directory takes', async () => {
    await twoWaitingFaxes();
    const notSuspended = await run('Export-Message "Hub01\\1\\1" | AssembleMessage -Path "C:\\Export\\fax1.eml"');
    assert.equal(notSuspended.success, false);
    assert.match(notSuspended.output, /must be suspended before it can be exported\. Run Suspend-Message "Hub01\\1\\1" first/);
    assert.equal(fs.existsSync(path.join(root, 'Export', 'fax1.eml')), false);

    const exported = await run('Suspend-Message "Hub01\\1\\1"\nExport-Message "Hub01\\1\\1" | AssembleMessage -Path "C:\\Export\\fax1.eml"\nGet-Queue "Hub01\\1" | Format-List MessageCount');
    assert.equal(exported.success, true, exported.output);
    assert.deepEqual(listed(exported.output, 'MessageCount'), ['2'], 'the export leaves the message queued');
    const file = fs.readFileSync(path.join(root, 'Export', 'fax1.eml'), 'latin1');
    assert.match(file, /^X-Sender: <admin@contoso\.com>\r?\nX-Receiver: <IMCEAFAX-/);
    assert.match(file, /^Subject: Fax 1$/m);

    // The Replay directory takes the exported file as it is.
    fs.copyFileSync(path.join(root, 'Export', 'fax1.eml'), path.join(root, 'Replay', 'fax1.eml'));
    const replayed = await processOnce(root);
    assert.equal(replayed.messages[0]?.directory, 'Replay');
    assert.notEqual(replayed.messages[0]?.result, 'badmail');
  });

  it('AssembleMessage refuses a path outside the workspace and writes nothing', async () => {
    await twoWaitingFaxes();
    const result = await run('Suspend-Message "Hub01\\1\\1"\nExport-Message "Hub01\\1\\1" | AssembleMessage -Path "C:\\..\\..\\outside.eml"');
    assert.equal(result.success, false);
    assert.match(result.output, /outside\.eml/);
    assert.equal(fs.existsSync(path.join(root, '..', 'outside.eml')), false);
  });

  it('names a queue or message that does not exist', async () => {
    await twoWaitingFaxes();
    const result = await run('Get-Queue "Hub01\\7"\nSuspend-Message "Hub01\\1\\99"');
    assert.match(result.output, /The queue "Hub01\\7" couldn't be found/);
    assert.match(result.output, /The message "Hub01\\1\\99" couldn't be found/);
  });
});
