// The Mail Flow picture of the sample organization: Pickup and Replay feed the transport service,
// which routes through the Foreign connector (with its address spaces) to the Drop directory;
// a connector the local server may not use says why, and a queue that holds messages shows.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mailFlowGraph, mailFlowSvg } from '../../client/src/mailFlowPicture';
import { processOnce, runScript, simulatorSnapshot } from '../../server/src/core/simulator';

describe('Mail Flow picture', () => {
  let workspace: string;
  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-mailflow-'));
    fs.cpSync(path.join(__dirname, '..', '..', 'samples', 'contoso'), workspace, { recursive: true });
    for (const script of ['01-create-connector.ps1', '02-drop-directory.ps1', '03-pickup-directory.ps1', '04-replay-directory.ps1']) {
      const result = await runScript({ workspace, text: fs.readFileSync(path.join(workspace, script), 'utf8') });
      assert.equal(result.success, true, result.output);
    }
  });
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('draws Pickup and Replay into the transport service, through the connector, to its Drop directory', async () => {
    const state = await simulatorSnapshot(workspace);
    const { nodes, edges } = mailFlowGraph(state);
    const title = (id: string) => nodes.find((node) => node.id === id)?.lines[0];
    const flows = edges.map((edge) => `${title(edge.from)} -> ${title(edge.to)}${edge.label ? ` [${edge.label}]` : ''}`);
    assert.deepEqual(flows, [
      'Pickup directory -> Transport service Hub01',
      'Replay directory -> Transport service Hub01',
      'Transport service Hub01 -> Foreign connector Contoso Foreign Connector',
      'Foreign connector Contoso Foreign Connector -> Drop directory',
    ]);
    assert.deepEqual(nodes.find((node) => node.kind === 'connector')?.lines.slice(1, 2), ['X400:c=US;a=Fabrikam;p=Contoso;5'], 'the address spaces head the connector');
    const svg = mailFlowSvg(state);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
    for (const text of ['Transport service Hub01', 'Foreign connector Contoso Foreign Connector', 'C:\\Drop Directory', 'C:\\Pickup Directory', 'X400:c=US;a=Fabrikam;p=Contoso;5']) {
      assert.ok(svg.includes(text), `the picture lacks ${text}`);
    }
    assert.doesNotMatch(svg, /<script/i);
  });

  it('says why the local server does not use a disabled connector, and shows a queue holding messages', async () => {
    const result = await runScript({ workspace, text: 'Set-ForeignConnector "Contoso Foreign Connector" -Enabled $false\nNew-DeliveryAgentConnector -Name Fax -AddressSpaces "FAX:*;1" -DeliveryProtocol FAX -SourceTransportServers Hub01\n' });
    assert.equal(result.success, true, result.output);
    fs.writeFileSync(path.join(workspace, 'Pickup Directory', 'fax.eml'), 'From: admin@contoso.com\r\nTo: IMCEAFAX-12345@contoso.com\r\nSubject: Fax\r\n\r\nPlease fax this.\r\n');
    await processOnce(workspace);
    const state = await simulatorSnapshot(workspace);
    const { nodes } = mailFlowGraph(state);
    const connector = nodes.find((node) => node.lines[0] === 'Foreign connector Contoso Foreign Connector');
    assert.equal(connector?.kind, 'disabled');
    assert.ok(connector?.lines.includes('not used: the connector is disabled (Enabled is $false)'), connector?.lines.join(' | '));
    const queue = nodes.find((node) => node.kind === 'queue');
    assert.ok(queue, `no queue in ${nodes.map((node) => node.lines[0]).join(', ')}`);
    assert.match(queue.lines.join(' '), /1 message, \w+ next hop/);
  });
});
