import * as assert from 'node:assert/strict';
import { hover } from '../../../server/src/core/analysis';
import { fixture, viewOf, type ViewOptions } from './fixture';

function hoverAt(source: string, options?: ViewOptions) {
  const { analysis, cursor, ranges } = fixture(source, 'file:///ws/03-hover.ps1');
  return { result: hover(analysis, cursor, viewOf(analysis, options)), ranges };
}

function markdownAt(source: string, options?: ViewOptions): string {
  const { result, ranges } = hoverAt(source, options);
  assert.ok(result, 'expected a hover');
  assert.equal(result.contents.kind, 'markdown');
  if (ranges.length > 0) assert.deepEqual(result.range, ranges[0]);
  return result.contents.value;
}

describe('hover', () => {
  it('shows a cmdlet\'s synopsis and syntax over its name', () => {
    const markdown = markdownAt('⟦New-Fore‸ignConnector⟧ -Name "x" -AddressSpaces "SMTP:contoso.com"');
    assert.match(markdown, /^\*\*New-ForeignConnector\*\* — Exchange\n\nCreates a Foreign connector/);
    assert.ok(markdown.includes('New-ForeignConnector [-Name] <String> -AddressSpaces <MultiValuedProperty> [-Confirm] [-DomainController <Fqdn>] [-IsScopedConnector <Boolean>] [-SourceTransportServers <MultiValuedProperty>] [-WhatIf] [<CommonParameters>]'), markdown);
  });

  it('names each parameter set of a cmdlet that has several', () => {
    const markdown = markdownAt('Get-ForeignConnector | ⟦Where-Ob‸ject⟧ Enabled');
    assert.match(markdown, /# EqualSet\nWhere-Object \[-Property\] <Object>/);
    assert.match(markdown, /…and \d+ more parameter sets\./);
  });

  it('shows a parameter\'s type, range, default and description, also for an abbreviation', () => {
    const markdown = markdownAt('Set-ForeignConnector "x" ⟦-MaxMe‸ss⟧ 10MB');
    assert.match(markdown, /^\*\*-MaxMessageSize\*\* `<Unlimited<ByteQuantifiedSize>>` — Set-ForeignConnector/);
    // As Exchange prints a ByteQuantifiedSize: whole units without a trailing point.
    assert.match(markdown, /- Accepts: 0 B \(0 bytes\) to 2 TB \(2,199,023,254,528 bytes\), or unlimited/);
    assert.match(markdown, /- Default: Unlimited/);
    assert.match(markdown, /The largest message the connector accepts/);
  });

  it('says which parameters an ambiguous abbreviation could be', () => {
    assert.match(markdownAt('Set-ForeignConnector "x" ⟦-D‸r⟧ "C:\\Drop"'), /ambiguous.*-DropDirectory, -DropDirectoryQuota/);
  });

  it('says a parameter PowerShell 7 added is missing from the Exchange Management Shell', () => {
    const markdown = markdownAt('1..4 | ForEach-Object ⟦-Para‸llel⟧ { $_ }');
    assert.match(markdown, /- PowerShell 7 only: the Exchange Management Shell runs Windows PowerShell 5\.1, which lacks it\./);
  });

  it('says where a mandatory positional parameter goes', () => {
    const markdown = markdownAt('New-ForeignConnector ⟦-Na‸me⟧ "x"');
    assert.match(markdown, /- Mandatory\n- Position: 0/);
  });

  describe('inside an address-space string', () => {
    const prefix = 'New-ForeignConnector -Name "Contoso" -AddressSpaces ';

    it('shows an X.400 attribute\'s full name, limits and this value\'s length', () => {
      const markdown = markdownAt(`${prefix}"X400:c=US;a=Fabrikam;⟦P=Con‸toso⟧;5"`);
      assert.match(markdown, /^\*\*p\*\* — PRMD \(private management domain\)/);
      assert.match(markdown, /- Length: 1–16 characters/);
      assert.match(markdown, /This value: `Contoso` \(7 of at most 16 characters\)\./);
    });

    it('explains the type and the cost', () => {
      assert.match(markdownAt(`${prefix}"⟦X4‸00⟧:c=US;a=Fabrikam;p=Contoso;5"`), /^\*\*X400\*\* address space/);
      assert.match(markdownAt(`${prefix}"X400:c=US;a=Fabrikam;p=Contoso;⟦‸5⟧"`), /^\*\*Cost 5\*\* — from 1 to 100/);
    });
  });

  describe('on a connector name', () => {
    const others = [
      { uri: 'file:///ws/01-create.ps1', text: 'New-ForeignConnector -Name "Contoso Foreign Connector" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5" -SourceTransportServers Hub01,Hub02\n' },
      { uri: 'file:///ws/02-drop.ps1', text: 'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectory "C:\\Drop Directory"\n' },
    ];

    it('shows the configuration the workspace\'s scripts give it, with where each setting comes from', () => {
      const markdown = markdownAt('Get-ForeignConnector "⟦Contoso Fo‸reign Connector⟧" | Format-List', { others });
      assert.match(markdown, /^\*\*Contoso Foreign Connector\*\* — Foreign connector\n\nCreated in 01-create\.ps1:1\./);
      assert.ok(markdown.includes('| AddressSpaces | X400:c=US;a=Fabrikam;P=Contoso;5 | 01-create.ps1:1 |'), markdown);
      assert.ok(markdown.includes('| SourceTransportServers | Hub01, Hub02 | 01-create.ps1:1 |'), markdown);
      assert.ok(markdown.includes('| DropDirectory | C:\\\\Drop Directory | 02-drop.ps1:1 |'), markdown);
      assert.ok(markdown.includes('| Enabled | $true | default |'), markdown);
    });

    it('adds what the simulator saved', () => {
      const markdown = markdownAt('Set-ForeignConnector ⟦Fa‸x⟧ -Enabled $false', { simulated: [{ name: 'Fax', dropDirectory: 'C:\\Fax' }] });
      assert.match(markdown, /In the simulator \(saved state\):/);
      assert.ok(markdown.includes('| DropDirectory | C:\\\\Fax |'), markdown);
    });

    it('finds the connector a Server\\Name or a saved connector\'s GUID names', () => {
      const guid = '0d9e8f7a-6b5c-4d3e-a2f1-0e9d8c7b6a5f';
      const qualified = markdownAt('Get-ForeignConnector "⟦Hub01\\Contoso Fo‸reign Connector⟧"', { others });
      assert.ok(qualified.includes('| DropDirectory | C:\\\\Drop Directory | 02-drop.ps1:1 |'), qualified);
      const byGuid = markdownAt(`Set-ForeignConnector "⟦${guid.slice(0, 4)}‸${guid.slice(4)}⟧" -Enabled $false`, { simulated: [{ name: 'Fax', guid, dropDirectory: 'C:\\Fax' }] });
      assert.ok(byGuid.includes('| DropDirectory | C:\\\\Fax |'), byGuid);
    });

    it('works on the name a New-ForeignConnector gives', () => {
      assert.match(markdownAt('New-ForeignConnector -Name "⟦Ne‸w One⟧" -AddressSpaces "SMTP:contoso.com"'), /Created in 03-hover\.ps1:1\./);
    });
  });

  it('shows nothing between commands, in comments or on unknown commands', () => {
    assert.equal(hoverAt('Get-ForeignConnector  ‸ \n').result, null);
    assert.equal(hoverAt('# New-Foreign‸Connector').result, null);
    assert.equal(hoverAt('Get-Chi‸ldItem').result, null);
  });
});
