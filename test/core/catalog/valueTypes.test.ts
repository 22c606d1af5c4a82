// The editor and the simulator judge a parameter value by one decision (catalog/valueTypes.ts). For
// every value type the catalog uses, a literal gets an error finding from `exconn check` exactly when
// the interpreter's conversion refuses it, over valid and near-valid values of each kind.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDocuments } from '../../../server/src/core/analysis';
import { severityOf } from '../../../server/src/core/analysis/diagnostic';
import { allCmdlets, parametersOf } from '../../../server/src/core/catalog/catalog';
import type { CmdletSpec, ParameterSpec, ValueType } from '../../../server/src/core/catalog/types';
import { ParameterBindingError } from '../../../server/src/core/simulator/interpreter/bindingErrors';
import { convertParameterValue } from '../../../server/src/core/simulator/interpreter/parameterConversion';

const ALL_KINDS: ValueType['kind'][] = [
  'string', 'boolean', 'switch', 'int', 'size', 'timespan', 'enum', 'path', 'addressSpace', 'identity',
  'fqdn', 'smtpAddress', 'scriptBlock', 'propertyName', 'object', 'dateTime', 'variableName', 'filter',
];

interface Representative {
  cmdlet: CmdletSpec;
  parameter: ParameterSpec;
}

/** One parameter per distinct value type (and list shape) in the catalog. */
function representatives(): Representative[] {
  const seen = new Map<string, Representative>();
  for (const cmdlet of allCmdlets()) {
    for (const parameter of parametersOf(cmdlet)) {
      const key = JSON.stringify([parameter.type, parameter.multiValued ?? false, parameter.multiValuedProperty ?? false]);
      if (!seen.has(key)) seen.set(key, { cmdlet, parameter });
    }
  }
  return [...seen.values()];
}

/** A literal as the script writes it and as the interpreter evaluates it. */
interface Literal {
  source: string;
  value: string | number | boolean | null;
}

// Single quotes (and PowerShell's typographic ones) end a verbatim string; they are doubled or left out.
const quoteCharacters = /[\u2018\u2019\u201a\u201b]/g;

function text(value: string): Literal {
  const clean = value.replace(quoteCharacters, '');
  return { source: `'${clean.replace(/'/g, "''")}'`, value: clean };
}

const number = (value: number): Literal => ({ source: value < 0 ? `(${value})` : String(value), value });

const pick = (...values: string[]) => fc.constantFrom(...values);
const digits = fc.integer({ min: 0, max: 99999 }).map(String);
const casing = (word: string) => fc.constantFrom(word, word.toUpperCase(), word.toLowerCase());

/** Text near the edge of what each kind accepts. */
function nearValidText(type: ValueType): fc.Arbitrary<string> {
  switch (type.kind) {
    case 'int':
      return fc.oneof(digits, pick('unlimited', ' Unlimited ', '0x1F', '10MB', '1.5', '1.0', '', '-3', '+4', 'lots', '2147483648'));
    case 'size':
      return fc.oneof(
        fc.tuple(digits, pick('', 'B', 'KB', 'MB', 'GB', 'TB', ' MB', 'kb', 'parsecs')).map(([n, unit]) => `${n}${unit}`),
        pick('unlimited', 'Unlimited', '1.5GB', '', '-1KB', '10 parsecs'));
    case 'timespan':
      return fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.boolean())
        .map(([d, h, m, s, withDays]) => `${withDays ? `${d}.` : ''}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`);
    case 'enum':
      return fc.oneof(
        fc.constantFrom(...type.values).chain(casing),
        fc.constantFrom(...type.values).map((value) => `${value}x`),
        fc.constantFrom(...type.values).map((value) => ` ${value} `),
        // A [Flags] enum's comma-separated names, and one of them wrong.
        fc.tuple(fc.constantFrom(...type.values), fc.constantFrom(...type.values), pick(',', ', ', ',x')).map(([a, b, joint]) => `${a}${joint}${b}`),
      );
    case 'path':
      return pick('C:\\Pickup', 'c:/drop', 'Pickup', '.\\Drop', '\\\\server\\share\\Drop', '//server/share', 'C:\\a|b', 'C:\\a?b', 'C:\\a\u0001b', '', ' C:\\x', '\\\\?\\C:\\Long');
    case 'addressSpace':
      return pick('SMTP:contoso.com;1', 'contoso.com', '*.contoso.com', 'X400:c=US;a=Fabrikam;p=Contoso;5', 'X400:c=US;zz=Fabrikam;5', 'SMTP:;1', 'SMTP:contoso.com;0', 'MSMAIL:x;1', '', ':');
    case 'fqdn':
      return pick('dc01.contoso.com', 'dc01..contoso.com', 'dc01', '-dc.contoso.com', 'dc_01.contoso.com', '', 'a'.repeat(64), 'dc01.contoso.com.');
    case 'smtpAddress':
      return pick('admin@contoso.com', 'not an address', '@contoso.com', 'admin@', 'admin@contoso..com', 'a b@contoso.com', 'a@b@contoso.com', '');
    case 'string':
      return fc.oneof(fc.string({ maxLength: 12 }), pick('10.0.0.30', '10.0.0.300', '::1', '00000000-0000-0000-0000-000000000000', '{00000000-0000-0000-0000-000000000000}', '0000-0000'));
    case 'dateTime':
      return pick('2024-01-31 08:00', '2024-01-31T08:00:00Z', '2024-01-31T08:00:00', '2024-01-31T08:00', '2024-01-31T08:00:00+01:00', '1/31/2024', 'yesterday', '', '2024-13-45', '2024-01-31T25:00:00');
    case 'boolean':
    case 'switch':
      return pick('true', '$true', 'false', 'yes', '1', '0', '');
    case 'filter':
      return fc.tuple(
        pick('Status', 'status', 'Stauts', 'MessageCount', 'Size', 'DateReceived', 'SCL', 'LockedMessageCount', 'Identity', '(Status'),
        pick('-eq', '-ne', '-gt', '-like', '-contains', '-EQ', ''),
        pick("'Retry'", "'Retyr'", '100', '-1', '10MB', 'lots', "'2024-01-31 08:00'", "'*contoso.com'", '$null', "'open", ''),
        pick('', ' -and MessageCount -gt 5', ' -or -not (Status -eq Active)', ' -and', ')', ' Status'),
      ).map((parts) => parts.join(' ').trim());
    default:
      return fc.string({ maxLength: 12 });
  }
}

