import * as assert from 'node:assert/strict';
import { analyzeDocument, WorkspaceIndex } from '../../../server/src/core/analysis';
import { simulatedConnector } from './fixture';

const create = (name: string) => `New-ForeignConnector -Name "${name}" -AddressSpaces "SMTP:contoso.com;1"\n`;

describe('workspace index', () => {
  function indexOf(): WorkspaceIndex {
    const index = new WorkspaceIndex();
    index.setFolders(['file:///ws/a', 'file:///ws/a/nested', 'file:///ws/b%20c']);
    return index;
  }

  it('puts each document in the longest folder its URI starts with', () => {
    const index = indexOf();
    assert.equal(index.folderOf('file:///ws/a/x.ps1'), 'file:///ws/a');
    assert.equal(index.folderOf('file:///ws/a/nested/x.ps1'), 'file:///ws/a/nested');
    assert.equal(index.folderOf('file:///ws/b c/x.ps1'), 'file:///ws/b%20c');
    assert.equal(index.folderOf('file:///ws/ab/x.ps1'), undefined);
    assert.equal(index.folderOf('file:///ws/a'), 'file:///ws/a');
  });

  it('checks the documents of a folder together: a connector created twice, a reference to none', () => {
    const index = indexOf();
    index.update(analyzeDocument('file:///ws/a/01.ps1', create('Contoso')));
    index.update(analyzeDocument('file:///ws/a/02.ps1', `${create('Contoso')}Get-ForeignConnector Fabrikam\n`));
    index.update(analyzeDocument('file:///ws/b%20c/03.ps1', create('Contoso')));
    assert.deepEqual(index.check('file:///ws/a/01.ps1')?.findings.map((finding) => finding.code), []);
    assert.deepEqual(index.check('file:///ws/a/02.ps1')?.findings.map((finding) => finding.code), ['duplicate-connector', 'unknown-connector']);
    assert.deepEqual(index.check('file:///ws/b c/03.ps1')?.findings.map((finding) => finding.code), []);
  });

  it('follows updates and removals', () => {
    const index = indexOf();
    index.update(analyzeDocument('file:///ws/a/01.ps1', 'Get-ForeignConnector Fabrikam\n'));
    assert.deepEqual(index.check('file:///ws/a/01.ps1')?.diagnostics.map((diagnostic) => diagnostic.code), ['unknown-connector']);
    index.update(analyzeDocument('file:///ws/a/00.ps1', create('Fabrikam')));
    assert.deepEqual(index.check('file:///ws/a/01.ps1')?.diagnostics, []);
    index.remove('file:///ws/a/00.ps1');
    assert.equal(index.check('file:///ws/a/01.ps1')?.diagnostics.length, 1);
  });

  it('uses the folder\'s servers and simulated connectors in checks and views', () => {
    const index = indexOf();
    index.setFacts('file:///ws/a', { declaredServers: ['Hub01'], servers: ['Hub01'], simulatedConnectors: [simulatedConnector({ name: 'Fax' })] });
    index.update(analyzeDocument('file:///ws/a/01.ps1', 'Set-TransportService Hub09 -PickupDirectoryPath "C:\\P"\nGet-ForeignConnector Fax\n'));
    assert.deepEqual(index.check('file:///ws/a/01.ps1')?.findings.map((finding) => finding.code), ['unknown-server']);
    const view = index.view('file:///ws/a/01.ps1');
    assert.deepEqual([view.servers, view.simulatedConnectors.map((connector) => connector.name), view.documents.length], [['Hub01'], ['Fax'], 1]);
  });
});
