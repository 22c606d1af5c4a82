import * as assert from 'node:assert/strict';
import { allCmdlets, findCmdlet, findParameter, parametersOf } from '../../../server/src/core/catalog/catalog';
import type { ParameterSpec } from '../../../server/src/core/catalog/types';
import { defaultText, fixedDefault, resolvedDefault } from '../../../server/src/core/model/defaults';
import { fitsStoredForm, propertyValueOf, storedFormOf } from '../../../server/src/core/model/storedForm';
import { formatSize } from '../../../server/src/core/values/byteQuantifiedSize';

function parameter(cmdlet: string, name: string): ParameterSpec {
  const spec = findCmdlet(cmdlet);
  const found = spec && findParameter(spec, name);
  assert.ok(found, `${cmdlet} -${name}`);
  return found;
}

/** The text a fixed default's value should be shown as, where the value decides it. */
function expectedShown(parameter: ParameterSpec, value: unknown): string | undefined {
  if (typeof value === 'boolean') return value ? '$true' : '$false';
  if (parameter.type.kind === 'size' && typeof value === 'number') return formatSize({ unlimited: false, bytes: value });
  if (typeof value === 'number' || value === 'Unlimited') return String(value);
  return undefined;
}

describe('catalog defaults as stored values', () => {
  it('gives every fixed default the stored form of its parameter\'s type, and the text that value shows as', () => {
    let checked = 0;
    for (const cmdlet of allCmdlets()) {
      for (const spec of parametersOf(cmdlet)) {
        const value = fixedDefault(spec);
        if (value === undefined) continue;
        // A Boolean whose property keeps words (New-TransportRule -Enabled, State Enabled/Disabled) is stored as the word.
        if (spec.type.kind !== 'object') assert.ok(fitsStoredForm(storedFormOf(spec), propertyValueOf(spec, value), false), `${cmdlet.name} -${spec.name}: ${JSON.stringify(value)}`);
        const shown = expectedShown(spec, value);
        if (shown !== undefined) assert.equal(spec.default?.shown, shown, `${cmdlet.name} -${spec.name}`);
        checked++;
      }
    }
    assert.ok(checked > 60, `only ${checked} defaults were checked`);
  });

  it('resolves the contextual defaults against the connector being created', () => {
    const context = { name: 'Fax Connector', localServer: 'Hub01' };
    assert.equal(resolvedDefault(parameter('Set-ForeignConnector', 'DropDirectory'), context), 'Fax Connector');
    assert.deepEqual(resolvedDefault(parameter('New-ForeignConnector', 'SourceTransportServers'), context), ['Hub01']);
    assert.equal(fixedDefault(parameter('Set-ForeignConnector', 'DropDirectory')), undefined, 'a contextual default is no fixed value');
    assert.equal(resolvedDefault(parameter('Set-ForeignConnector', 'MaxMessageSize'), context), 'Unlimited');
    assert.equal(resolvedDefault(parameter('Set-TransportService', 'PickupDirectoryMaxHeaderSize'), context), 65536);
  });

  it('words a default for the editor: the name itself, else the reference\'s words', () => {
    assert.equal(defaultText(parameter('Set-ForeignConnector', 'DropDirectory'), 'Fax'), 'Fax');
    assert.equal(defaultText(parameter('Set-ForeignConnector', 'SourceTransportServers'), 'Fax'), 'The server where the connector was created');
    assert.equal(defaultText(parameter('Set-ForeignConnector', 'Enabled'), 'Fax'), '$true');
    assert.equal(defaultText(parameter('Set-ForeignConnector', 'Comment'), 'Fax'), '');
  });
});
