// The persisted configuration of the simulated organization: Foreign connectors and the Transport
// service settings of each server, in `.exconn/config.json`. Changes go through updateState, which
// holds the workspace lock, re-reads the file, applies the change and writes it atomically, so two
// scripts (or a script and the transport) never lose each other's changes.

import { connectorFieldOf, connectorSettingParameters, storedConnectorFields } from '../../model/foreignConnector';
import { STATE_VERSION, type SimulatorState, type TransportSettingsRecord } from '../../model/simulatorState';
import { fitsStoredForm, isSettingValue, storedFormOf } from '../../model/storedForm';
import { isRecord } from '../../values/plainObject';
import { StateFileError } from '../errors';
import { simulatorLayout } from '../workspace/simulatorLayout';
import { flushFile, readJsonFile, writeJsonAtomic, type AtomicWriteOptions } from '../workspace/storage';
import { effectiveTransportSettings, type TransportServiceSettings } from './transportSettings';
import { withWorkspaceLock, type LockOptions } from '../workspace/workspaceLock';

export function emptyState(): SimulatorState {
  return { version: STATE_VERSION, connectors: [], transportServices: {} };
}

/** The current state (the empty state when nothing was saved yet). Reading takes no lock: writes are atomic. */
export async function loadState(workspaceRoot: string): Promise<SimulatorState> {
  const file = simulatorLayout(workspaceRoot).stateFile;
  const raw = await readJsonFile(workspaceRoot, file);
  return raw === undefined ? emptyState() : checkState(raw, file);
}

/**
 * Changes the state under the workspace lock: reads it afresh, lets `mutate` change the draft, and
 * writes it atomically if anything changed. Returns what `mutate` returns. If `mutate` throws,
 * nothing is written.
 */
export async function updateState<T>(workspaceRoot: string, mutate: (draft: SimulatorState) => T | Promise<T>, options?: LockOptions): Promise<T> {
  return withWorkspaceLock(workspaceRoot, async () => {
    const before = await loadState(workspaceRoot);
    const draft = structuredClone(before);
    const result = await mutate(draft);
    if (JSON.stringify(draft) !== JSON.stringify(before)) {
      await writeJsonAtomic(workspaceRoot, simulatorLayout(workspaceRoot).stateFile, checkState(draft, 'the updated state'));
    }
    return result;
  }, options);
}

/**
 * Writes the whole state for a caller that already holds the workspace lock and keeps the current
 * state in memory (a script run): no re-read, one atomic replace. With `flush: false` the caller
 * must call flushState before it lets the lock go.
 */
export async function saveState(workspaceRoot: string, state: SimulatorState, options: AtomicWriteOptions = {}): Promise<void> {
  await writeJsonAtomic(workspaceRoot, simulatorLayout(workspaceRoot).stateFile, checkState(state, 'the updated state'), options);
}

/** Makes the last saveState durable (see saveState). */
export async function flushState(workspaceRoot: string): Promise<void> {
  await flushFile(workspaceRoot, simulatorLayout(workspaceRoot).stateFile);
}

/** The stored settings of a server (server names are case-insensitive); empty when none were changed. */
export function transportSettingsRecordOf(state: SimulatorState, server: string): TransportSettingsRecord {
  const key = serverKey(state, server);
  return key === undefined ? {} : { ...state.transportServices[key] };
}

/** Replaces the stored settings of a server. */
export function setTransportSettingsRecord(state: SimulatorState, server: string, record: TransportSettingsRecord): void {
  const key = serverKey(state, server);
  if (key !== undefined && key !== server) delete state.transportServices[key];
  state.transportServices[server] = { ...record };
}

/** The effective Transport service settings of a server: what was set, over Exchange's defaults. */
export function transportServiceOf(state: SimulatorState, server: string): TransportServiceSettings {
  return effectiveTransportSettings(transportSettingsRecordOf(state, server));
}

