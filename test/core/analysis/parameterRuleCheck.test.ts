import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/analysis';
import { checkWorkspace } from '../../../server/src/core/analysis/workspaceChecks';

const CODE = 'conflicting-parameters';

function conflicts(text: string): { line: string; parameter: string; message: string }[] {
  const document = analyzeDocument('file:///ws/test.ps1', text);
  const findings = [...document.findings, ...(checkWorkspace([document]).get(document.uri) ?? [])];
  return findings.filter((finding) => finding.code === CODE).map((finding) => ({
    line: text.slice(0, finding.range.start).split('\n').length.toString(),
    parameter: text.slice(finding.range.start, finding.range.end).split(/\s/)[0],
    message: finding.message,
  }));
}

describe('the checker reports cross-parameter rules as conflicting-parameters', () => {
  it('Pickup and Replay in one folder, on the second parameter', () => {
    const [found, ...rest] = conflicts('Set-TransportService Hub01 -PickupDirectoryPath "C:\\Mail\\Pickup" -ReplayDirectoryPath "c:\\mail\\pickup\\"');
    assert.equal(rest.length, 0);
    assert.equal(found.parameter, '-ReplayDirectoryPath');
    assert.match(found.message, /-PickupDirectoryPath \("C:\\Mail\\Pickup"\) and -ReplayDirectoryPath \("c:\\mail\\pickup\\"\)/);
    assert.deepEqual(conflicts('Set-TransportServer Hub01 -PickupDirectoryPath "C:\\Pickup" -ReplayDirectoryPath "C:\\Pickup"').map((c) => c.parameter), ['-ReplayDirectoryPath']);
    assert.deepEqual(conflicts('Set-TransportService Hub01 -PickupDirectoryPath "C:\\Pickup" -ReplayDirectoryPath "C:\\Replay"'), []);
  });

  it('a per-domain connection limit above the total', () => {
    assert.deepEqual(conflicts('Set-TransportService Hub01 -MaxPerDomainOutboundConnections 200 -MaxOutboundConnections 100').map((c) => c.parameter), ['-MaxOutboundConnections']);
    assert.deepEqual(conflicts('Set-TransportService Hub01 -MaxOutboundConnections unlimited -MaxPerDomainOutboundConnections 200'), []);
    assert.deepEqual(conflicts('Set-TransportService Hub01 -MaxOutboundConnections 100 -MaxPerDomainOutboundConnections 20'), []);
  });

  it('a log file size above its directory size', () => {
    assert.deepEqual(conflicts('Set-TransportService Hub01 -AgentLogMaxDirectorySize 100MB -AgentLogMaxFileSize unlimited').map((c) => c.parameter), ['-AgentLogMaxFileSize']);
    assert.deepEqual(conflicts('Set-TransportService Hub01 -ConnectivityLogMaxFileSize 2GB -ConnectivityLogMaxDirectorySize 1GB').map((c) => c.parameter), ['-ConnectivityLogMaxDirectorySize']);
    assert.deepEqual(conflicts('Set-TransportService Hub01 -AgentLogMaxFileSize 10MB -AgentLogMaxDirectorySize unlimited'), []);
  });

  it('an absolute DropDirectory after the script set RootDropDirectoryPath', () => {
    const root = 'Set-TransportService Hub01 -RootDropDirectoryPath "C:\\Drops"\n';
    assert.deepEqual(conflicts(`${root}Set-ForeignConnector Fax -DropDirectory "C:\\FaxDrop"`).map((c) => [c.line, c.parameter]), [['2', '-DropDirectory']]);
    assert.deepEqual(conflicts(`${root}Set-ForeignConnector Fax -DropDirectory "FaxDrop"`), []);
    assert.deepEqual(conflicts('Set-ForeignConnector Fax -DropDirectory "C:\\FaxDrop"'), [], 'no root set');
    assert.deepEqual(conflicts(`Set-ForeignConnector Fax -DropDirectory "C:\\FaxDrop"\n${root}`), [], 'root set later');
  });

  it('two usage choices of a Send connector, on the second', () => {
    assert.deepEqual(conflicts('New-SendConnector -Name Web -AddressSpaces * -Internet -Partner').map((c) => c.parameter), ['-Partner']);
    const [usage] = conflicts('New-SendConnector -Name Web -AddressSpaces * -Usage Internal -Internet');
    assert.equal(usage.parameter, '-Internet');
    assert.match(usage.message, /-Usage and -Internet each set the connector's usage type; give only one of -Custom, -Internal, -Internet, -Partner, -Usage\./);
    assert.deepEqual(conflicts('New-SendConnector -Name Web -AddressSpaces * -Internet -Partner:$false'), [], 'a switch turned off chooses nothing');
    assert.deepEqual(conflicts('New-SendConnector -Name Web -AddressSpaces * -Usage Partner'), []);
    assert.deepEqual(conflicts('New-ReceiveConnector -Name Web -Server Hub01 -Internet -Bindings 0.0.0.0:25'), [], 'Receive connector usage switches are told apart by their sets');
  });

  it('judges nothing it cannot know before the run', () => {
    assert.deepEqual(conflicts('Set-TransportService Hub01 -PickupDirectoryPath $p -ReplayDirectoryPath "C:\\Pickup"'), []);
  });
});
