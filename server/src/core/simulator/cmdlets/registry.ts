// The cmdlets the simulator runs, by catalog name. A catalog cmdlet missing here is known to the
// editor but reported as not simulated when a script runs it.

import type { CmdletImplementation } from './cmdlet';
import { CONFIGURATION_CMDLETS } from './exchange/configurationCmdlets';
import { getExchangeServerCmdlet } from './exchange/exchangeServer';
import { QUEUE_CMDLETS } from './exchange/queueCmdlets';
import { forEachObjectCmdlet } from './powershell/forEachObject';
import {
  getForeignConnectorCmdlet, newForeignConnectorCmdlet, removeForeignConnectorCmdlet, setForeignConnectorCmdlet,
} from './exchange/foreignConnector';
import { formatListCmdlet, formatTableCmdlet, outNullCmdlet, outStringCmdlet } from './powershell/formatCmdlets';
import { getMessageTrackingLogCmdlet } from './exchange/messageTracking';
import { selectObjectCmdlet } from './powershell/selectObject';
import { sortObjectCmdlet } from './powershell/sortObject';
import {
  getTransportServerCmdlet, getTransportServiceCmdlet, setTransportServerCmdlet, setTransportServiceCmdlet,
} from './exchange/transportService';
import { whereObjectCmdlet } from './powershell/whereObject';
import { writeHostCmdlet, writeOutputCmdlet } from './powershell/writeCmdlets';

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
  ...CONFIGURATION_CMDLETS,
  ...QUEUE_CMDLETS,
];

const byName = new Map(IMPLEMENTATIONS.map((implementation) => [implementation.name.toLowerCase(), implementation]));

export function findImplementation(cmdletName: string): CmdletImplementation | undefined {
  return byName.get(cmdletName.toLowerCase());
}
