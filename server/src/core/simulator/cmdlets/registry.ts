// The cmdlets the simulator runs, by catalog name. A catalog cmdlet missing here is known to the
// editor but reported as not simulated when a script runs it.

import type { CmdletImplementation } from './cmdlet';
import { getExchangeServerCmdlet } from './exchangeServer';
import { forEachObjectCmdlet } from './forEachObject';
import {
  getForeignConnectorCmdlet, newForeignConnectorCmdlet, removeForeignConnectorCmdlet, setForeignConnectorCmdlet,
} from './foreignConnector';
import { formatListCmdlet, formatTableCmdlet, outNullCmdlet, outStringCmdlet } from './formatCmdlets';
import { getMessageTrackingLogCmdlet } from './messageTracking';
import { selectObjectCmdlet } from './selectObject';
import { sortObjectCmdlet } from './sortObject';
import {
  getTransportServerCmdlet, getTransportServiceCmdlet, setTransportServerCmdlet, setTransportServiceCmdlet,
} from './transportService';
import { whereObjectCmdlet } from './whereObject';
import { writeHostCmdlet, writeOutputCmdlet } from './writeCmdlets';

const IMPLEMENTATIONS: readonly CmdletImplementation[] = [
  newForeignConnectorCmdlet,
  setForeignConnectorCmdlet,
  getForeignConnectorCmdlet,
  removeForeignConnectorCmdlet,
  getTransportServiceCmdlet,
  setTransportServiceCmdlet,
  getTransportServerCmdlet,
  setTransportServerCmdlet,
  getMessageTrackingLogCmdlet,
  getExchangeServerCmdlet,
  formatListCmdlet,
  formatTableCmdlet,
  outStringCmdlet,
  outNullCmdlet,
  writeHostCmdlet,
  writeOutputCmdlet,
  whereObjectCmdlet,
  forEachObjectCmdlet,
  selectObjectCmdlet,
  sortObjectCmdlet,
];

const byName = new Map(IMPLEMENTATIONS.map((implementation) => [implementation.name.toLowerCase(), implementation]));

export function findImplementation(cmdletName: string): CmdletImplementation | undefined {
  return byName.get(cmdletName.toLowerCase());
}

export function implementedCmdlets(): string[] {
  return IMPLEMENTATIONS.map((implementation) => implementation.name);
}
