import * as assert from 'node:assert/strict';
import { findCmdlet } from '../../../server/src/core/catalog/catalog';
import { parameterRulesOf } from '../../../server/src/core/catalog/parameterRules';
import type { CmdletSpec } from '../../../server/src/core/catalog/types';
import { parameterRuleFindings, type RuleInput } from '../../../server/src/core/model/parameterRules';
import type { SettingValue } from '../../../server/src/core/values/settingValue';

function cmdlet(name: string): CmdletSpec {
  const spec = findCmdlet(name);
  assert.ok(spec, name);
  return spec;
}

function broken(name: string, given: Record<string, SettingValue>, extra: Omit<RuleInput, 'given'> = {}): string[] {
  return parameterRuleFindings(cmdlet(name), { given: new Map(Object.entries(given)), ...extra }).map((finding) => `${finding.parameter}/${finding.other}`);
}

describe('cross-parameter rules (catalog data, one evaluator)', () => {
  it('derives the rules from the parameter names', () => {
    const rules = parameterRulesOf(cmdlet('Set-TransportService'));
    assert.ok(rules.some((rule) => rule.kind === 'distinct-paths' && rule.first === 'PickupDirectoryPath' && rule.second === 'ReplayDirectoryPath'));
    assert.ok(rules.some((rule) => rule.kind === 'not-above' && rule.smaller === 'MaxPerDomainOutboundConnections' && rule.larger === 'MaxOutboundConnections'));
    assert.ok(rules.some((rule) => rule.kind === 'not-above' && rule.smaller === 'AgentLogMaxFileSize' && rule.larger === 'AgentLogMaxDirectorySize'));
    assert.ok(rules.some((rule) => rule.kind === 'not-above' && rule.smaller === 'MessageTrackingLogMaxFileSize'));
    assert.ok(parameterRulesOf(cmdlet('Set-TransportServer')).some((rule) => rule.kind === 'distinct-paths'));
    assert.deepEqual(parameterRulesOf(cmdlet('Set-ForeignConnector')).map((rule) => rule.kind), ['relative-under-root']);
    assert.deepEqual(parameterRulesOf(cmdlet('Get-TransportService')), []);
    // Every size pair it names exists on the cmdlet.
    for (const spec of [cmdlet('Set-TransportService'), cmdlet('Set-FrontendTransportService'), cmdlet('Set-MailboxTransportService')]) {
      for (const rule of parameterRulesOf(spec)) {
        if (rule.kind !== 'not-above') continue;
        assert.ok(spec.parameters.some((parameter) => parameter.name === rule.larger), `${spec.name} ${rule.larger}`);
      }
    }
  });

  it('refuses the same Pickup and Replay folder, ignoring case and a trailing backslash', () => {
    assert.deepEqual(broken('Set-TransportService', { PickupDirectoryPath: 'C:\\Mail\\Pickup', ReplayDirectoryPath: 'c:\\mail\\pickup\\' }), ['ReplayDirectoryPath/PickupDirectoryPath']);
    assert.deepEqual(broken('Set-TransportService', { PickupDirectoryPath: 'C:\\Mail\\Pickup', ReplayDirectoryPath: 'C:\\Mail\\Replay' }), []);
    assert.deepEqual(broken('Set-TransportService', { ReplayDirectoryPath: 'C:\\Pickup' }, { stored: { PickupDirectoryPath: 'C:\\Pickup\\' } }), ['ReplayDirectoryPath/PickupDirectoryPath']);
    assert.deepEqual(broken('Set-TransportService', { ReplayDirectoryPath: null }, { stored: { PickupDirectoryPath: 'C:\\Pickup' } }), []);
  });

  it('keeps the per-domain connection limit at or below the total, Unlimited counting as infinite', () => {
    assert.deepEqual(broken('Set-TransportService', { MaxOutboundConnections: 100, MaxPerDomainOutboundConnections: 200 }), ['MaxPerDomainOutboundConnections/MaxOutboundConnections']);
    assert.deepEqual(broken('Set-TransportService', { MaxOutboundConnections: 200, MaxPerDomainOutboundConnections: 200 }), []);
    assert.deepEqual(broken('Set-TransportService', { MaxOutboundConnections: 'Unlimited', MaxPerDomainOutboundConnections: 200 }), []);
    assert.deepEqual(broken('Set-TransportService', { MaxOutboundConnections: 100, MaxPerDomainOutboundConnections: 'Unlimited' }), ['MaxPerDomainOutboundConnections/MaxOutboundConnections']);
    assert.deepEqual(broken('Set-TransportService', { MaxOutboundConnections: 100 }, { stored: { MaxPerDomainOutboundConnections: 150 } }), ['MaxOutboundConnections/MaxPerDomainOutboundConnections']);
    assert.deepEqual(broken('Set-TransportService', { MaxOutboundConnections: 100 }), [], 'one value known: not judged');
  });

  it('keeps a log file size at or below its directory size', () => {
    assert.deepEqual(broken('Set-TransportService', { AgentLogMaxFileSize: 200 * 1024 * 1024, AgentLogMaxDirectorySize: 100 * 1024 * 1024 }), ['AgentLogMaxDirectorySize/AgentLogMaxFileSize']);
    assert.deepEqual(broken('Set-TransportService', { AgentLogMaxFileSize: 'Unlimited', AgentLogMaxDirectorySize: 100 * 1024 * 1024 }), ['AgentLogMaxDirectorySize/AgentLogMaxFileSize']);
    assert.deepEqual(broken('Set-TransportService', { AgentLogMaxFileSize: 'Unlimited', AgentLogMaxDirectorySize: 'Unlimited' }), []);
    assert.deepEqual(broken('Set-TransportService', { AgentLogMaxFileSize: 10 * 1024 * 1024, AgentLogMaxDirectorySize: 'Unlimited' }), []);
  });

  it('wants a relative DropDirectory while RootDropDirectoryPath is set', () => {
    assert.deepEqual(broken('Set-ForeignConnector', { DropDirectory: 'C:\\FaxDrop' }, { rootDropDirectoryPath: 'C:\\Drops' }), ['DropDirectory/RootDropDirectoryPath']);
    assert.deepEqual(broken('Set-ForeignConnector', { DropDirectory: '\\\\server\\share\\Fax' }, { rootDropDirectoryPath: 'C:\\Drops' }), ['DropDirectory/RootDropDirectoryPath']);
    assert.deepEqual(broken('Set-ForeignConnector', { DropDirectory: 'FaxDrop' }, { rootDropDirectoryPath: 'C:\\Drops' }), []);
    assert.deepEqual(broken('Set-ForeignConnector', { DropDirectory: 'C:\\FaxDrop' }, { rootDropDirectoryPath: '' }), []);
    assert.deepEqual(broken('Set-ForeignConnector', { DropDirectory: 'C:\\FaxDrop' }), []);
  });

  it('names both parameters, both values and the fix', () => {
    const [finding] = parameterRuleFindings(cmdlet('Set-TransportService'), { given: new Map<string, SettingValue>([['MaxOutboundConnections', 100], ['MaxPerDomainOutboundConnections', 200]]) });
    assert.match(finding.message, /-MaxPerDomainOutboundConnections \(200\) is above -MaxOutboundConnections \(100\).*Lower -MaxPerDomainOutboundConnections or raise -MaxOutboundConnections/);
  });
});
