import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/analysis';
import { checkWorkspace } from '../../../server/src/core/analysis/workspaceChecks';
import { connectorDistinguishedName } from '../../../server/src/core/model/directoryNames';
import type { WorkspaceFacts } from '../../../server/src/core/model/workspaceFacts';
import { simulatedConnector } from './fixture';

const directory = { organizationName: 'Contoso', domain: 'contoso.com' };
const guid = '0d9e8f7a-6b5c-4d3e-a2f1-0e9d8c7b6a5f';
const facts: WorkspaceFacts = { servers: ['Hub01'], simulatedConnectors: [simulatedConnector({ name: 'Fax Gateway', guid })], directory };
const create = 'New-ForeignConnector -Name "Contoso" -AddressSpaces "SMTP:fabrikam.com;1"\n';

function codes(text: string): (string | undefined)[] {
  const document = analyzeDocument('file:///ws/test.ps1', text);
  return (checkWorkspace([document], facts).get(document.uri) ?? []).map((finding) => finding.code);
}

describe('workspace checks name connectors as the cmdlets find them', () => {
  it('knows a connector written Server\\Name', () => {
    assert.deepEqual(codes(`${create}Set-ForeignConnector "Hub01\\contoso" -Enabled $false`), []);
  });

  it('knows a saved connector by its name, GUID or distinguished name', () => {
    assert.deepEqual(codes('Get-ForeignConnector "fax gateway"'), []);
    assert.deepEqual(codes(`Get-ForeignConnector "{${guid}}"`), []);
    assert.deepEqual(codes(`Get-ForeignConnector "${connectorDistinguishedName('Fax Gateway', directory)}"`), []);
  });

  it('warns about a name nothing creates, but not about a wildcard, which may match nothing', () => {
    assert.deepEqual(codes(`${create}Set-ForeignConnector "Hub01\\Contosso" -Enabled $false`), ['unknown-connector']);
    assert.deepEqual(codes('Get-ForeignConnector "Nothing*"'), []);
  });

  it('lets a connector removed as Server\\Name be created again', () => {
    assert.deepEqual(codes(`${create}Remove-ForeignConnector "Hub01\\Contoso"\n${create}`), []);
    assert.deepEqual(codes(`${create}${create}`), ['duplicate-connector']);
  });
});

describe('Receive connectors across the scripts of a workspace', () => {
  const relay = 'New-ReceiveConnector -Name "Relay" -Server Hub01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 192.168.1.0/24\n';

  function findings(...texts: string[]) {
    const documents = texts.map((text, index) => analyzeDocument(`file:///ws/script${index + 1}.ps1`, text));
    const result = checkWorkspace(documents, facts);
    return documents.map((document) => (result.get(document.uri) ?? []).filter((finding) => finding.code === 'receive-connector-binding-conflict'));
  }

  it('reports the second script that reuses a binding with the same ranges, naming the first', () => {
    const [first, second] = findings(relay, relay.replace('"Relay"', '"Relay 2"'));
    assert.equal(first.length, 0);
    assert.equal(second.length, 1);
    assert.match(second[0].message, /Hub01\\Relay/);
    assert.match(second[0].message, /script1\.ps1/);
  });

  it('reads the server: the same binding on another server is fine', () => {
    assert.deepEqual(findings(relay, relay.replace('"Relay"', '"Relay 2"').replace('Hub01', 'Hub02')).flat(), []);
  });

  it('follows Set- and Remove- in order: a removed connector frees its binding, a changed range is judged', () => {
    const again = relay.replace('"Relay"', '"Relay 2"');
    assert.deepEqual(findings(`${relay}Remove-ReceiveConnector "Hub01\\Relay" -Confirm:$false\n${again}`).flat(), []);
    const moved = `${relay}Set-ReceiveConnector "Hub01\\Relay" -Bindings 0.0.0.0:2525\n${again}`;
    assert.deepEqual(findings(moved).flat(), []);
    const crossing = `${relay}${again.replace('192.168.1.0/24', '10.0.0.0/8')}Set-ReceiveConnector "Relay 2" -RemoteIPRanges 192.168.0.0-192.168.1.9\n`;
    assert.equal(findings(crossing).flat().length, 1);
  });

  it('leaves out connectors whose values are computed, and Set- values it cannot know', () => {
    assert.deepEqual(findings(`${relay}${relay.replace('"Relay"', '"Relay 2"').replace('0.0.0.0:25', '$binding')}`).flat(), []);
    const added = `${relay}Set-ReceiveConnector "Relay" -RemoteIPRanges @{Add="10.0.0.1"}\n${relay.replace('"Relay"', '"Relay 2"')}`;
    assert.deepEqual(findings(added).flat(), []);
  });

  it('treats a connector without -RemoteIPRanges as accepting every address', () => {
    const open = 'New-ReceiveConnector -Name "Open" -Server Hub01 -Internet -Bindings 0.0.0.0:25\n';
    assert.equal(findings(open, open.replace('"Open"', '"Open 2"')).flat().length, 1);
    assert.deepEqual(findings(open, relay).flat(), []);
  });
});
