import * as assert from 'node:assert/strict';
import { analyzeDocument, documentSymbols, workspaceSymbols } from '../../../server/src/core/analysis';
import { fixture, lineRange } from './fixture';

const script = [
  'New-ForeignConnector -Name "Contoso" -AddressSpaces "SMTP:contoso.com;1"',
  'Set-ForeignConnector Contoso -DropDirectory "C:\\Drop"',
  'Set-TransportService Hub01 -PickupDirectoryPath "C:\\Pickup"',
  'Get-ForeignConnector | Format-List',
].join('\n');

describe('document symbols', () => {
  it('lists the connectors created and changed and the transport settings changed, with their settings', () => {
    const { analysis } = fixture(script);
    assert.deepEqual(documentSymbols(analysis), [
      {
        name: 'Contoso', detail: 'New-ForeignConnector', kind: 19, range: lineRange(0, 0, 72), selectionRange: lineRange(0, 28, 35),
        children: [{ name: 'AddressSpaces', detail: '"SMTP:contoso.com;1"', kind: 7, range: lineRange(0, 37, 72), selectionRange: lineRange(0, 37, 51) }],
      },
      {
        name: 'Contoso', detail: 'Set-ForeignConnector', kind: 19, range: lineRange(1, 0, 53), selectionRange: lineRange(1, 21, 28),
        children: [{ name: 'DropDirectory', detail: '"C:\\Drop"', kind: 7, range: lineRange(1, 29, 53), selectionRange: lineRange(1, 29, 43) }],
      },
      {
        name: 'Hub01', detail: 'Set-TransportService', kind: 2, range: lineRange(2, 0, 59), selectionRange: lineRange(2, 21, 26),
        children: [{ name: 'PickupDirectoryPath', detail: '"C:\\Pickup"', kind: 7, range: lineRange(2, 27, 59), selectionRange: lineRange(2, 27, 47) }],
      },
    ]);
  });

  it('leaves out connectors whose name is computed', () => {
    assert.deepEqual(documentSymbols(fixture('New-ForeignConnector -Name $name -AddressSpaces "SMTP:contoso.com"').analysis), []);
  });
});

describe('workspace symbols', () => {
  const documents = [
    analyzeDocument('file:///ws/01.ps1', script),
    analyzeDocument('file:///ws/02.ps1', 'New-ForeignConnector -Name "Fabrikam Fax" -AddressSpaces "FAX:*;1"'),
  ];

  it('finds the connectors created and the transport settings, by the query\'s characters in order', () => {
    assert.deepEqual(workspaceSymbols(documents, 'ffx'), [
      { name: 'Fabrikam Fax', kind: 19, location: { uri: 'file:///ws/02.ps1', range: lineRange(0, 28, 40) }, containerName: 'New-ForeignConnector' },
    ]);
    assert.deepEqual(workspaceSymbols(documents, '').map((symbol) => symbol.name), ['Contoso', 'Hub01', 'Fabrikam Fax']);
    assert.deepEqual(workspaceSymbols(documents, 'zzz'), []);
  });
});