function literals(type: ValueType): fc.Arbitrary<Literal> {
  return fc.oneof(
    nearValidText(type).map(text),
    fc.oneof(fc.integer({ min: -3, max: 300000 }), fc.constantFrom(0, 1, 2, 32768, 2147483647, 2147483648, 1.5)).map(number),
    fc.boolean().map((value): Literal => ({ source: value ? '$true' : '$false', value })),
    fc.constant<Literal>({ source: '$null', value: null }),
  );
}

/** Error findings `exconn check` reports on the value itself. */
function editorRejects({ cmdlet, parameter }: Representative, literal: Literal): boolean {
  const prefix = `${cmdlet.name} -${parameter.name}:`;
  const script = `${prefix}${literal.source}`;
  const [result] = checkDocuments([{ uri: 'value.ps1', text: script }]);
  return result.findings.some((finding) => finding.range.start >= prefix.length && severityOf(finding) === 'error');
}

function interpreterRejects({ cmdlet, parameter }: Representative, literal: Literal): boolean {
  try {
    convertParameterValue(cmdlet, parameter, literal.value);
    return false;
  } catch (error) {
    if (error instanceof ParameterBindingError) return true;
    throw error;
  }
}

describe('value types: the editor and the interpreter agree', () => {
  const all = representatives();

  it('covers every kind of value type', () => {
    assert.deepEqual(new Set(all.map(({ parameter }) => parameter.type.kind)), new Set(ALL_KINDS));
  });

  for (const representative of all) {
    const { cmdlet, parameter } = representative;
    it(`${cmdlet.name} -${parameter.name} (${JSON.stringify(parameter.type).slice(0, 60)}${parameter.multiValued ? ', a list' : ''})`, () => {
      fc.assert(
        fc.property(literals(parameter.type), (literal) => {
          assert.equal(editorRejects(representative, literal), interpreterRejects(representative, literal), `${parameter.name}:${literal.source}`);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('reports the SMTP address that issue 10 found stored by the simulator', () => {
    const representative = all.find(({ parameter }) => parameter.name === 'PipelineTracingSenderAddress');
    assert.ok(representative);
    assert.equal(editorRejects(representative, text('not an address')), true);
    assert.equal(interpreterRejects(representative, text('not an address')), true);
    assert.equal(interpreterRejects(representative, text('trace@contoso.com')), false);
  });
});

describe('value types: what real scripts write', () => {
  const accepts = (script: string) => checkDocuments([{ uri: 'real.ps1', text: script }])[0].findings.filter((finding) => severityOf(finding) === 'error').map((finding) => finding.message);

  it('takes a [Flags] enum list as one comma-separated text, each name checked', () => {
    assert.deepEqual(accepts('Set-ReceiveConnector "Hub01\\Relay" -PermissionGroups "AnonymousUsers,ExchangeServers" -AuthMechanism "Tls, ExternalAuthoritative"'), []);
    assert.deepEqual(accepts("Set-SendConnector Outbound -ErrorPolicies 'DowngradeDnsFailures, DowngradeCustomFailures'"), []);
    assert.match(accepts('Set-ReceiveConnector "Hub01\\Relay" -AuthMechanism "Tls,Kerberos"').join('\n'), /'Kerberos' is not one of them/);
  });

  it('takes an ISO 8601 date and time without a zone as the simulator\'s time', () => {
    assert.deepEqual(accepts("Get-MessageTrackingLog -Start '2024-03-13T09:00:00' -End '2024-03-13T11:30'"), []);
  });
});
