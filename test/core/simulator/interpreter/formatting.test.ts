import * as assert from 'node:assert/strict';
import { runInFreshWorkspace } from './workspaceFixture';

const OBJECTS = '$items = [pscustomobject]@{ Name = "Contoso"; Cost = 5; Enabled = $true }, [pscustomobject]@{ Name = "Fax Gateway"; Cost = 10; Enabled = $false }';

async function output(script: string): Promise<string> {
  const result = await runInFreshWorkspace(script);
  assert.equal(result.success, true, result.output);
  return result.output;
}

describe('Format-List, Format-Table and default output', () => {
  it('Format-List aligns the labels of each object and separates objects by a blank line', async () => {
    assert.equal(await output(`${OBJECTS}\n$items | Format-List`), [
      '',
      'Name    : Contoso',
      'Cost    : 5',
      'Enabled : True',
      '',
      'Name    : Fax Gateway',
      'Cost    : 10',
      'Enabled : False',
      '',
      '',
      '',
    ].join('\n'));
  });

  it('Format-List takes property names, wildcards and calculated properties', async () => {
    assert.equal(await output(`${OBJECTS}\n$items[0] | Format-List N*, @{Name="Double"; Expression={ $_.Cost * 2 }}`), [
      '',
      'Name   : Contoso',
      'Double : 10',
      '',
      '',
      '',
    ].join('\n'));
  });

  it('Format-Table lays out columns, numbers aligned right', async () => {
    assert.equal(await output(`${OBJECTS}\n$items | Format-Table Name,Cost,Enabled`), [
      '',
      'Name        Cost Enabled',
      '----        ---- -------',
      'Contoso        5 True',
      'Fax Gateway   10 False',
      '',
      '',
      '',
    ].join('\n'));
  });

  it('Format-Table -HideTableHeaders leaves out the headings', async () => {
    assert.equal(await output(`${OBJECTS}\n$items | Format-Table Name -HideTableHeaders`), '\nContoso\nFax Gateway\n\n\n');
  });

  it('shows objects with up to four properties as a table, more as a list', async () => {
    assert.equal(await output(`${OBJECTS}\n$items`), [
      '',
      'Name        Cost Enabled',
      '----        ---- -------',
      'Contoso        5 True',
      'Fax Gateway   10 False',
      '',
      '',
      '',
    ].join('\n'));
    assert.equal(await output('[pscustomobject]@{ A = 1; B = 2; C = 3; D = 4; E = 5 }'), '\nA : 1\nB : 2\nC : 3\nD : 4\nE : 5\n\n\n');
  });

  it('shows a hashtable as Name and Value columns', async () => {
    assert.equal(await output('@{ Add = "Hub02" }'), '\nName Value\n---- -----\nAdd  Hub02\n\n\n');
  });

  it('Select-Object -Property makes objects with only those properties', async () => {
    assert.equal(await output(`${OBJECTS}\n$items | Select-Object Name, Enabled`), [
      '',
      'Name        Enabled',
      '----        -------',
      'Contoso     True',
      'Fax Gateway False',
      '',
      '',
      '',
    ].join('\n'));
  });

  it('Out-String turns formatted output into text', async () => {
    assert.equal(await output('$text = [pscustomobject]@{ Name = "Fax" } | Format-List | Out-String\n$text.Trim()'), 'Name : Fax\n');
  });
});
