import * as assert from 'node:assert/strict';
import { definition, prepareRename, references, rename, RenameError } from '../../../server/src/core/analysis';
import { fixture, viewOf } from './fixture';

const create = fixture('New-ForeignConnector -Name "⟦Contoso Foreign Connector⟧" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5"\n', 'file:///ws/01-create.ps1');
const drop = fixture('Set-ForeignConnector "⟦Contoso Foreign Connector⟧" -DropDirectory "C:\\Drop Directory"\n', 'file:///ws/02-drop.ps1');
const others = [{ uri: 'file:///ws/01-create.ps1', text: create.text }, { uri: 'file:///ws/02-drop.ps1', text: drop.text }];

function at(source: string) {
  const main = fixture(source, 'file:///ws/03-check.ps1');
  return { ...main, view: viewOf(main.analysis, { others }) };
}

describe('definition, references and rename of a connector', () => {
  it('goes from -Identity to the New-ForeignConnector -Name that creates the connector', () => {
    const { analysis, cursor, view } = at("Get-ForeignConnector 'Contoso Foreign Con‸nector' | Format-List");
    assert.deepEqual(definition(analysis, cursor, view), [{ uri: 'file:///ws/01-create.ps1', range: create.ranges[0] }]);
  });

  it('matches names ignoring case, and a creation defines itself', () => {
    const { analysis, cursor, view } = at('Set-ForeignConnector "contoso foreign ‸connector" -Enabled $false');
    assert.equal(definition(analysis, cursor, view)[0].uri, 'file:///ws/01-create.ps1');
    const own = fixture('New-ForeignConnector -Name "⟦Fa‸x⟧" -AddressSpaces "FAX:*;1"');
    assert.deepEqual(definition(own.analysis, own.cursor, viewOf(own.analysis)), [{ uri: 'file:///ws/test.ps1', range: own.ranges[0] }]);
  });

  it('finds every reference in the workspace, with or without the declaration', () => {
    const { analysis, cursor, view, ranges } = at("Get-ForeignConnector '⟦Contoso Foreign Con‸nector⟧'");
    const all = references(analysis, cursor, view, true);
    assert.deepEqual(all, [
      { uri: 'file:///ws/01-create.ps1', range: create.ranges[0] },
      { uri: 'file:///ws/02-drop.ps1', range: drop.ranges[0] },
      { uri: 'file:///ws/03-check.ps1', range: ranges[0] },
    ]);
    assert.deepEqual(references(analysis, cursor, view, false).map((location) => location.uri), ['file:///ws/02-drop.ps1', 'file:///ws/03-check.ps1']);
  });

  it('ignores wildcard identities and places that are not connector names', () => {
    const wildcard = at('Get-ForeignConnector Conto‸so*');
    assert.deepEqual(references(wildcard.analysis, wildcard.cursor, wildcard.view, true), []);
    const elsewhere = at('Set-TransportService Hu‸b01 -PickupDirectoryPath "C:\\Pickup"');
    assert.deepEqual(definition(elsewhere.analysis, elsewhere.cursor, elsewhere.view), []);
    assert.equal(prepareRename(elsewhere.analysis, elsewhere.cursor), null);
  });

  it('prepares a rename on the name inside its quotes', () => {
    const { analysis, cursor, ranges } = at("Get-ForeignConnector '⟦Contoso Foreign Con‸nector⟧'");
    assert.deepEqual(prepareRename(analysis, cursor), { range: ranges[0], placeholder: 'Contoso Foreign Connector' });
  });

  it('renames the connector across the workspace, escaping for each kind of quote', () => {
    const { analysis, cursor, view, ranges } = at("Get-ForeignConnector '⟦Contoso Foreign Con‸nector⟧'");
    assert.deepEqual(rename(analysis, cursor, "O'Brien \"X.400\" Gateway", view), {
      changes: {
        'file:///ws/01-create.ps1': [{ range: create.ranges[0], newText: 'O\'Brien `"X.400`" Gateway' }],
        'file:///ws/02-drop.ps1': [{ range: drop.ranges[0], newText: 'O\'Brien `"X.400`" Gateway' }],
        'file:///ws/03-check.ps1': [{ range: ranges[0], newText: 'O\'\'Brien "X.400" Gateway' }],
      },
    });
  });

  it('quotes a bare name that gets a space', () => {
    const { analysis, cursor, ranges } = fixture('New-ForeignConnector -Name Fax -AddressSpaces "FAX:*;1"\nSet-ForeignConnector ⟦F‸ax⟧ -Enabled $true');
    const edit = rename(analysis, cursor, 'Fax Gateway', viewOf(analysis));
    assert.deepEqual(edit?.changes['file:///ws/test.ps1'].map((change) => change.newText), ['"Fax Gateway"', '"Fax Gateway"']);
    assert.deepEqual(edit?.changes['file:///ws/test.ps1'][1].range, ranges[0]);
  });

  it('refuses an empty name or a wildcard', () => {
    const { analysis, cursor, view } = at("Get-ForeignConnector 'Contoso Foreign Con‸nector'");
    assert.throws(() => rename(analysis, cursor, '  ', view), RenameError);
    assert.throws(() => rename(analysis, cursor, 'Contoso*', view), RenameError);
  });

  it('takes Server\\Name and a saved connector\'s GUID for the connector they name, as the cmdlets do', () => {
    const guid = '6f1c2e3a-0b4d-4c5e-8f90-1a2b3c4d5e6f';
    const main = fixture(`Set-ForeignConnector "⟦Hub01\\Contoso Foreign Con‸nector⟧" -Enabled $false\nGet-ForeignConnector "⟦{${guid}}⟧"`, 'file:///ws/03-check.ps1');
    const view = viewOf(main.analysis, { others, simulated: [{ name: 'Contoso Foreign Connector', guid }] });
    assert.deepEqual(references(main.analysis, main.cursor, view, true), [
      { uri: 'file:///ws/01-create.ps1', range: create.ranges[0] },
      { uri: 'file:///ws/02-drop.ps1', range: drop.ranges[0] },
      { uri: 'file:///ws/03-check.ps1', range: main.ranges[0] },
      { uri: 'file:///ws/03-check.ps1', range: main.ranges[1] },
    ]);
    assert.equal(definition(main.analysis, main.cursor, view)[0].uri, 'file:///ws/01-create.ps1');
    // The rename keeps the server part and leaves the GUID, which stays the connector's.
    assert.deepEqual(rename(main.analysis, main.cursor, 'Fabrikam Gateway', view)?.changes['file:///ws/03-check.ps1'], [{ range: main.ranges[0], newText: 'Hub01\\Fabrikam Gateway' }]);
  });
});
