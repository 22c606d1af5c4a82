// The one clock policy: a fixed clock wins in its order of precedence; without one, script runs and
// the transport service both stand at the simulator's epoch (repeatable output, stamps that agree).

import * as assert from 'node:assert/strict';
import { fixedClock, SIMULATOR_EPOCH, simulatorClock } from '../../../../server/src/core/simulator/state/clock';

describe('simulator clock policy', () => {
  it('stands at the simulator epoch when nothing fixes the clock, never at the real time', () => {
    assert.equal(simulatorClock(null, { env: {} }).now().toISOString(), new Date(SIMULATOR_EPOCH).toISOString());
    assert.equal(simulatorClock(undefined, { env: { EXCONN_CLOCK: ' ' } }).now().toISOString(), new Date(SIMULATOR_EPOCH).toISOString());
  });

  it('lets exconn.json, then EXCONN_CLOCK, then the caller fix the clock', () => {
    assert.equal(simulatorClock('2024-03-13T09:00:00Z', { env: {} }).now().toISOString(), '2024-03-13T09:00:00.000Z');
    assert.equal(simulatorClock('2024-03-13T09:00:00Z', { env: { EXCONN_CLOCK: '2025-01-01T00:00:00Z' } }).now().getUTCFullYear(), 2025);
    assert.equal(simulatorClock('2024-03-13T09:00:00Z', { clock: fixedClock('2020-05-05T00:00:00Z'), env: { EXCONN_CLOCK: '2025-01-01T00:00:00Z' } }).now().getUTCFullYear(), 2020);
  });
});
