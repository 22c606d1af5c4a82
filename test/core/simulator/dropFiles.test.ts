// The file a Foreign connector writes into its Drop directory carries the envelope block real
// Exchange servers write at the top of the files they export (X-Sender, X-Receiver, X-CreatedBy,
// X-HeloDomain, X-Source, X-SourceIPAddress, X-EndOfInjectedXHeaders: the X-headers of the topic
// "Pickup directory and Replay directory", Exchange 2013), so a gateway tested against the simulator
// reads the files a real server drops, and the Replay directory reads a Drop file back.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce, runScript } from '../../../server/src/core/simulator';
import { readTrackingLog } from '../../../server/src/core/simulator/transport';
import { configure, dropMessage, emlFilesIn, filesIn, message, onlyMessageIn, removeWorkspace, standardWorkspace } from './workspaceFixture';

describe('transport: Drop files carry the envelope block real servers write ("Pickup directory and Replay directory", Exchange 2013)', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Gateway', addressSpaces: ['fabrikam.com;1'] }]);
  });
  afterEach(() => removeWorkspace(root));

  const blockOf = (text: string) => text.slice(0, text.indexOf('Received:')).split('\r\n').filter(Boolean);

  it('a Replay message reaches the Drop file with its envelope, DSN parameters, X-CreatedBy, X-HeloDomain, X-Source, X-SourceIPAddress and X-EndOfInjectedXHeaders', async () => {
    dropMessage(root, 'Replay', 'r.eml', message([
      'X-Sender: <admin@contoso.com> RET=HDRS ENVID=JOB-7', 'X-Receiver: <pat@fabrikam.com> NOTIFY=FAILURE ORCPT=rfc822;pat@fabrikam.com',
      'X-HeloDomain: scanner.contoso.com', 'X-Source: ScanGate', 'X-SourceIPAddress: 192.168.1.25', 'X-Scan-Job: 7',
      'From: admin@contoso.com', 'To: pat@fabrikam.com', 'Subject: Scan',
    ]));
    await processOnce(root);
    const dropped = onlyMessageIn(root, 'Gateway');
    const block = blockOf(dropped);
    assert.deepEqual(block.slice(0, -1), [
      'X-Sender: <admin@contoso.com> RET=HDRS ENVID=JOB-7',
      'X-Receiver: <pat@fabrikam.com> NOTIFY=FAILURE ORCPT=rfc822;pat@fabrikam.com',
      'X-CreatedBy: MSExchange15',
      'X-HeloDomain: scanner.contoso.com',
      'X-Source: ScanGate',
      'X-SourceIPAddress: 192.168.1.25',
    ]);
    const fieldsBytes = block.slice(0, -1).reduce((total, line) => total + line.length + 2, 0);
    assert.equal(block.at(-1), `X-EndOfInjectedXHeaders: ${fieldsBytes}`, 'the size in bytes of the X-headers before it');
    assert.doesNotMatch(dropped, /^X-Scan-Job:/m, 'the unknown X-header of the Replay file was ignored and removed');
  });

  it('a Pickup message names every recipient, Bcc included, and localhost and Pickup as where it came from', async () => {
    dropMessage(root, 'Pickup', 'p.eml', message(['From: admin@contoso.com', 'To: pat@fabrikam.com', 'Bcc: lee@fabrikam.com', 'Subject: Both']));
    await processOnce(root);
    assert.deepEqual(blockOf(onlyMessageIn(root, 'Gateway')).slice(0, -1), [
      'X-Sender: <admin@contoso.com>', 'X-Receiver: <pat@fabrikam.com>', 'X-Receiver: <lee@fabrikam.com>',
      'X-CreatedBy: MSExchange15', 'X-HeloDomain: localhost', 'X-Source: Pickup',
    ]);
  });

  it('the Replay directory reads a Drop file back: the same envelope, the Bcc recipient a Bcc again, and the same block in the next Drop file', async () => {
    dropMessage(root, 'Pickup', 'p.eml', message(['From: admin@contoso.com', 'To: pat@fabrikam.com', 'Bcc: lee@fabrikam.com', 'Subject: Round trip']));
    await processOnce(root);
    const [first] = emlFilesIn(root, 'Gateway');
    const firstText = fs.readFileSync(path.join(root, 'Gateway', first), 'latin1');
    // The gateway hands the file back unchanged, as a foreign system returning a message would.
    fs.renameSync(path.join(root, 'Gateway', first), path.join(root, 'Replay', 'back.eml'));
    const summary = await processOnce(root);
    assert.equal(summary.messages[0]?.directory, 'Replay');
    assert.deepEqual(summary.messages[0]?.recipients.map((r) => `${r.address}:${r.result}`), ['pat@fabrikam.com:drop', 'lee@fabrikam.com:drop']);
    assert.deepEqual(filesIn(root, 'Replay'), [], 'not badmail');
    const receive = (await readTrackingLog(root)).filter((event) => event.EventId === 'RECEIVE').at(-1);
    assert.equal(receive?.Source, 'ADMIN');
    assert.deepEqual(receive?.RecipientStatus, ['To', 'Bcc']);
    const second = onlyMessageIn(root, 'Gateway');
    const unchanged = (block: string[]) => block.filter((line) => !/^X-SourceIPAddress:|^X-EndOfInjectedXHeaders:/.test(line));
    assert.deepEqual(unchanged(blockOf(second)), unchanged(blockOf(firstText)));
  });
  it('Export-Message writes the same block for a message waiting for SMTP delivery, and the Replay directory takes the file', async () => {
    const setUp = await runScript({ workspace: root, text: 'New-SendConnector -Name "Fabrikam Relay" -AddressSpaces "SMTP:fabrikam.com;5" -DNSRoutingEnabled $false -SmartHosts relay.fabrikam.com -SourceTransportServers Hub01' });
    assert.equal(setUp.success, true, setUp.output);
    await runScript({ workspace: root, text: 'Remove-ForeignConnector Gateway -Confirm:$false' });
    dropMessage(root, 'Replay', 'r.eml', message(['X-Sender: <admin@contoso.com>', 'X-Receiver: <pat@fabrikam.com>', 'X-Source: ScanGate', 'X-SourceIPAddress: 192.168.1.25', 'Subject: Over SMTP']));
    await processOnce(root);
    const exported = await runScript({ workspace: root, text: 'Get-Message | Suspend-Message\nGet-Message | ForEach-Object { Export-Message $_.Identity | AssembleMessage -Path "C:\\Export\\1.eml" }' });
    assert.equal(exported.success, true, exported.output);
    const file = fs.readFileSync(path.join(root, 'Export', '1.eml'), 'latin1');
    assert.deepEqual(blockOf(file).slice(0, -1), ['X-Sender: <admin@contoso.com>', 'X-Receiver: <pat@fabrikam.com>', 'X-CreatedBy: MSExchange15', 'X-Source: ScanGate', 'X-SourceIPAddress: 192.168.1.25']);
    assert.match(blockOf(file).at(-1) ?? '', /^X-EndOfInjectedXHeaders: \d+$/);
    fs.copyFileSync(path.join(root, 'Export', '1.eml'), path.join(root, 'Replay', 'again.eml'));
    const replayed = await processOnce(root);
    assert.notEqual(replayed.messages[0]?.result, 'badmail');
  });
});
