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
