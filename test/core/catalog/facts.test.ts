// Spot checks of documented Exchange and PowerShell facts in the catalog, and of the parameter-set
// helpers over them. Sources are named in the catalog files.

import * as assert from 'node:assert/strict';
import {
  allCmdlets, allObjectTypes, commonParameters, defaultSetOf, findCmdlet, findObjectType, findParameter, mandatoryParametersIn,
  membershipIn, membershipInSet, parametersInSet, parametersOf, pipelineParameterIn, positionalParametersIn,
  remainingArgumentsParameterIn, setsOf, setsOfParameter,
} from '../../../server/src/core/catalog/catalog';
import type { CmdletSpec, ParameterSpec } from '../../../server/src/core/catalog/types';

function cmdlet(name: string): CmdletSpec {
  const spec = findCmdlet(name);
  assert.ok(spec, `${name} is in the catalog`);
  return spec;
}

function parameter(cmdletName: string, name: string): ParameterSpec {
  const spec = findParameter(cmdlet(cmdletName), name);
  assert.ok(spec, `${cmdletName} -${name}`);
  return spec;
}

const names = (parameters: readonly ParameterSpec[]): string[] => parameters.map((spec) => spec.name);

/** Set-TransportService's parameters as the Exchange 2013–2019 reference lists them. */
const DOCUMENTED_SET_TRANSPORT_SERVICE = [
  'Identity', 'ActiveUserStatisticsLogMaxAge', 'ActiveUserStatisticsLogMaxDirectorySize', 'ActiveUserStatisticsLogMaxFileSize',
  'ActiveUserStatisticsLogPath', 'AgentLogEnabled', 'AgentLogMaxAge', 'AgentLogMaxDirectorySize', 'AgentLogMaxFileSize',
  'AgentLogPath', 'AntispamAgentsEnabled', 'Confirm', 'ConnectivityLogEnabled', 'ConnectivityLogMaxAge',
  'ConnectivityLogMaxDirectorySize', 'ConnectivityLogMaxFileSize', 'ConnectivityLogPath', 'ContentConversionTracingEnabled',
  'DelayNotificationTimeout', 'DnsLogEnabled', 'DnsLogMaxAge', 'DnsLogMaxDirectorySize', 'DnsLogMaxFileSize', 'DnsLogPath',
  'DomainController', 'ExternalDNSAdapterEnabled', 'ExternalDNSAdapterGuid', 'ExternalDNSProtocolOption', 'ExternalDNSServers',
  'ExternalIPAddress', 'InternalDNSAdapterEnabled', 'InternalDNSAdapterGuid', 'InternalDNSProtocolOption', 'InternalDNSServers',
  'IntraOrgConnectorProtocolLoggingLevel', 'IntraOrgConnectorSmtpMaxMessagesPerConnection', 'IrmLogEnabled', 'IrmLogMaxAge',
  'IrmLogMaxDirectorySize', 'IrmLogMaxFileSize', 'IrmLogPath', 'MaxConcurrentMailboxDeliveries', 'MaxConcurrentMailboxSubmissions',
  'MaxConnectionRatePerMinute', 'MaxOutboundConnections', 'MaxPerDomainOutboundConnections', 'MessageExpirationTimeout',
  'MessageRetryInterval', 'MessageTrackingLogEnabled', 'MessageTrackingLogMaxAge', 'MessageTrackingLogMaxDirectorySize',
  'MessageTrackingLogMaxFileSize', 'MessageTrackingLogPath', 'MessageTrackingLogSubjectLoggingEnabled',
  'OutboundConnectionFailureRetryInterval', 'PickupDirectoryMaxHeaderSize', 'PickupDirectoryMaxMessagesPerMinute',
  'PickupDirectoryMaxRecipientsPerMessage', 'PickupDirectoryPath', 'PipelineTracingEnabled', 'PipelineTracingPath',
  'PipelineTracingSenderAddress', 'PoisonMessageDetectionEnabled', 'PoisonThreshold', 'QueueLogMaxAge', 'QueueLogMaxDirectorySize',
  'QueueLogMaxFileSize', 'QueueLogPath', 'QueueMaxIdleTime', 'ReceiveProtocolLogMaxAge', 'ReceiveProtocolLogMaxDirectorySize',
  'ReceiveProtocolLogMaxFileSize', 'ReceiveProtocolLogPath', 'RecipientValidationCacheEnabled', 'ReplayDirectoryPath',
  'RequestBrokerLogEnabled', 'RequestBrokerLogMaxAge', 'RequestBrokerLogMaxDirectorySize', 'RequestBrokerLogMaxFileSize',
  'RequestBrokerLogPath', 'ResourceLogEnabled', 'ResourceLogMaxAge', 'ResourceLogMaxDirectorySize', 'ResourceLogMaxFileSize',
  'ResourceLogPath', 'RootDropDirectoryPath', 'RoutingTableLogMaxAge', 'RoutingTableLogMaxDirectorySize', 'RoutingTableLogPath',
  'SendProtocolLogMaxAge', 'SendProtocolLogMaxDirectorySize', 'SendProtocolLogMaxFileSize', 'SendProtocolLogPath',
  'ServerStatisticsLogMaxAge', 'ServerStatisticsLogMaxDirectorySize', 'ServerStatisticsLogMaxFileSize', 'ServerStatisticsLogPath',
  'TransientFailureRetryCount', 'TransientFailureRetryInterval', 'TransportHttpLogEnabled', 'TransportHttpLogMaxAge',
  'TransportHttpLogMaxDirectorySize', 'TransportHttpLogMaxFileSize', 'TransportHttpLogPath', 'TransportMaintenanceLogEnabled',
  'TransportMaintenanceLogMaxAge', 'TransportMaintenanceLogMaxDirectorySize', 'TransportMaintenanceLogMaxFileSize',
  'TransportMaintenanceLogPath', 'TransportSyncAccountsPoisonAccountThreshold', 'TransportSyncAccountsPoisonDetectionEnabled',
  'TransportSyncAccountsPoisonItemThreshold', 'TransportSyncAccountsSuccessivePoisonItemThreshold', 'TransportSyncEnabled',
  'TransportSyncExchangeEnabled', 'TransportSyncHubHealthLogEnabled', 'TransportSyncHubHealthLogFilePath',
  'TransportSyncHubHealthLogMaxAge', 'TransportSyncHubHealthLogMaxDirectorySize', 'TransportSyncHubHealthLogMaxFileSize',
  'TransportSyncImapEnabled', 'TransportSyncLogEnabled', 'TransportSyncLogFilePath', 'TransportSyncLogLoggingLevel',
  'TransportSyncLogMaxAge', 'TransportSyncLogMaxDirectorySize', 'TransportSyncLogMaxFileSize',
  'TransportSyncMaxDownloadItemsPerConnection', 'TransportSyncMaxDownloadSizePerConnection', 'TransportSyncMaxDownloadSizePerItem',
  'TransportSyncPopEnabled', 'TransportSyncRemoteConnectionTimeout', 'UseDowngradedExchangeServerAuth', 'WhatIf',
  'WindowsLiveHotmailTransportSyncEnabled', 'WlmLogMaxAge', 'WlmLogMaxDirectorySize', 'WlmLogMaxFileSize', 'WlmLogPath',
];

