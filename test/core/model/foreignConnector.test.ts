import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { ParameterSpec } from '../../../server/src/core/catalog/types';
import {
  connectorFieldOf, connectorSettingParameters, connectorValue, withConnectorValue,
} from '../../../server/src/core/model/foreignConnector';
import { createForeignConnector } from '../../../server/src/core/simulator/state/foreignConnectors';
import { simulatorLayout } from '../../../server/src/core/simulator/workspace/simulatorLayout';
import { loadState, updateState } from '../../../server/src/core/simulator/state/state';
import { removeWorkspace, tempWorkspace } from '../simulator/workspaceFixture';

/** The connector keys version 1 state files hold, in their order. */
const VERSION_1_KEYS = [
  'name', 'guid', 'addressSpaces', 'sourceTransportServers', 'dropDirectory', 'dropDirectoryQuota', 'maxMessageSize',
  'enabled', 'isScopedConnector', 'relayDsnRequired', 'comment', 'whenCreated', 'whenChanged',
];

/** A parameter added to the catalog after the typed fields were written. */
const FUTURE_FLAG: ParameterSpec = { name: 'FutureFlag', property: 'FutureFlag', type: { kind: 'boolean' }, description: 'Added later.' };

const create = () => createForeignConnector({ Name: 'Fax', AddressSpaces: ['fax:*;5'] }, { localServer: 'Hub01', now: new Date(0) });

describe('the Foreign connector model', () => {
  let root: string;
  beforeEach(() => {
    root = tempWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  it('writes a new connector with exactly the version 1 keys, so the previous version reads it', () => {
    assert.deepEqual(Object.keys(create()), VERSION_1_KEYS);
  });

  it('gives a new connector a stored value for every property a catalog parameter sets', () => {
    const connector = create();
    for (const parameter of connectorSettingParameters()) {
      assert.notEqual(connectorValue(connector, parameter.property ?? ''), undefined, `${parameter.property} has no stored value`);
    }
  });

  it('keeps the version 1 fields under their camelCase keys and any other property by its catalog name', () => {
    assert.equal(connectorFieldOf('DropDirectoryQuota'), 'dropDirectoryQuota');
    assert.equal(connectorFieldOf('FutureFlag'), undefined);
  });

  it('keeps a property without a typed field under settings, through a save and a load', async () => {
    const connector = withConnectorValue(create(), FUTURE_FLAG, true);
    assert.deepEqual(connector.settings, { FutureFlag: true });
    await updateState(root, (state) => {
      state.connectors.push(connector);
    });
    const [loaded] = (await loadState(root)).connectors;
    assert.equal(connectorValue(loaded, 'FutureFlag'), true);
    assert.equal(loaded.enabled, true, 'the typed fields are unchanged');
  });

  it('loads a version 1 file written before settings existed, and refuses a setting that is not a plain value', async () => {
    const file = simulatorLayout(root).stateFile;
    fs.mkdirSync(simulatorLayout(root).simulatorFolder, { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ version: 1, connectors: [create()], transportServices: {} }));
    assert.equal((await loadState(root)).connectors[0].dropDirectory, 'Fax');
    fs.writeFileSync(file, JSON.stringify({ version: 1, connectors: [{ ...create(), settings: { Later: { nested: 1 } } }], transportServices: {} }));
    await assert.rejects(loadState(root), /"connectors\[0\]\.settings\.Later" has the wrong type/);
  });

  it('checks each typed field against its catalog type', async () => {
    const file = simulatorLayout(root).stateFile;
    fs.mkdirSync(simulatorLayout(root).simulatorFolder, { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ version: 1, connectors: [{ ...create(), maxMessageSize: '10MB' }], transportServices: {} }));
    await assert.rejects(loadState(root), /"connectors\[0\]\.maxMessageSize" has the wrong type \("10MB"\)/);
  });
});
