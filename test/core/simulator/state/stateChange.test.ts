// applyStateChange: the one code that applies a change, for the run's state in memory and for the
// journal's replay. A saved connector takes the place of the one with its GUID, however the list
// was changed before.

import * as assert from 'node:assert/strict';
import { emptyState } from '../../../../server/src/core/simulator/state/state';
import { applyStateChange } from '../../../../server/src/core/simulator/state/stateChange';
import { createForeignConnector } from '../../../../server/src/core/simulator/state/foreignConnectors';

const NOW = new Date('2024-03-13T09:00:00Z');
const connector = (name: string, dropDirectory = name) => ({
  ...createForeignConnector({ Name: name, AddressSpaces: ['X400:c=US;a= ;p=P;1'] }, { localServer: 'Hub01', now: NOW }),
  dropDirectory,
});

describe('applying a state change', () => {
  it('replaces the connector with the same GUID in place and adds a new one at the end', () => {
    const state = emptyState();
    for (const name of ['A', 'B', 'C']) applyStateChange(state, { kind: 'saveConnector', connector: connector(name) });
    applyStateChange(state, { kind: 'saveConnector', connector: connector('B', 'moved') });
    assert.deepEqual(state.connectors.map((c) => `${c.name}:${c.dropDirectory}`), ['A:A', 'B:moved', 'C:C']);
  });

  it('finds the right place after the list was changed some other way', () => {
    const state = emptyState();
    for (const name of ['A', 'B', 'C']) applyStateChange(state, { kind: 'saveConnector', connector: connector(name) });
    state.connectors.reverse();
    applyStateChange(state, { kind: 'saveConnector', connector: connector('A', 'moved') });
    state.connectors.splice(0, 1);
    applyStateChange(state, { kind: 'saveConnector', connector: connector('B', 'moved') });
    applyStateChange(state, { kind: 'removeConnector', guid: connector('A').guid });
    applyStateChange(state, { kind: 'saveConnector', connector: connector('A') });
    assert.deepEqual(state.connectors.map((c) => `${c.name}:${c.dropDirectory}`), ['B:moved', 'A:A']);
  });
});
