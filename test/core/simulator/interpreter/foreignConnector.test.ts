import * as assert from 'node:assert/strict';
import { CONTOSO, Workspace } from './workspaceFixture';

const CREATE = 'New-ForeignConnector -Name "Contoso Foreign Connector" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5" -SourceTransportServers Hub01,Hub02';

describe('Foreign connector cmdlets', () => {
  let workspace: Workspace;
  beforeEach(() => {
    workspace = Workspace.create(CONTOSO);
  });
  afterEach(() => workspace.remove());

  it('New-ForeignConnector stores the connector with Exchange\'s defaults and shows it as a table', async () => {
    const result = await workspace.run(CREATE);
    assert.equal(result.success, true, result.output);
    assert.equal(result.output, [
      '',
      'Identity                  AddressSpaces                      Enabled',
      '--------                  -------------                      -------',
      'Contoso Foreign Connector {X400:c=US;a=Fabrikam;p=Contoso;5} True',
      '',
      '',
      '',
    ].join('\n'));
    const [connector] = (await workspace.state()).connectors;
    assert.equal(connector.name, 'Contoso Foreign Connector');
    assert.deepEqual(connector.addressSpaces, ['X400:c=US;a=Fabrikam;p=Contoso;5']);
    assert.deepEqual(connector.sourceTransportServers, ['Hub01', 'Hub02']);
    assert.equal(connector.dropDirectory, 'Contoso Foreign Connector');
    assert.equal(connector.enabled, true);
    assert.equal(connector.whenCreated, '2024-03-13T09:00:00.000Z');
  });

  it('Get-ForeignConnector | Format-List Name prints the name', async () => {
    const result = await workspace.run(`${CREATE} | Out-Null\nGet-ForeignConnector | Format-List Name`);
    assert.equal(result.output, '\nName : Contoso Foreign Connector\n\n\n');
  });

  it('Format-List without properties shows RunspaceId, then every property in the catalog\'s order', async () => {
    const result = await workspace.run(`${CREATE} | Out-Null\nGet-ForeignConnector | Format-List`);
    const labels = result.output.split('\n').filter((line) => line.includes(' :')).map((line) => line.split(' :')[0].trim());
    assert.deepEqual(labels.slice(0, 7), ['RunspaceId', 'AddressSpaces', 'Comment', 'ConnectedDomains', 'DropDirectory', 'DropDirectoryQuota', 'Enabled']);
    assert.ok(result.output.includes('SourceTransportServers : {Hub01, Hub02}'), result.output);
    assert.ok(result.output.includes('MaxMessageSize         : Unlimited'), result.output);
    assert.ok(result.output.includes('WhenCreated            : 3/13/2024 9:00:00 AM'), result.output);
  });

  it('refuses a second connector with the same name, changing nothing', async () => {
    await workspace.run(CREATE);
    const before = await workspace.state();
    const result = await workspace.run(CREATE.replace('Hub01,Hub02', 'Hub01'));
    assert.equal(result.success, false);
    assert.match(result.output, /^Active Directory operation failed on DC01\.contoso\.com\. The object 'CN=Contoso Foreign Connector,CN=Connections,.*' already exists\.$/m);
    assert.match(result.output, /\+ CategoryInfo {10}: NotSpecified: \(:\) \[New-ForeignConnector\], ADObjectAlreadyExistsException/);
    assert.match(result.output, /\+ FullyQualifiedErrorId : [0-9A-F]{8},Microsoft\.Exchange\.Management\.SystemConfigurationTasks\.NewForeignConnector/);
    // The editor underlines -Name and its value, the part of the command that collides.
    const name = { start: { line: 0, character: CREATE.indexOf('-Name') }, end: { line: 0, character: CREATE.indexOf(' -AddressSpaces') } };
    assert.deepEqual(result.failures, [{ line: 0, range: name, message: result.failures[0].message, reason: 'ADObjectAlreadyExistsException' }]);
    assert.match(result.startOverHint ?? '', /already in the simulated organization, from an earlier run/);
    assert.deepEqual(await workspace.state(), before);
  });

  it('refuses source servers that exconn.json does not declare', async () => {
    const result = await workspace.run(CREATE.replace('Hub01,Hub02', 'Hub01,Hub03'));
    assert.equal(result.success, false);
    assert.ok(result.output.startsWith("The operation couldn't be performed because object 'Hub03' couldn't be found on 'DC01.contoso.com'.\n"), result.output);
    assert.equal((await workspace.state()).connectors.length, 0);
  });

  it('accepts any server when the workspace has no exconn.json', async () => {
    const bare = Workspace.create();
    try {
      const result = await bare.run(CREATE);
      assert.equal(result.success, true, result.output);
      assert.deepEqual((await bare.state()).connectors[0].sourceTransportServers, ['Hub01', 'Hub02']);
    } finally {
      bare.remove();
    }
  });

  it('refuses an invalid address space with the address-space module\'s explanation', async () => {
    const result = await workspace.run('New-ForeignConnector "Fax" -AddressSpaces "X400:c=US;zz=Fabrikam;5"');
    assert.equal(result.success, false);
    assert.match(result.output, /^Cannot process argument transformation on parameter 'AddressSpaces'\. Cannot convert value "X400:c=US;zz=Fabrikam;5" to type "Microsoft\.Exchange\.Data\.AddressSpace"\. Error: ".+"$/m);
    assert.match(result.output, /FullyQualifiedErrorId : ParameterArgumentTransformationError,New-ForeignConnector/);
    assert.equal((await workspace.state()).connectors.length, 0);
  });

  it('reports an identity that matches nothing in Exchange\'s words', async () => {
    const result = await workspace.run('Set-ForeignConnector "Nowhere" -Enabled $false');
    assert.equal(result.success, false);
    assert.equal(result.output.split('\n')[0], "The operation couldn't be performed because object 'Nowhere' couldn't be found on 'DC01.contoso.com'.");
    assert.match(result.output, /CategoryInfo {10}: NotSpecified: \(:\) \[Set-ForeignConnector\], ManagementObjectNotFoundException/);
  });

  it('reports an identity that matches several connectors, changing none', async () => {
    await workspace.run('New-ForeignConnector "Fax A" -AddressSpaces "FAX:a;1"\nNew-ForeignConnector "Fax B" -AddressSpaces "FAX:b;1"');
    const result = await workspace.run('Set-ForeignConnector "Fax*" -Enabled $false');
    assert.equal(result.output.split('\n')[0], "The operation couldn't be performed because 'Fax*' matches multiple entries.");
    assert.ok((await workspace.state()).connectors.every((connector) => connector.enabled));
  });

  it('Set-ForeignConnector changes the settings it is given', async () => {
    await workspace.run(CREATE);
    const result = await workspace.run('Set-ForeignConnector "Contoso Foreign Connector" -DropDirectory "C:\\Drop Directory" -MaxMessageSize 10MB -DropDirectoryQuota 1GB -Comment "Gateway" -RelayDsnRequired $true');
    assert.equal(result.success, true, result.output);
    assert.equal(result.output, '');
    const [connector] = (await workspace.state()).connectors;
    assert.equal(connector.dropDirectory, 'C:\\Drop Directory');
    assert.equal(connector.maxMessageSize, 10 * 1024 * 1024);
    assert.equal(connector.dropDirectoryQuota, 1024 ** 3);
    assert.equal(connector.comment, 'Gateway');
    assert.equal(connector.relayDsnRequired, true);
    assert.ok(workspace.exists('Drop Directory'), 'the Drop directory folder is created');
    const shown = await workspace.run('Get-ForeignConnector | Format-List MaxMessageSize,DropDirectoryQuota');
    assert.equal(shown.output, '\nMaxMessageSize     : 10 MB (10,485,760 bytes)\nDropDirectoryQuota : 1 GB (1,073,741,824 bytes)\n\n\n');
  });

  it('adds and removes address spaces and servers with @{Add=...; Remove=...}', async () => {
    await workspace.run(CREATE);
    const result = await workspace.run([
      'Set-ForeignConnector "Contoso Foreign Connector" -AddressSpaces @{Add="SMTP:fabrikam.com;10"; Remove="X400:c=US;a=Fabrikam;p=Contoso;5"}',
      'Set-ForeignConnector "Contoso Foreign Connector" -SourceTransportServers @{Remove="hub02"}',
    ].join('\n'));
    assert.equal(result.success, true, result.output);
    const [connector] = (await workspace.state()).connectors;
    assert.deepEqual(connector.addressSpaces, ['SMTP:fabrikam.com;10']);
    assert.deepEqual(connector.sourceTransportServers, ['Hub01']);
  });

  it('binds the piped connector to -Identity', async () => {
    await workspace.run(`${CREATE}\nNew-ForeignConnector "Fax" -AddressSpaces "FAX:*;1"`);
    const result = await workspace.run('Get-ForeignConnector | Set-ForeignConnector -Enabled $false');
    assert.equal(result.success, true, result.output);
    assert.deepEqual((await workspace.state()).connectors.map((connector) => connector.enabled), [false, false]);
    const filtered = await workspace.run('Get-ForeignConnector | Where-Object { $_.Name -like "Fax*" } | Set-ForeignConnector -Enabled $true');
    assert.equal(filtered.success, true, filtered.output);
    assert.deepEqual((await workspace.state()).connectors.map((connector) => connector.enabled), [false, true]);
  });

  it('binds piped names to -Identity too', async () => {
    await workspace.run(CREATE);
    const result = await workspace.run('"Contoso Foreign Connector" | Get-ForeignConnector | Format-List Name');
    assert.equal(result.output, '\nName : Contoso Foreign Connector\n\n\n');
  });

  it('Get-ForeignConnector with a wildcard that matches nothing returns nothing, without an error', async () => {
    const result = await workspace.run('Get-ForeignConnector "Zz*"');
    assert.equal(result.success, true);
    assert.equal(result.output, '');
  });

  it('Remove-ForeignConnector deletes the connector and keeps its Drop directory', async () => {
    await workspace.run(`${CREATE}\nSet-ForeignConnector "Contoso Foreign Connector" -DropDirectory "C:\\Drop"`);
    const result = await workspace.run('Remove-ForeignConnector "Contoso Foreign Connector" -Confirm:$false');
    assert.equal(result.success, true, result.output);
    assert.equal((await workspace.state()).connectors.length, 0);
    assert.ok(workspace.exists('Drop'));
  });

  it('-WhatIf prints what would change and changes nothing', async () => {
    await workspace.run(CREATE);
    const before = workspace.listing();
    const state = await workspace.state();
    const result = await workspace.run([
      'New-ForeignConnector "Fax" -AddressSpaces "FAX:*;1" -WhatIf',
      'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectory "C:\\Elsewhere" -WhatIf',
      'Remove-ForeignConnector "Contoso Foreign Connector" -WhatIf',
    ].join('\n'));
    assert.equal(result.success, true, result.output);
    assert.equal(result.output, [
      'What if: Creating Foreign connector "Fax".',
      'What if: Configuring Foreign connector "Contoso Foreign Connector".',
      'What if: Removing Foreign connector "Contoso Foreign Connector".',
      '',
    ].join('\n'));
    assert.deepEqual(await workspace.state(), state);
    assert.deepEqual(workspace.listing(), before);
  });

  it('a what-if run (--whatif) changes nothing even without -WhatIf in the script', async () => {
    const before = workspace.listing();
    const result = await workspace.run(CREATE, { whatIf: true });
    assert.equal(result.output, 'What if: Creating Foreign connector "Contoso Foreign Connector".\n');
    assert.equal((await workspace.state()).connectors.length, 0);
    assert.deepEqual(workspace.listing(), before);
  });
});
