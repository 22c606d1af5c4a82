// The one clock policy: a fixed clock wins in its order of precedence; without one, a script run
// stands at the simulator's epoch (repeatable output) and the transport service at the real time.

import * as assert from 'node:assert/strict';
import { fixedClock, SIMULATOR_EPOCH, simulatorClock } from '../../../../server/src/core/simulator/state/clock';

describe('simulator clock policy', () => {
  it('runs scripts at the simulator epoch when nothing fixes the clock', () => {
    assert.equal(simulatorClock(null, { use: 'script', env: {} }).now().toISOString(), new Date(SIMULATOR_EPOCH).toISOString());
  });

  it('runs the transport service at the real time when nothing fixes the clock', () => {
    const before = Date.now();
    const now = simulatorClock(null, { use: 'transport', env: {} }).now().getTime();
    assert.ok(now >= before && now <= Date.now());
  });

  it('lets exconn.json, then EXCONN_CLOCK, then the caller fix the clock for both uses', () => {
    for (const use of ['script', 'transport'] as const) {
      assert.equal(simulatorClock('2024-03-13T09:00:00Z', { use, env: {} }).now().toISOString(), '2024-03-13T09:00:00.000Z');
      assert.equal(simulatorClock('2024-03-13T09:00:00Z', { use, env: { EXCONN_CLOCK: '2025-01-01T00:00:00Z' } }).now().getUTCFullYear(), 2025);
      assert.equal(simulatorClock('2024-03-13T09:00:00Z', { use, clock: fixedClock('2020-05-05T00:00:00Z'), env: { EXCONN_CLOCK: '2025-01-01T00:00:00Z' } }).now().getUTCFullYear(), 2020);
    }
  });
});
