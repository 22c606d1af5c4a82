import * as assert from 'node:assert/strict';
import { runInFreshWorkspace } from './workspaceFixture';

const OBJECTS = '$items = [pscustomobject]@{ Name = "Contoso"; Cost = 5; Enabled = $true }, [pscustomobject]@{ Name = "Fax Gateway"; Cost = 10; Enabled = $false }';

const create0 = 'New-ForeignConnector -Name "Fax A" -AddressSpaces "SMTP:fax.contoso.com;1" -SourceTransportServers Hub01 | Out-Null';

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

  // Issue 15, item 12: a script's output is one stream to the host, as PowerShell formats it.
  describe('one output stream for the whole script', () => {
    const create = (name: string, space: string) => `New-ForeignConnector -Name "${name}" -AddressSpaces "${space}" -SourceTransportServers Hub01`;

    it('prints several New-ForeignConnector statements in a row as one table, as PowerShell formats one output stream', async () => {
      const text = await output([create('Fax A', 'X400:c=US;a=Fabrikam;p=Contoso;5'), create('Fax B', 'SMTP:fax.contoso.com;1')].join('\n'));
      assert.equal(text, [
        '',
        'Identity AddressSpaces                      Enabled',
        '-------- -------------                      -------',
        'Fax A    {X400:c=US;a=Fabrikam;p=Contoso;5} True',
        'Fax B    {SMTP:fax.contoso.com;1}           True',
        '',
        '',
        '',
      ].join('\n'));
    });

    it('keeps the order of what is printed: other output between two statements ends the table', async () => {
      const text = await output([create('Fax A', 'SMTP:a.contoso.com;1'), 'Write-Host "between"', create('Fax B', 'SMTP:b.contoso.com;1')].join('\n'));
      const lines = text.split('\n');
      assert.equal(lines.filter((line) => line.startsWith('Identity')).length, 2, text);
      assert.ok(lines.indexOf('between') > lines.findIndex((line) => line.startsWith('Fax A')), text);
      assert.ok(lines.indexOf('between') < lines.findIndex((line) => line.startsWith('Fax B')), text);
    });

    it('takes each row as it was when printed, not as a later statement changes the object', async () => {
      const text = await output('$o = [pscustomobject]@{ Name = "before" }\n$o\n$o.Name = "after"\n$o');
      assert.deepEqual(text.split('\n').filter((line) => line === 'before' || line === 'after'), ['before', 'after'], text);
    });
  });

  it('lists RunspaceId first for objects from Exchange cmdlets, as the remote Exchange Management Shell does', async () => {
    const text = await output(`${create0}\nGet-ForeignConnector "Fax A" | Format-List`);
    const labels = text.split('\n').filter((line) => line.includes(' : ')).map((line) => line.split(' : ')[0].trim());
    assert.equal(labels[0], 'RunspaceId', text);
    assert.match(text, /^RunspaceId +: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/m);
    assert.equal(labels.filter((label) => label === 'RunspaceId').length, 1, text);
    // Default tables leave it out, and objects of the shell's own cmdlets do not carry it.
    assert.doesNotMatch(await output(`${create0}\nGet-ForeignConnector`), /RunspaceId/);
    assert.doesNotMatch(await output('[pscustomobject]@{ Name = "x" } | Format-List'), /RunspaceId/);
  });
});
