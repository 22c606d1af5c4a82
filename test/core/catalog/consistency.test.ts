// Whole-table checks: every cmdlet, parameter, set and object type in the catalog must be complete and
// self-consistent, because completion, validation, hover and the simulator all trust it blindly.

import * as assert from 'node:assert/strict';
import {
  allCmdlets, allObjectTypes, commonParameters, findCmdlet, findObjectType, parametersOf, setsOfParameter,
} from '../../../server/src/core/catalog/catalog';
import type { CmdletSpec, ParameterSpec, ValueType } from '../../../server/src/core/catalog/types';
import { acceptValue } from '../../../server/src/core/catalog/valueTypes';
import { fitsStoredForm, storedFormOf } from '../../../server/src/core/model/storedForm';

const VALUE_KINDS = new Set<ValueType['kind']>([
  'string', 'boolean', 'switch', 'int', 'size', 'timespan', 'enum', 'path', 'addressSpace', 'identity',
  'fqdn', 'smtpAddress', 'scriptBlock', 'propertyName', 'object', 'dateTime', 'variableName', 'filter',
]);

/** Each (cmdlet, parameter) pair, common parameters included. */
function everyParameter(): { cmdlet: CmdletSpec; parameter: ParameterSpec }[] {
  return allCmdlets().flatMap((cmdlet) => parametersOf(cmdlet).map((parameter) => ({ cmdlet, parameter })));
}

function where(cmdlet: CmdletSpec, parameter?: ParameterSpec): string {
  return parameter ? `${cmdlet.name} -${parameter.name}` : cmdlet.name;
}

// ---- default-value parsing, as Exchange prints values -------------------------------------------

function parseTimeSpanSeconds(text: string): number | undefined {
  const match = /^(?:(\d+)\.)?(\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [days, hours, minutes, seconds] = [match[1] ?? '0', match[2], match[3], match[4]].map(Number);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}

/** `64 KB (65,536 bytes)` → 65536; `Unlimited` → 'unlimited'. */
function parseShownSize(text: string): number | 'unlimited' | undefined {
  if (/^unlimited$/i.test(text)) return 'unlimited';
  const match = /^(\d+(?:\.\d+)?) (B|KB|MB|GB|TB) \(([\d,]+) bytes\)$/.exec(text);
  if (!match) return undefined;
  const factor = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 }[match[2] as 'B'];
  const bytes = Number(match[3].replace(/,/g, ''));
  return Number(match[1]) * factor === bytes ? bytes : undefined;
}

