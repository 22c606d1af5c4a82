// The shape of the simulated organization's persisted state (`.exconn/config.json`): its Foreign
// connectors, what Set-TransportService changed per server, and the objects of the other mail-flow
// families (Send connectors, accepted domains, ...) by type. A file without `objects` (written
// before those families were simulated) reads as having none. Loading, checking and saving it is
// the simulator's (simulator/state/state.ts); the analysis reads the same shape for hover and checks.

import type { SettingValue } from '../values/settingValue';
import type { ConfigurationObjectState } from './configurationObject';
import type { ForeignConnectorState } from './foreignConnector';

export const STATE_VERSION = 1;

/** The settings Set-TransportService changed on one server, keyed by parameter name, as converted. */
export type TransportSettingsRecord = Record<string, SettingValue>;

export interface SimulatorState {
  version: typeof STATE_VERSION;
  connectors: ForeignConnectorState[];
  /** Per server name (as exconn.json spells it), the settings Set-TransportService changed. */
  transportServices: Record<string, TransportSettingsRecord>;
  /** Per object type (`SendConnector`, `AcceptedDomain`, ...), its objects in creation order. */
  objects?: Record<string, ConfigurationObjectState[]>;
}
