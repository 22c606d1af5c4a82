// The persisted configuration of the simulated organization: Foreign connectors, the Transport
// service settings of each server and the other families' objects, in `.exconn/config.json` plus
// the journal of the changes made since that file was written (`.exconn/config.journal`, see
// stateJournal.ts). Every reader goes through loadState, which replays the journal. Changes go
// through updateState, which holds the workspace lock, re-reads the state, applies the change and
// writes config.json whole (the journal folded into it), so two scripts (or a script and the
// transport) never lose each other's changes; a script run appends to the journal instead
// (journaledState.ts).

import { connectorFieldOf, connectorSettingParameters, storedConnectorFields } from '../../model/foreignConnector';
import { STATE_VERSION, type SimulatorState } from '../../model/simulatorState';
import { fitsStoredForm, isSettingValue, storedFormOf } from '../../model/storedForm';
import { isRecord } from '../../values/plainObject';
import { StateFileError } from '../errors';
import { simulatorLayout } from '../workspace/simulatorLayout';
import { isNotFound, readTextInWorkspace, removeDurably, writeFileAtomic } from '../workspace/storage';
import { effectiveTransportSettings, type TransportServiceSettings } from './transportSettings';
import { withWorkspaceLock, type LockOptions } from '../workspace/workspaceLock';
import type { StateChange } from './stateChange';
import { journalBaseOf, readJournal, replayJournal, type JournalReading } from './stateJournal';
import { transportSettingsRecordOf } from './transportSettingsRecord';

export { setTransportSettingsRecord, transportSettingsRecordOf } from './transportSettingsRecord';

export function emptyState(): SimulatorState {
  return { version: STATE_VERSION, connectors: [], transportServices: {} };
}

/** The state as the disk holds it, and what a journal over it must name as its base. */
export interface StoredState {
  state: SimulatorState;
  /** The base of config.json as it was read (stateJournal.ts). */
  base: string;
  /** The bytes of config.json (0 when there is none). */
  stateBytes: number;
  /** Whether a journal was there: replayed, or left from a compaction that had finished (stale). */
  journal: 'none' | 'replayed' | 'stale';
}

/**
 * The current state (the empty state when nothing was saved yet). Reading takes no lock: config.json
 * is replaced atomically and the journal only grows, so a reader sees a state the workspace had.
 */
export async function loadState(workspaceRoot: string): Promise<SimulatorState> {
  return (await readStoredState(workspaceRoot)).state;
}

/** config.json with the journal replayed over it, checked. */
export async function readStoredState(workspaceRoot: string): Promise<StoredState> {
  const layout = simulatorLayout(workspaceRoot);
  let stored = await readTextIfPresent(workspaceRoot, layout.stateFile);
  const journalText = await readTextIfPresent(workspaceRoot, layout.stateJournalFile);
  const reading = journalText === undefined ? undefined : readJournal(journalText, layout.stateJournalFile);
  // A journal started after config.json was read: a compaction happened in between; read it again.
  if (reading?.base !== undefined && reading.base !== journalBaseOf(stored)) stored = await readTextIfPresent(workspaceRoot, layout.stateFile);
  const base = journalBaseOf(stored);
  const state = stored === undefined ? emptyState() : checkState(parseState(stored, layout.stateFile), layout.stateFile);
  const stateBytes = stored === undefined ? 0 : Buffer.byteLength(stored);
  if (!reading) return { state, base, stateBytes, journal: 'none' };
  if (reading.base !== base) return { state, base, stateBytes, journal: 'stale' };
  return { state: replayed(state, reading, `${layout.stateFile} with the changes in ${layout.stateJournalFile}`), base, stateBytes, journal: 'replayed' };
}

function replayed(state: SimulatorState, reading: JournalReading, where: string): SimulatorState {
  replayJournal(state, reading);
  return checkState(state, where);
}

/**
 * Changes the state under the workspace lock: reads it afresh, lets `mutate` change the draft, and
 * writes it whole if anything changed (folding in a journal a killed run left). Returns what
 * `mutate` returns. If `mutate` throws, nothing is written.
 */
export async function updateState<T>(workspaceRoot: string, mutate: (draft: SimulatorState) => T | Promise<T>, options?: LockOptions): Promise<T> {
  return withWorkspaceLock(workspaceRoot, async () => {
    const { state: before } = await readStoredState(workspaceRoot);
    const draft = structuredClone(before);
    const result = await mutate(draft);
    if (JSON.stringify(draft) !== JSON.stringify(before)) await writeWholeState(workspaceRoot, checkState(draft, 'the updated state'));
    return result;
  }, options);
}

export interface WrittenState {
  /** The base a journal over the new config.json names. */
  base: string;
  bytes: number;
}

/**
 * Writes the whole state to config.json, durably and atomically, then deletes the journal (whose
 * changes it holds now). For a caller that holds the workspace lock. Killed between the two, the
 * journal is left with the old base, which readers ignore (stateJournal.ts).
 */
export async function writeWholeState(workspaceRoot: string, state: SimulatorState): Promise<WrittenState> {
  const layout = simulatorLayout(workspaceRoot);
  const text = `${JSON.stringify(state, null, 2)}\n`;
  await writeFileAtomic(workspaceRoot, layout.stateFile, text);
  await removeDurably(workspaceRoot, layout.stateJournalFile);
  return { base: journalBaseOf(text), bytes: Buffer.byteLength(text) };
}

async function readTextIfPresent(workspaceRoot: string, file: string): Promise<string | undefined> {
  try {
    return await readTextInWorkspace(workspaceRoot, file);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

function parseState(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new StateFileError(file, `the file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * Checks what one change stores, as checkState checks the same part of a whole state, so a run
 * never journals a value a later load would refuse.
 */
export function checkChange(change: StateChange): void {
  const where = 'the updated state';
  switch (change.kind) {
    case 'saveConnector': return checkConnector(change.connector, 0, where);
    case 'saveObject': return checkObjects({ [change.type]: [change.object] }, where);
    case 'replaceObjects': return checkObjects({ [change.type]: change.objects }, where);
    case 'saveTransportSettings': return checkTransportSettings(change.server, change.settings, where);
    case 'removeConnector':
    case 'removeObject':
      return;
  }
}

/** The effective Transport service settings of a server: what was set, over Exchange's defaults. */
export function transportServiceOf(state: SimulatorState, server: string): TransportServiceSettings {
  return effectiveTransportSettings(transportSettingsRecordOf(state, server));
}

/** Checks the shape of a state read from disk (or about to be written), naming the first bad field. */
function checkState(raw: unknown, file: string): SimulatorState {
  if (!isRecord(raw)) throw new StateFileError(file, 'the file must hold a JSON object.');
  if (raw.version !== STATE_VERSION) throw new StateFileError(file, `"version" is ${JSON.stringify(raw.version)}; this simulator reads version ${STATE_VERSION}.`);
  if (!Array.isArray(raw.connectors)) throw new StateFileError(file, '"connectors" must be an array.');
  raw.connectors.forEach((connector, index) => checkConnector(connector, index, file));
  if (!isRecord(raw.transportServices)) throw new StateFileError(file, '"transportServices" must be an object of server name to settings.');
  for (const [server, settings] of Object.entries(raw.transportServices)) checkTransportSettings(server, settings, file);
  if (raw.objects !== undefined) checkObjects(raw.objects, file);
  return raw as unknown as SimulatorState;
}

function checkTransportSettings(server: string, settings: unknown, file: string): void {
  if (!isRecord(settings)) throw new StateFileError(file, `"transportServices.${server}" must be an object of setting name to value.`);
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
