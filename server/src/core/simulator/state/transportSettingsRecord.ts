// The settings Set-TransportService changed on each server, as the state keeps them: one record per
// server, found by name without regard to case (Exchange's server names ignore case).

import type { SimulatorState, TransportSettingsRecord } from '../../model/simulatorState';

/** The stored settings of a server (server names are case-insensitive); empty when none were changed. */
export function transportSettingsRecordOf(state: SimulatorState, server: string): TransportSettingsRecord {
  const key = serverKey(state, server);
  return key === undefined ? {} : { ...state.transportServices[key] };
}

/** Replaces the stored settings of a server, under the spelling given now. */
export function setTransportSettingsRecord(state: SimulatorState, server: string, record: TransportSettingsRecord): void {
  const key = serverKey(state, server);
  if (key !== undefined && key !== server) delete state.transportServices[key];
  state.transportServices[server] = { ...record };
}

function serverKey(state: SimulatorState, server: string): string | undefined {
  return Object.keys(state.transportServices).find((name) => name.toLowerCase() === server.toLowerCase());
}