function serverKey(state: SimulatorState, server: string): string | undefined {
  return Object.keys(state.transportServices).find((name) => name.toLowerCase() === server.toLowerCase());
}

/** Checks the shape of a state read from disk (or about to be written), naming the first bad field. */
function checkState(raw: unknown, file: string): SimulatorState {
  if (!isRecord(raw)) throw new StateFileError(file, 'the file must hold a JSON object.');
  if (raw.version !== STATE_VERSION) throw new StateFileError(file, `"version" is ${JSON.stringify(raw.version)}; this simulator reads version ${STATE_VERSION}.`);
  if (!Array.isArray(raw.connectors)) throw new StateFileError(file, '"connectors" must be an array.');
  raw.connectors.forEach((connector, index) => checkConnector(connector, index, file));
  if (!isRecord(raw.transportServices)) throw new StateFileError(file, '"transportServices" must be an object of server name to settings.');
  for (const [server, settings] of Object.entries(raw.transportServices)) {
    if (!isRecord(settings)) throw new StateFileError(file, `"transportServices.${server}" must be an object of setting name to value.`);
  }
  if (raw.objects !== undefined) checkObjects(raw.objects, file);
  return raw as unknown as SimulatorState;
}

// Each typed field must have the form its catalog parameter's type gives it (the fixed fields are
// text); a `settings` entry the catalog knows must have its form too, and one it does not know (a file
// from a later version) is kept as long as it is a plain value.
function checkConnector(connector: unknown, index: number, file: string): void {
  if (!isRecord(connector)) throw new StateFileError(file, `"connectors[${index}]" must be an object.`);
  const wrong = (key: string, value: unknown) => new StateFileError(file, `"connectors[${index}].${key}" has the wrong type (${JSON.stringify(value)}).`);
  for (const { field, parameter } of storedConnectorFields()) {
    const value = connector[field];
    const fine = parameter ? fitsStoredForm(storedFormOf(parameter), value, false) : typeof value === 'string';
    if (!fine) throw wrong(field, value);
  }
  const settings = connector.settings ?? {};
  if (!isRecord(settings)) throw wrong('settings', settings);
  for (const [property, value] of Object.entries(settings)) {
    const parameter = connectorFieldOf(property) === undefined ? settingParameter(property) : undefined;
    const fine = parameter ? fitsStoredForm(storedFormOf(parameter), value, true) : isSettingValue(value);
    if (!fine) throw wrong(`settings.${property}`, value);
  }
}

function settingParameter(property: string) {
  return connectorSettingParameters().find((parameter) => parameter.property === property);
}

/** The objects of the other families: per type a list of objects with text identity fields and plain settings. */
function checkObjects(objects: unknown, file: string): void {
  if (!isRecord(objects)) throw new StateFileError(file, '"objects" must be an object of object type to a list of objects.');
  for (const [type, list] of Object.entries(objects)) {
    if (!Array.isArray(list)) throw new StateFileError(file, `"objects.${type}" must be an array.`);
    list.forEach((object, index) => {
      const where = `"objects.${type}[${index}]`;
      if (!isRecord(object)) throw new StateFileError(file, `${where}" must be an object.`);
      for (const key of ['name', 'guid', 'whenCreated', 'whenChanged'] as const) {
        if (typeof object[key] !== 'string') throw new StateFileError(file, `${where}.${key}" must be text (it is ${JSON.stringify(object[key])}).`);
      }
      if (object.server !== undefined && typeof object.server !== 'string') throw new StateFileError(file, `${where}.server" must be text.`);
      if (!isRecord(object.settings)) throw new StateFileError(file, `${where}.settings" must be an object of property name to value.`);
      for (const [property, value] of Object.entries(object.settings)) {
        if (!isSettingValue(value)) throw new StateFileError(file, `${where}.settings.${property}" has the wrong type (${JSON.stringify(value)}).`);
      }
    });
  }
}
