import * as assert from 'node:assert/strict';
import { findCmdlet, findParameter, resolveParameter, suggestParameters } from '../../../server/src/core/catalog/catalog';
import type { CmdletSpec } from '../../../server/src/core/catalog/types';

function cmdlet(name: string): CmdletSpec {
  const spec = findCmdlet(name);
  assert.ok(spec, `${name} is in the catalog`);
  return spec;
}

/** The bound parameter's name, or the kind of failure with the names involved. */
function resolve(cmdletName: string, written: string): string {
  const result = resolveParameter(cmdlet(cmdletName), written);
  switch (result.kind) {
    case 'exact':
    case 'alias':
    case 'prefix':
      return `${result.kind}:${result.parameter.name}`;
    case 'ambiguous':
      return `ambiguous:${result.candidates.map((candidate) => candidate.name).join(',')}`;
    case 'unknown':
      return `unknown:${result.suggestions.map((suggestion) => suggestion.name).join(',')}`;
  }
}

describe('resolveParameter', () => {
  it('binds an exact name even when it is also the prefix of another parameter', () => {
    assert.equal(resolve('Set-ForeignConnector', 'DropDirectory'), 'exact:DropDirectory');
    assert.equal(resolve('Where-Object', 'In'), 'exact:In');
    assert.equal(resolve('Where-Object', 'Is'), 'exact:Is');
    assert.equal(resolve('Set-TransportService', 'AgentLogEnabled'), 'exact:AgentLogEnabled');
  });

  it('binds a prefix that only one parameter has', () => {
    assert.equal(resolve('Set-ForeignConnector', 'DropDirectoryQ'), 'prefix:DropDirectoryQuota');
    assert.equal(resolve('Set-ForeignConnector', 'Sou'), 'prefix:SourceTransportServers');
    assert.equal(resolve('New-ForeignConnector', 'Add'), 'prefix:AddressSpaces');
    assert.equal(resolve('Set-TransportService', 'PickupDirectoryP'), 'prefix:PickupDirectoryPath');
    assert.equal(resolve('Get-MessageTrackingLog', 'Res'), 'prefix:ResultSize');
  });

  it('reports an ambiguous prefix with every candidate', () => {
    assert.equal(resolve('Set-ForeignConnector', 'Dr'), 'ambiguous:DropDirectory,DropDirectoryQuota');
    assert.equal(resolve('Get-MessageTrackingLog', 'S'), 'ambiguous:Sender,Server,Start,Source');
    assert.equal(
      resolve('Set-TransportService', 'PickupDirectoryMax'),
      'ambiguous:PickupDirectoryMaxHeaderSize,PickupDirectoryMaxMessagesPerMinute,PickupDirectoryMaxRecipientsPerMessage',
    );
  });

  it('binds aliases, of the cmdlet and of the common parameters', () => {
    assert.equal(resolve('Set-ForeignConnector', 'ea'), 'alias:ErrorAction');
    assert.equal(resolve('Set-ForeignConnector', 'ev'), 'alias:ErrorVariable');
    assert.equal(resolve('Set-ForeignConnector', 'wa'), 'alias:WarningAction');
    assert.equal(resolve('Set-ForeignConnector', 'vb'), 'alias:Verbose');
    assert.equal(resolve('Set-ForeignConnector', 'ov'), 'alias:OutVariable');
    assert.equal(resolve('Remove-ForeignConnector', 'cf'), 'alias:Confirm');
    assert.equal(resolve('New-ForeignConnector', 'wi'), 'alias:WhatIf');
    assert.equal(resolve('Write-Host', 'Msg'), 'alias:Object');
    assert.equal(resolve('Where-Object', 'IEQ'), 'alias:EQ');
    assert.equal(resolve('ForEach-Object', 'Args'), 'alias:ArgumentList');
  });

  it('knows no -ProgressAction: the Exchange Management Shell runs on Windows PowerShell 5.1, which lacks it', () => {
    assert.match(resolve('Set-ForeignConnector', 'ProgressAction'), /^unknown/);
    assert.match(resolve('Set-ForeignConnector', 'proga'), /^unknown/);
  });

  it('counts a parameter once when its name and alias share the prefix', () => {
    assert.equal(resolve('Set-ForeignConnector', 'V'), 'prefix:Verbose');
    assert.equal(resolve('Set-ForeignConnector', 'inf'), 'ambiguous:InformationAction,InformationVariable');
  });

  it('counts alias prefixes as candidates too', () => {
    assert.equal(resolve('Set-ForeignConnector', 'W'), 'ambiguous:WhatIf,WarningAction,WarningVariable');
    assert.equal(resolve('Write-Host', 'Ms'), 'prefix:Object');
  });

  it('ignores case, and a leading dash', () => {
    assert.equal(resolve('Set-ForeignConnector', 'dropdirectory'), 'exact:DropDirectory');
    assert.equal(resolve('Set-ForeignConnector', 'DROPDIRECTORYQ'), 'prefix:DropDirectoryQuota');
    assert.equal(resolve('set-foreignconnector', 'EA'), 'alias:ErrorAction');
    assert.equal(resolve('Set-ForeignConnector', '-Name'), 'exact:Name');
    assert.equal(resolve('Where-Object', 'ieq'), 'alias:EQ');
  });

  it('suggests the closest parameters for an unknown name, best first', () => {
    const best = (cmdletName: string, written: string): string => resolve(cmdletName, written).split(',')[0];
    assert.equal(best('Set-ForeignConnector', 'DropDirectry'), 'unknown:DropDirectory');
    assert.equal(best('Set-ForeignConnector', 'Enalbed'), 'unknown:Enabled');
    assert.equal(best('Set-ForeignConnector', 'Idenity'), 'unknown:Identity');
    assert.equal(best('New-ForeignConnector', 'AdressSpaces'), 'unknown:AddressSpaces');
    assert.equal(best('Set-TransportService', 'PickupDirectryPath'), 'unknown:PickupDirectoryPath');
    assert.equal(best('Set-TransportService', 'ReplayDirectoryPth'), 'unknown:ReplayDirectoryPath');
    assert.equal(best('Set-ForeignConnector', 'DorpDirectory'), 'unknown:DropDirectory');
    assert.equal(resolve('Set-ForeignConnector', 'DropDirectry'), 'unknown:DropDirectory,DropDirectoryQuota');
  });

  it('suggests nothing when no parameter is close', () => {
    assert.equal(resolve('Set-ForeignConnector', 'Xyzzy'), 'unknown:');
    assert.equal(resolve('Get-ForeignConnector', 'Q'), 'unknown:');
  });

  it('limits suggestions and puts the nearest first', () => {
    const suggestions = suggestParameters(cmdlet('Set-TransportService'), 'AgentLogMaxAg', 2);
    assert.equal(suggestions[0].name, 'AgentLogMaxAge');
    assert.ok(suggestions.length <= 2);
  });

  it('treats an empty name as ambiguous among all parameters', () => {
    const result = resolveParameter(cmdlet('Get-ForeignConnector'), '');
    assert.equal(result.kind, 'ambiguous');
  });

  it('does not offer common parameters to a cmdlet that lacks them', () => {
    const bare: CmdletSpec = {
      name: 'Test-Bare', synopsis: 'test', module: 'PowerShell', parameterSets: ['Default'], commonParameters: false,
      parameters: [{ name: 'Value', type: { kind: 'string' }, description: 'A value for the test.' }],
    };
    assert.equal(resolveParameter(bare, 'Verbose').kind, 'unknown');
    assert.equal(resolveParameter(bare, 'V').kind, 'prefix');
  });

  it('finds a parameter by exact name or alias only', () => {
    assert.equal(findParameter(cmdlet('Set-ForeignConnector'), 'ea')?.name, 'ErrorAction');
    assert.equal(findParameter(cmdlet('Set-ForeignConnector'), '-dropdirectory')?.name, 'DropDirectory');
    assert.equal(findParameter(cmdlet('Set-ForeignConnector'), 'Dr'), undefined);
  });
});
