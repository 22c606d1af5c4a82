// The generic path from catalog row to connector: every Set-ForeignConnector parameter that names a
// property and takes a plain value is stored and shown without code of its own, and a new
// connector shows every catalog default. The parameters come from the catalog, so a parameter added
// there is covered here without editing this file.

import * as assert from 'node:assert/strict';
import { findCmdlet } from '../../../../server/src/core/catalog/catalog';
import type { ParameterSpec } from '../../../../server/src/core/catalog/types';
import { connectorSettingParameters } from '../../../../server/src/core/model/foreignConnector';
import { formatSize } from '../../../../server/src/core/values/byteQuantifiedSize';
import { CONTOSO, Workspace } from './workspaceFixture';

const NAME = 'Contoso Foreign Connector';
const CREATE = `New-ForeignConnector -Name "${NAME}" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5" | Out-Null`;

/** Format-List's `Label : value` lines as a map (one line per property: the values here are short). */
function formatListValues(output: string): Map<string, string> {
  return new Map(output.split('\n').filter((line) => line.includes(' : ')).map((line) => {
    const at = line.indexOf(' : ');
    return [line.slice(0, at).trim(), line.slice(at + 3).trimEnd()];
  }));
}

/** A valid value that differs from the default, as written in a script and as Format-List shows it. */
function sample(parameter: ParameterSpec): { written: string; shown: string } | undefined {
  const type = parameter.type;
  switch (type.kind) {
    case 'boolean': {
      const flag = parameter.default?.value !== true;
      return { written: flag ? '$true' : '$false', shown: flag ? 'True' : 'False' };
    }
    case 'size': {
      const bytes = Math.max(type.min ?? 0, 5 * 1024 * 1024);
      return { written: String(bytes), shown: formatSize({ unlimited: false, bytes }) };
    }
    case 'int': {
      const count = Math.max(type.min ?? 0, 7);
      return { written: String(count), shown: String(count) };
    }
    case 'enum':
      return { written: type.values[type.values.length - 1], shown: type.values[type.values.length - 1] };
    case 'string':
      return { written: `"Set by -${parameter.name}"`, shown: `Set by -${parameter.name}` };
    case 'path':
      return { written: `"Drop for ${parameter.name}"`, shown: `Drop for ${parameter.name}` };
    default:
      return undefined;
  }
}

function plainSettings(): ParameterSpec[] {
  const cmdlet = findCmdlet('Set-ForeignConnector');
  return (cmdlet?.parameters ?? []).filter((parameter) => parameter.property !== undefined && !parameter.multiValued && sample(parameter) !== undefined);
}

describe('Foreign connector settings from the catalog', () => {
  let workspace: Workspace;
  beforeEach(() => {
    workspace = Workspace.create(CONTOSO);
  });
  afterEach(() => workspace.remove());

  it('covers the plain-valued Set-ForeignConnector parameters', () => {
    const names = plainSettings().map((parameter) => parameter.name);
    for (const expected of ['Comment', 'DropDirectory', 'DropDirectoryQuota', 'Enabled', 'IsScopedConnector', 'MaxMessageSize', 'Name', 'RelayDsnRequired']) {
      assert.ok(names.includes(expected), `${expected} is missing from ${names.join(', ')}`);
    }
  });

  for (const parameter of plainSettings()) {
    it(`Set-ForeignConnector -${parameter.name} is stored and shown by Format-List`, async () => {
      const value = sample(parameter);
      assert.ok(value);
      const result = await workspace.run(`${CREATE}\nSet-ForeignConnector "${NAME}" -${parameter.name} ${value.written}\nGet-ForeignConnector | Format-List`);
      assert.equal(result.success, true, result.output);
      assert.equal(formatListValues(result.output).get(parameter.property ?? ''), value.shown, result.output);
    });
  }

  it('New-ForeignConnector shows every catalog default', async () => {
    const result = await workspace.run(`${CREATE}\nGet-ForeignConnector | Format-List`);
    const shown = formatListValues(result.output);
    let checked = 0;
    for (const parameter of connectorSettingParameters()) {
      const spec = parameter.default;
      if (!spec) continue;
      const value = spec.value;
      const expected = typeof value === 'boolean' ? (value ? 'True' : 'False')
        : value !== null && typeof value === 'object' && !Array.isArray(value) ? (value.from === 'name' ? NAME : '{Hub01}')
          : parameter.type.kind === 'size' ? spec.shown
            : String(value);
      assert.equal(shown.get(parameter.property ?? ''), expected, `${parameter.name}: ${result.output}`);
      checked++;
    }
    assert.ok(checked >= 7, `only ${checked} defaults were checked`);
  });
});
