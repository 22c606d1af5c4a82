import * as assert from 'node:assert/strict';
import { CONTOSO, Workspace } from './workspaceFixture';

describe('Transport service cmdlets', () => {
  let workspace: Workspace;
  beforeEach(() => {
    workspace = Workspace.create(CONTOSO);
  });
  afterEach(() => workspace.remove());

  it('Get-TransportService shows Exchange\'s defaults before anything is set', async () => {
    const result = await workspace.run('Get-TransportService Hub01 | Format-List Name,PickupDirectoryPath,ReplayDirectoryPath,PickupDirectoryMaxHeaderSize,PickupDirectoryMaxMessagesPerMinute');
    assert.equal(result.output, [
      '',
      'Name                                : Hub01',
      'PickupDirectoryPath                 : C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\Pickup',
      'ReplayDirectoryPath                 : C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\Replay',
      'PickupDirectoryMaxHeaderSize        : 64 KB (65,536 bytes)',
      'PickupDirectoryMaxMessagesPerMinute : 100',
      '',
      '',
      '',
    ].join('\n'));
  });

  it('Set-TransportService stores the setting, creates the folder, and Get- shows it', async () => {
    const result = await workspace.run([
      'Set-TransportService Hub01 -PickupDirectoryPath "C:\\Pickup Directory" -PickupDirectoryMaxMessagesPerMinute 200 -PickupDirectoryMaxHeaderSize 128KB',
      'Get-TransportService Hub01 | Format-List PickupDirectoryPath,PickupDirectoryMaxMessagesPerMinute,PickupDirectoryMaxHeaderSize',
    ].join('\n'));
    assert.equal(result.success, true, result.output);
    assert.equal(result.output, [
      '',
      'PickupDirectoryPath                 : C:\\Pickup Directory',
      'PickupDirectoryMaxMessagesPerMinute : 200',
      'PickupDirectoryMaxHeaderSize        : 128 KB (131,072 bytes)',
      '',
      '',
      '',
    ].join('\n'));
    assert.ok(workspace.exists('Pickup Directory'));
    const state = await workspace.state();
    assert.deepEqual(state.transportServices.Hub01, {
      PickupDirectoryPath: 'C:\\Pickup Directory',
      PickupDirectoryMaxMessagesPerMinute: 200,
      PickupDirectoryMaxHeaderSize: 131072,
    });
  });

  it('lists every server without -Identity, as a table of names', async () => {
    const result = await workspace.run('Get-TransportService');
    assert.equal(result.output, '\nName\n----\nHub01\nHub02\n\n\n');
  });

  it('reports an unknown server and a value out of range', async () => {
    const result = await workspace.run([
      'Set-TransportService Hub09 -PickupDirectoryPath "C:\\Pickup"',
      'Set-TransportService Hub01 -PickupDirectoryMaxHeaderSize 1KB',
    ].join('\n'));
    assert.equal(result.failures.length, 2);
    assert.equal(result.failures[0].line, 0);
    assert.equal(result.failures[0].message, "The operation couldn't be performed because object 'Hub09' couldn't be found on 'DC01.contoso.com'.");
    assert.equal(result.failures[1].line, 1);
    assert.match(result.failures[1].message, /^Cannot validate argument on parameter 'PickupDirectoryMaxHeaderSize'\. The 1,024 bytes argument is less than the minimum allowed range of 32,768 bytes\./);
    assert.deepEqual((await workspace.state()).transportServices, {});
  });

  it('requires a full local path for LocalLongFullPath settings', async () => {
    const result = await workspace.run('Set-TransportService Hub01 -ReplayDirectoryPath "Replay"');
    assert.equal(result.success, false);
    assert.match(result.output, /Cannot convert value "Replay" to type "Microsoft\.Exchange\.Data\.LocalLongFullPath"/);
  });

  it('$null turns the Pickup directory off', async () => {
    const result = await workspace.run('Set-TransportService Hub01 -PickupDirectoryPath $null\nGet-TransportService Hub01 | Format-List PickupDirectoryPath');
    assert.equal(result.success, true, result.output);
    assert.equal(result.output, '\nPickupDirectoryPath :\n\n\n');
    assert.deepEqual((await workspace.state()).transportServices.Hub01, { PickupDirectoryPath: null });
  });

  it('Get-ExchangeServer lists the declared servers', async () => {
    const result = await workspace.run('Get-ExchangeServer | Format-Table Name,ServerRole\n(Get-ExchangeServer hub02.contoso.com).Fqdn');
    assert.equal(result.output, '\nName  ServerRole\n----  ----------\nHub01 Mailbox\nHub02 Mailbox\n\n\nHub02.contoso.com\n');
  });

  it('-WhatIf changes nothing', async () => {
    const before = workspace.listing();
    const result = await workspace.run('Set-TransportService Hub01 -PickupDirectoryPath "C:\\Pickup" -WhatIf');
    assert.equal(result.output, 'What if: Configuring Transport service "Hub01".\n');
    assert.deepEqual(workspace.listing(), before);
  });
});
