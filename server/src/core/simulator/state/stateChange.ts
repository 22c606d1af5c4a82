// One change to the simulated organization's state, as data. A script run keeps its state in memory
// and appends each change to the state journal (stateJournal.ts) instead of rewriting the whole
// file; loading the state replays the journal over config.json. Both go through applyStateChange,
// so the state a run holds in memory and the state a later reader rebuilds from the disk are made
// by the same code and cannot disagree.

import type { ConfigurationObjectState } from '../../model/configurationObject';
import type { ForeignConnectorState } from '../../model/foreignConnector';
import type { SimulatorState, TransportSettingsRecord } from '../../model/simulatorState';
import { setTransportSettingsRecord } from './transportSettingsRecord';

export type StateChange =
  /** Creates the connector, or replaces the one with its GUID in place. */
  | { kind: 'saveConnector'; connector: ForeignConnectorState }
  | { kind: 'removeConnector'; guid: string }
  /** Creates the object of `type`, or replaces the one with its GUID in place. */
  | { kind: 'saveObject'; type: string; object: ConfigurationObjectState }
  | { kind: 'replaceObjects'; type: string; objects: ConfigurationObjectState[] }
  | { kind: 'removeObject'; type: string; guid: string }
  /** Replaces the settings Set-TransportService changed on a server (server names ignore case). */
  | { kind: 'saveTransportSettings'; server: string; settings: TransportSettingsRecord };

export const STATE_CHANGE_KINDS: readonly StateChange['kind'][] = [
  'saveConnector', 'removeConnector', 'saveObject', 'replaceObjects', 'removeObject', 'saveTransportSettings',
];

/**
 * Applies `change` to `state` in place. Whoever hands parts of the state out hands out copies of
 * the lists (WorkspaceSession does), so an edit here never changes a list a caller is walking.
 */
export function applyStateChange(state: SimulatorState, change: StateChange): void {
  switch (change.kind) {
    case 'saveConnector':
      saveInPlace(state.connectors, change.connector);
      return;
    case 'removeConnector':
      state.connectors = state.connectors.filter((connector) => connector.guid !== change.guid);
      return;
    case 'saveObject':
      saveInPlace(objectList(state, change.type), change.object);
      return;
    case 'replaceObjects':
      state.objects = { ...state.objects, [change.type]: [...change.objects] };
      return;
    case 'removeObject':
      state.objects = { ...state.objects, [change.type]: (state.objects?.[change.type] ?? []).filter((object) => object.guid !== change.guid) };
      return;
    case 'saveTransportSettings':
      setTransportSettingsRecord(state, change.server, change.settings);
      return;
  }
}

/** The list of objects of `type`, made (empty) when the state has none yet. */
function objectList(state: SimulatorState, type: string): ConfigurationObjectState[] {
  state.objects ??= {};
  return (state.objects[type] ??= []);
}

/** Puts `item` in the place of the (first) one with its GUID, or adds it at the end. */
function saveInPlace<T extends { guid: string }>(list: T[], item: T): void {
  let positions = positionsIn(list);
  let index = positions.get(item.guid);
  if (index !== undefined && list[index]?.guid !== item.guid) {
    positions = indexAfresh(list);
    index = positions.get(item.guid);
  }
  if (index !== undefined) {
    list[index] = item;
  } else {
    positions.set(item.guid, list.length);
    list.push(item);
  }
}

/**
 * Where each GUID is in a list, kept beside the list: a run of 100,000 statements saves thousands of
 * connectors into a list of thousands, and finding each by a scan made the run slower the longer it
 * got. Checking every entry would be the scan again, so the positions are trusted while the list has
 * the length they describe and the entry a position names has its GUID; a list changed some other
 * way (or holding a GUID twice) is indexed afresh.
 */
const positionsByList = new WeakMap<readonly { guid: string }[], Map<string, number>>();

function positionsIn(list: readonly { guid: string }[]): Map<string, number> {
  const known = positionsByList.get(list);
  return known && known.size === list.length ? known : indexAfresh(list);
}

function indexAfresh(list: readonly { guid: string }[]): Map<string, number> {
  const positions = new Map<string, number>();
  list.forEach((entry, index) => {
    if (!positions.has(entry.guid)) positions.set(entry.guid, index);
  });
  positionsByList.set(list, positions);
  return positions;
}