function inRange(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** Undefined when the default fits the type, else why not. Free-text defaults are not checked. */
function defaultProblem(type: ValueType, value: string): string | undefined {
  switch (type.kind) {
    case 'boolean':
      return /^\$(true|false)$/.test(value) ? undefined : 'is not $true or $false';
    case 'int': {
      if (/^unlimited$/i.test(value)) return type.unlimited ? undefined : 'is unlimited but the type is not';
      if (!/^-?\d+$/.test(value)) return 'is not a whole number';
      return inRange(Number(value), type.min, type.max) ? undefined : 'is out of range';
    }
    case 'size': {
      const bytes = parseShownSize(value);
      if (bytes === undefined) return 'is not written like "10 MB (10,485,760 bytes)" or Unlimited';
      if (bytes === 'unlimited') return type.unlimited ? undefined : 'is unlimited but the type is not';
      return inRange(bytes, type.min, type.max) ? undefined : 'is out of range';
    }
    case 'timespan': {
      const seconds = parseTimeSpanSeconds(value);
      if (seconds === undefined) return 'is not a dd.hh:mm:ss time span';
      return inRange(seconds, type.min, type.max) ? undefined : 'is out of range';
    }
    case 'enum':
      return type.values.some((allowed) => allowed.toLowerCase() === value.toLowerCase()) ? undefined : 'is not one of the values';
    default:
      return undefined;
  }
}

describe('catalog consistency', () => {
  it('has the cmdlets the product needs', () => {
    const expected = [
      'New-ForeignConnector', 'Set-ForeignConnector', 'Get-ForeignConnector', 'Remove-ForeignConnector',
      'New-ReceiveConnector', 'Set-ReceiveConnector', 'Get-ReceiveConnector', 'Remove-ReceiveConnector',
      'New-DeliveryAgentConnector', 'Set-DeliveryAgentConnector', 'Get-DeliveryAgentConnector', 'Remove-DeliveryAgentConnector',
      'New-SendConnector', 'Set-SendConnector', 'Get-SendConnector', 'Remove-SendConnector',
      'Get-TransportService', 'Set-TransportService', 'Get-TransportServer', 'Set-TransportServer',
      'Get-MessageTrackingLog', 'Get-ExchangeServer',
      'New-MailContact', 'Set-MailContact', 'Get-MailContact', 'Remove-MailContact',
      'Get-MailboxTransportService', 'Set-MailboxTransportService', 'Get-FrontendTransportService', 'Set-FrontendTransportService',
      'Get-TransportAgent', 'Enable-TransportAgent', 'Disable-TransportAgent', 'Set-TransportAgent', 'Test-Mailflow', 'Set-ExchangeServer',
      'New-TransportRule', 'Set-TransportRule', 'Get-TransportRule', 'Remove-TransportRule', 'Enable-TransportRule', 'Disable-TransportRule',
      'New-AcceptedDomain', 'Set-AcceptedDomain', 'Get-AcceptedDomain', 'Remove-AcceptedDomain',
      'New-RemoteDomain', 'Set-RemoteDomain', 'Get-RemoteDomain', 'Remove-RemoteDomain',
      'Get-TransportConfig', 'Set-TransportConfig',
      'Get-Queue', 'Retry-Queue', 'Suspend-Queue', 'Resume-Queue', 'Get-QueueDigest', 'Get-Message', 'Suspend-Message',
      'Resume-Message', 'Remove-Message', 'Export-Message', 'AssembleMessage', 'Redirect-Message',
      'Search-MessageTrackingReport', 'Get-MessageTrackingReport',
      'Format-List', 'Format-Table', 'Out-String', 'Out-Null', 'Write-Host', 'Write-Output',
      'Where-Object', 'ForEach-Object', 'Select-Object', 'Sort-Object',
    ];
    assert.deepEqual(allCmdlets().map((cmdlet) => cmdlet.name).sort(), [...expected].sort());
  });

  it('gives every cmdlet a Verb-Noun name, a synopsis, a module, an example and at least one set', () => {
    // AssembleMessage is the one shell filter the catalog describes (for Export-Message's output): Exchange named it without a verb.
    for (const cmdlet of allCmdlets()) {
      if (cmdlet.name !== 'AssembleMessage') assert.match(cmdlet.name, /^[A-Z][A-Za-z]+-[A-Z][A-Za-z]+$/, cmdlet.name);
      assert.ok(cmdlet.synopsis.trim().length > 0, `${cmdlet.name} has no synopsis`);
      assert.ok(cmdlet.module === 'Exchange' || cmdlet.module === 'PowerShell', `${cmdlet.name} module`);
      assert.ok(cmdlet.example?.startsWith(cmdlet.name) || cmdlet.example?.includes(cmdlet.name), `${cmdlet.name} example`);
      assert.ok(cmdlet.parameterSets.length > 0, `${cmdlet.name} has no parameter set`);
      assert.equal(new Set(cmdlet.parameterSets).size, cmdlet.parameterSets.length, `${cmdlet.name} repeats a set name`);
    }
  });

  it('marks Exchange cmdlets Exchange and the pipeline cmdlets PowerShell', () => {
    for (const cmdlet of allCmdlets()) {
      const powershell = /^(Where|ForEach|Select|Sort)-Object$|^(Format|Out|Write)-/.test(cmdlet.name);
      assert.equal(cmdlet.module, powershell ? 'PowerShell' : 'Exchange', cmdlet.name);
    }
  });

  it('finds every cmdlet by its name and aliases, and no two cmdlets share one', () => {
    const seen = new Map<string, string>();
    for (const cmdlet of allCmdlets()) {
      for (const name of [cmdlet.name, ...(cmdlet.aliases ?? [])]) {
        const key = name.toLowerCase();
        assert.ok(!seen.has(key), `${name} names both ${seen.get(key)} and ${cmdlet.name}`);
        seen.set(key, cmdlet.name);
        assert.equal(findCmdlet(name), cmdlet);
      }
    }
  });

  it('gives every parameter a description and a known type', () => {
    for (const { cmdlet, parameter } of everyParameter()) {
      assert.ok(parameter.description.trim().length > 10, `${where(cmdlet, parameter)} has no description`);
      assert.ok(VALUE_KINDS.has(parameter.type.kind), `${where(cmdlet, parameter)} has an unknown type`);
      assert.match(parameter.name, /^[A-Za-z][A-Za-z0-9]*$/, where(cmdlet, parameter));
    }
  });

  it('names only sets that the cmdlet declares', () => {
    for (const { cmdlet, parameter } of everyParameter()) {
      for (const set of Object.keys(parameter.sets ?? {})) {
        assert.ok(cmdlet.parameterSets.includes(set), `${where(cmdlet, parameter)} names unknown set ${set}`);
      }
      assert.ok(setsOfParameter(cmdlet, parameter).length > 0, `${where(cmdlet, parameter)} is in no set`);
    }
  });

  it('numbers positions 0, 1, 2 ... without gaps or repeats in every set', () => {
    for (const cmdlet of allCmdlets()) {
      for (const set of cmdlet.parameterSets) {
        const positions = parametersOf(cmdlet)
          .map((parameter) => parameter.sets?.[set]?.position)
          .filter((position): position is number => position !== undefined)
          .sort((a, b) => a - b);
        assert.deepEqual(positions, positions.map((_, index) => index), `${cmdlet.name} [${set}] positions ${positions.join(',')}`);
      }
    }
  });

  it('has at most one pipeline parameter and one remaining-arguments parameter per set', () => {
    for (const cmdlet of allCmdlets()) {
      for (const set of cmdlet.parameterSets) {
        const memberships = parametersOf(cmdlet).map((parameter) => parameter.sets?.[set]).filter((membership) => membership !== undefined);
        assert.ok(memberships.filter((membership) => membership.valueFromPipeline).length <= 1, `${cmdlet.name} [${set}] pipeline`);
        assert.ok(memberships.filter((membership) => membership.valueFromRemainingArguments).length <= 1, `${cmdlet.name} [${set}] remaining`);
      }
    }
  });

  it('has no duplicate parameter names or aliases within a cmdlet, common parameters included', () => {
    for (const cmdlet of allCmdlets()) {
      const seen = new Map<string, string>();
      for (const parameter of parametersOf(cmdlet)) {
        for (const spelling of [parameter.name, ...(parameter.aliases ?? [])]) {
          const key = spelling.toLowerCase();
          assert.ok(!seen.has(key), `${cmdlet.name}: ${spelling} is used by -${seen.get(key)} and -${parameter.name}`);
          seen.set(key, parameter.name);
        }
      }
    }
  });

  it('applies the common parameters exactly to cmdlets that accept them', () => {
    for (const cmdlet of allCmdlets()) {
      const names = new Set(parametersOf(cmdlet).map((parameter) => parameter.name));
      for (const common of commonParameters) assert.equal(names.has(common.name), cmdlet.commonParameters, `${cmdlet.name} -${common.name}`);
    }
  });

  it('lists -WhatIf and -Confirm exactly on cmdlets that support ShouldProcess', () => {
    for (const cmdlet of allCmdlets()) {
      const names = cmdlet.parameters.map((parameter) => parameter.name);
      const has = names.includes('WhatIf') && names.includes('Confirm');
      assert.equal(has, cmdlet.supportsShouldProcess === true, cmdlet.name);
    }
  });

  it('gives enums a non-empty list of distinct values', () => {
    for (const { cmdlet, parameter } of everyParameter()) {
      if (parameter.type.kind !== 'enum') continue;
      const values = parameter.type.values;
      assert.ok(values.length > 0, `${where(cmdlet, parameter)} has no values`);
      assert.equal(new Set(values.map((value) => value.toLowerCase())).size, values.length, `${where(cmdlet, parameter)} repeats a value`);
    }
  });

  it('keeps every range ordered, whole and within JavaScript\'s exact integers', () => {
    for (const { cmdlet, parameter } of everyParameter()) {
      const type = parameter.type;
      if (type.kind !== 'int' && type.kind !== 'size' && type.kind !== 'timespan') continue;
      for (const bound of [type.min, type.max]) {
        if (bound !== undefined) assert.ok(Number.isSafeInteger(bound), `${where(cmdlet, parameter)} bound ${bound}`);
      }
      if (type.min !== undefined && type.max !== undefined) assert.ok(type.min <= type.max, `${where(cmdlet, parameter)} min > max`);
    }
  });

  it('writes every default so that it fits its own type and range', () => {
    let checked = 0;
    for (const { cmdlet, parameter } of everyParameter()) {
      if (parameter.default === undefined) continue;
      const problem = defaultProblem(parameter.type, parameter.default.shown);
      assert.equal(problem, undefined, `${where(cmdlet, parameter)} default "${parameter.default.shown}" ${problem}`);
      checked++;
    }
    assert.ok(checked > 60, `only ${checked} defaults were checked`);
  });

  it('marks only multi-valued parameters as MultiValuedProperty', () => {
    for (const { cmdlet, parameter } of everyParameter()) {
      if (parameter.multiValuedProperty) assert.equal(parameter.multiValued, true, where(cmdlet, parameter));
    }
  });

  it('describes every output type, each property once, with type and description', () => {
    for (const cmdlet of allCmdlets()) {
      if (cmdlet.outputType) assert.ok(findObjectType(cmdlet.outputType), `${cmdlet.name} outputs unknown ${cmdlet.outputType}`);
    }
    for (const type of allObjectTypes()) {
      const names = type.properties.map((property) => property.name.toLowerCase());
      assert.equal(new Set(names).size, names.length, `${type.name} repeats a property`);
      for (const property of type.properties) {
        assert.ok(property.type.length > 0 && property.description.length > 0, `${type.name}.${property.name}`);
      }
    }
  });
});

describe('catalog consistency: what a usage type implies', () => {
  it('names only properties the cmdlet sets, each value in the form that property stores', () => {
    let checked = 0;
    for (const cmdlet of allCmdlets()) {
      for (const parameter of cmdlet.parameters) {
        for (const [choice, settings] of Object.entries(parameter.implies ?? {})) {
          for (const [property, value] of Object.entries(settings)) {
            const setter = cmdlet.parameters.find((candidate) => candidate.property === property);
            assert.ok(setter, `${cmdlet.name} -${parameter.name} ${choice} implies ${property}, which no parameter of the cmdlet sets`);
            for (const item of Array.isArray(value) ? value : [value]) {
              assert.equal(acceptValue(setter.type, { kind: 'text', text: String(item) }).ok, true, `${cmdlet.name} -${parameter.name} ${choice}: ${property} = ${String(item)}`);
            }
            assert.ok(fitsStoredForm(storedFormOf(setter), value, false), `${cmdlet.name} -${parameter.name} ${choice}: ${property} in stored form`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 0);
  });
});