describe('catalog facts', () => {
  describe('Foreign connector cmdlets', () => {
    it('New-ForeignConnector: Name mandatory at position 0, AddressSpaces mandatory and named', () => {
      const spec = cmdlet('New-ForeignConnector');
      assert.deepEqual(names(positionalParametersIn(spec, 'Default')), ['Name']);
      assert.deepEqual(names(mandatoryParametersIn(spec, 'Default')), ['Name', 'AddressSpaces']);
      assert.deepEqual(names(spec.parameters),
        ['Name', 'AddressSpaces', 'Confirm', 'DomainController', 'IsScopedConnector', 'SourceTransportServers', 'WhatIf']);
      assert.equal(parameter('New-ForeignConnector', 'AddressSpaces').type.kind, 'addressSpace');
    });

    it('Set-ForeignConnector: the documented parameters, Identity first and from the pipeline', () => {
      const spec = cmdlet('Set-ForeignConnector');
      assert.deepEqual(names(spec.parameters), [
        'Identity', 'AddressSpaces', 'Comment', 'Confirm', 'DomainController', 'DropDirectory', 'DropDirectoryQuota', 'Enabled',
        'Force', 'IsScopedConnector', 'MaxMessageSize', 'Name', 'RelayDsnRequired', 'SourceTransportServers', 'WhatIf',
      ]);
      const identity = parameter('Set-ForeignConnector', 'Identity');
      assert.deepEqual(identity.type, { kind: 'identity', of: 'ForeignConnector' });
      assert.deepEqual(membershipIn(identity, 'Default'), { mandatory: true, position: 0, valueFromPipeline: true });
      assert.equal(pipelineParameterIn(spec, 'Default'), identity);
    });

    it('Set-ForeignConnector: sizes accept unlimited and default to it', () => {
      for (const name of ['DropDirectoryQuota', 'MaxMessageSize']) {
        const spec = parameter('Set-ForeignConnector', name);
        assert.equal(spec.type.kind === 'size' && spec.type.unlimited, true, name);
        assert.equal(spec.default?.shown, 'Unlimited');
      }
      assert.equal(parameter('Set-ForeignConnector', 'Enabled').default?.shown, '$true');
      assert.equal(parameter('Set-ForeignConnector', 'AddressSpaces').multiValuedProperty, true);
    });

    it('Get- takes an optional Identity at position 0; Remove- a mandatory one', () => {
      assert.deepEqual(membershipIn(parameter('Get-ForeignConnector', 'Identity'), 'Default'), { mandatory: false, position: 0, valueFromPipeline: true });
      assert.deepEqual(names(mandatoryParametersIn(cmdlet('Remove-ForeignConnector'), 'Default')), ['Identity']);
      assert.equal(cmdlet('Remove-ForeignConnector').supportsShouldProcess, true);
    });
  });

  describe('Transport service cmdlets', () => {
    it('Set-TransportService has exactly the documented parameters, in the documented order', () => {
      assert.deepEqual(names(cmdlet('Set-TransportService').parameters), DOCUMENTED_SET_TRANSPORT_SERVICE);
    });

    it('keeps the Pickup directory facts', () => {
      const header = parameter('Set-TransportService', 'PickupDirectoryMaxHeaderSize');
      assert.deepEqual(header.type, { kind: 'size', unlimited: false, min: 32768, max: 2147483647 });
      assert.equal(header.default?.shown, '64 KB (65,536 bytes)');
      assert.equal(parameter('Set-TransportService', 'PickupDirectoryMaxMessagesPerMinute').default?.shown, '100');
      assert.equal(parameter('Set-TransportService', 'PickupDirectoryMaxRecipientsPerMessage').default?.shown, '100');
      assert.deepEqual(parameter('Set-TransportService', 'PickupDirectoryPath').type, { kind: 'path', local: true });
      assert.deepEqual(parameter('Set-TransportService', 'ReplayDirectoryPath').type, { kind: 'path', local: true });
    });

    it('keeps the message tracking log facts', () => {
      assert.equal(parameter('Set-TransportService', 'MessageTrackingLogEnabled').default?.shown, '$true');
      assert.equal(parameter('Set-TransportService', 'MessageTrackingLogMaxAge').default?.shown, '30.00:00:00');
      assert.deepEqual(parameter('Set-TransportService', 'MessageTrackingLogMaxFileSize').type, { kind: 'size', unlimited: false, min: 1, max: 4294967296 });
      assert.equal(parameter('Set-TransportService', 'MessageTrackingLogMaxDirectorySize').default?.shown, '1000 MB (1,048,576,000 bytes)');
    });

    it('marks the internal-use parameters reserved', () => {
      assert.equal(parameter('Set-TransportService', 'WlmLogPath').reserved, true);
      assert.equal(parameter('Set-TransportService', 'TransportSyncEnabled').reserved, true);
      assert.equal(parameter('Set-TransportService', 'PickupDirectoryPath').reserved, undefined);
    });

    it('keeps the Exchange 2010 names, with the parameters their own reference pages list', () => {
      const server = names(cmdlet('Set-TransportServer').parameters);
      assert.deepEqual(server, DOCUMENTED_SET_TRANSPORT_SERVICE.filter((name) => !/^(RequestBrokerLog|ResourceLog|TransportHttpLog|TransportMaintenanceLog|TransportSync|WindowsLiveHotmailTransportSync)/.test(name)));
      assert.equal(server.length, DOCUMENTED_SET_TRANSPORT_SERVICE.length - 44);
      assert.deepEqual(parameter('Set-TransportServer', 'SendProtocolLogMaxFileSize').type, { kind: 'size', unlimited: true, min: 1, max: undefined });
      assert.deepEqual(parameter('Set-TransportService', 'SendProtocolLogMaxFileSize').type, { kind: 'size', unlimited: true, min: 1, max: 999999999999999 });
      assert.deepEqual(names(cmdlet('Get-TransportServer').parameters), ['Identity', 'DomainController']);
      assert.equal(cmdlet('Get-TransportServer').outputType, 'TransportService');
    });
  });

  describe('Get-MessageTrackingLog', () => {
    it('filters by EventId from the documented event types', () => {
      const eventId = parameter('Get-MessageTrackingLog', 'EventId');
      assert.equal(eventId.type.kind, 'enum');
      if (eventId.type.kind !== 'enum') return;
      for (const value of ['RECEIVE', 'DELIVER', 'DROP', 'FAIL', 'BADMAIL', 'SEND', 'SUBMIT', 'DSN', 'DEFER', 'TRANSFER']) {
        assert.ok(eventId.type.values.includes(value), value);
      }
    });

    it('types its filters', () => {
      assert.equal(parameter('Get-MessageTrackingLog', 'Start').type.kind, 'dateTime');
      assert.equal(parameter('Get-MessageTrackingLog', 'Recipients').multiValued, true);
      assert.equal(parameter('Get-MessageTrackingLog', 'ResultSize').default?.shown, '1000');
      assert.equal(setsOf(cmdlet('Get-MessageTrackingLog')).length, 1);
    });
  });

  describe('common parameters', () => {
    it('lists the eleven common parameters of Windows PowerShell 5.1 with their aliases', () => {
      const aliases = Object.fromEntries(commonParameters.map((spec) => [spec.name, spec.aliases?.[0]]));
      assert.deepEqual(aliases, {
        Verbose: 'vb', Debug: 'db', ErrorAction: 'ea', WarningAction: 'wa', InformationAction: 'infa',
        ErrorVariable: 'ev', WarningVariable: 'wv', InformationVariable: 'iv', OutVariable: 'ov', OutBuffer: 'ob', PipelineVariable: 'pv',
      });
    });

    it('offers the ActionPreference values for -ErrorAction', () => {
      const errorAction = parameter('Get-ForeignConnector', 'ErrorAction');
      assert.deepEqual(errorAction.type, {
        kind: 'enum', values: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'],
      });
    });

    it('appends them after the cmdlet\'s own parameters', () => {
      const all = parametersOf(cmdlet('Get-ForeignConnector'));
      assert.deepEqual(names(all.slice(0, 2)), ['Identity', 'DomainController']);
      assert.equal(all.length, 2 + commonParameters.length);
      all.pop();
      assert.equal(parametersOf(cmdlet('Get-ForeignConnector')).length, 2 + commonParameters.length, 'callers get a copy');
    });
  });

  describe('pipeline cmdlets', () => {
    it('finds cmdlets by built-in alias, ignoring case', () => {
      assert.equal(findCmdlet('fl')?.name, 'Format-List');
      assert.equal(findCmdlet('FT')?.name, 'Format-Table');
      assert.equal(findCmdlet('?')?.name, 'Where-Object');
      assert.equal(findCmdlet('%')?.name, 'ForEach-Object');
      assert.equal(findCmdlet('select')?.name, 'Select-Object');
      assert.equal(findCmdlet('get-foreignconnector')?.name, 'Get-ForeignConnector');
      assert.equal(findCmdlet('Get-ForeignConector'), undefined);
    });

    it('Format-List takes property names at position 0', () => {
      const property = parameter('Format-List', 'Property');
      assert.equal(property.type.kind, 'propertyName');
      assert.equal(property.multiValued, true);
      assert.deepEqual(names(positionalParametersIn(cmdlet('Format-List'), 'Default')), ['Property']);
      assert.equal(pipelineParameterIn(cmdlet('Format-List'), 'Default')?.name, 'InputObject');
    });

    it('Where-Object: script block set and the simplified comparison sets', () => {
      const spec = cmdlet('Where-Object');
      assert.equal(defaultSetOf(spec), 'EqualSet');
      assert.equal(setsOf(spec).length, 32, '30 comparison sets, the script block set and PowerShell 7\'s NotSet');
      assert.deepEqual(names(positionalParametersIn(spec, 'ScriptBlockSet')), ['FilterScript']);
      assert.deepEqual(names(positionalParametersIn(spec, 'LikeSet')), ['Property', 'Value']);
      assert.deepEqual(names(mandatoryParametersIn(spec, 'LikeSet')), ['Property', 'Like']);
      assert.deepEqual(names(mandatoryParametersIn(spec, 'EqualSet')), ['Property'], '-EQ may be left out');
      assert.deepEqual(setsOfParameter(spec, parameter('Where-Object', 'CLike')), ['CaseSensitiveLikeSet']);
      assert.equal(pipelineParameterIn(spec, 'MatchSet')?.name, 'InputObject');
    });

    it('ForEach-Object: Process at position 0, leftover script blocks to RemainingScripts', () => {
      const spec = cmdlet('ForEach-Object');
      assert.deepEqual(names(positionalParametersIn(spec, 'ScriptBlockSet')), ['Process']);
      assert.equal(remainingArgumentsParameterIn(spec, 'ScriptBlockSet')?.name, 'RemainingScripts');
      assert.deepEqual(names(positionalParametersIn(spec, 'PropertyAndMethodSet')), ['MemberName']);
      assert.equal(remainingArgumentsParameterIn(spec, 'PropertyAndMethodSet')?.name, 'ArgumentList');
      assert.equal(membershipInSet(spec, parameter('ForEach-Object', 'Begin'), 'PropertyAndMethodSet'), undefined);
    });

    it('marks the parameters PowerShell 7 added, each in a set of its own', () => {
      const cmdlets = ['ForEach-Object', 'Where-Object', 'Sort-Object', 'Select-Object', 'Format-List', 'Format-Table', 'Out-String'];
      const added = cmdlets.flatMap((name) => cmdlet(name).parameters.filter((spec) => spec.powerShell7Only).map((spec) => `${name} -${spec.name}`));
      assert.deepEqual(added, [
        'ForEach-Object -Parallel', 'ForEach-Object -ThrottleLimit', 'ForEach-Object -TimeoutSeconds', 'ForEach-Object -AsJob', 'ForEach-Object -UseNewRunspace',
        'Where-Object -Not', 'Sort-Object -Stable', 'Sort-Object -Top', 'Sort-Object -Bottom', 'Select-Object -SkipIndex', 'Select-Object -CaseInsensitive',
        'Format-List -ExcludeProperty', 'Format-Table -RepeatHeader', 'Format-Table -ExcludeProperty', 'Out-String -NoNewline',
      ]);
      assert.deepEqual(setsOfParameter(cmdlet('ForEach-Object'), parameter('ForEach-Object', 'Parallel')), ['ParallelParameterSet']);
      assert.deepEqual(names(mandatoryParametersIn(cmdlet('Where-Object'), 'NotSet')), ['Property', 'Not']);
      assert.deepEqual(setsOfParameter(cmdlet('Sort-Object'), parameter('Sort-Object', 'Top')), ['Top']);
      assert.equal(parameter('Sort-Object', 'Descending').powerShell7Only, undefined, 'Windows PowerShell 5.1 has -Descending');
    });

    it('Select-Object: First, Last and Skip only in the default set', () => {
      const spec = cmdlet('Select-Object');
      assert.deepEqual(setsOfParameter(spec, parameter('Select-Object', 'First')), ['DefaultParameter']);
      assert.deepEqual(setsOfParameter(spec, parameter('Select-Object', 'Unique')), ['DefaultParameter', 'SkipLastParameter', 'IndexParameter', 'SkipIndexParameter']);
      assert.ok(!names(parametersInSet(spec, 'IndexParameter')).includes('Property'));
    });

    it('Write-Host: Object takes the pipeline and leftover arguments; colours are ConsoleColor names', () => {
      const spec = cmdlet('Write-Host');
      assert.equal(remainingArgumentsParameterIn(spec, 'Default')?.name, 'Object');
      const color = parameter('Write-Host', 'ForegroundColor').type;
      assert.ok(color.kind === 'enum' && color.values.length === 16 && color.values.includes('DarkYellow'));
    });

    it('marks Exchange and PowerShell modules', () => {
      assert.equal(cmdlet('Format-List').module, 'PowerShell');
      assert.equal(cmdlet('Get-MessageTrackingLog').module, 'Exchange');
      assert.ok(allCmdlets().filter((spec) => spec.module === 'PowerShell').length >= 10);
    });
  });

  describe('object types', () => {
    it('orders the Foreign connector properties as Format-List shows them, the remote session\'s RunspaceId first', () => {
      const properties = findObjectType('ForeignConnector')?.properties.map((property) => property.name) ?? [];
      assert.deepEqual(properties.slice(0, 5), ['RunspaceId', 'AddressSpaces', 'Comment', 'ConnectedDomains', 'DropDirectory']);
      assert.deepEqual(properties.slice(-3), ['OriginatingServer', 'IsValid', 'ObjectState']);
      assert.ok(properties.indexOf('SourceTransportServers') < properties.indexOf('AdminDisplayName'));
    });

    it('starts every Exchange object type with RunspaceId, as objects from the remote shell do', () => {
      for (const type of allObjectTypes()) assert.equal(type.properties[0]?.name, 'RunspaceId', type.name);
    });

    it('gives the transport service every setting as a property', () => {
      const properties = new Set(findObjectType('transportservice')?.properties.map((property) => property.name));
      for (const name of ['Name', 'PickupDirectoryPath', 'ReplayDirectoryPath', 'PickupDirectoryMaxHeaderSize', 'RootDropDirectoryPath', 'Identity']) {
        assert.ok(properties.has(name), name);
      }
      assert.ok(!properties.has('WhatIf'));
    });

    it('orders the message tracking event fields as the log does', () => {
      const properties = findObjectType('MessageTrackingEvent')?.properties.map((property) => property.name) ?? [];
      assert.deepEqual(properties.slice(0, 11), [
        'RunspaceId', 'Timestamp', 'ClientIp', 'ClientHostname', 'ServerIp', 'ServerHostname', 'SourceContext', 'ConnectorId', 'Source', 'EventId', 'InternalMessageId',
      ]);
      assert.ok(properties.indexOf('Sender') < properties.indexOf('ReturnPath'));
      assert.ok(properties.indexOf('ReturnPath') < properties.indexOf('MessageInfo'));
    });
  });
});
