// The state journal, `.exconn/config.journal`: the changes a script run made since config.json was
// last written, one JSON line each, appended as each statement makes them. Rewriting the whole
// config.json after every change cost a run time in proportion to the size of the state (600 KB at
// 10,000 connectors, for every statement); an append costs the same whatever the state holds.
//
// Layout: a first line `{"journal":1,"base":"<sha256 of config.json's bytes, or none>"}` names the
// config.json the changes apply to; every further line is one StateChange, ended by a newline. A
// reader replays the lines over config.json when the base is that file's hash. The base makes
// compaction (writing config.json whole, then deleting the journal) safe at every step: a process
// killed between the two leaves a journal whose base is the old file, which the reader then knows to
// be already contained in config.json and ignores.
//
// Durability: the promise is that a killed process loses nothing a finished statement did. A write()
// that returned is in the operating system's page cache and survives the death of the process, so an
// append needs no fsync for that promise; the run flushes once, when it compacts the journal at its
// end. A power cut may cut the last line short: a last line without its newline is a write that did
// not finish, and replay ignores it. Any other damaged line is an error naming its line.

import { createHash } from 'node:crypto';
import type { SimulatorState } from '../../model/simulatorState';
import { isRecord } from '../../values/plainObject';
import { StateFileError } from '../errors';
import { applyStateChange, STATE_CHANGE_KINDS, type StateChange } from './stateChange';

export const JOURNAL_FORMAT = 1;

/** The base of a journal over no config.json at all. */
export const NO_BASE = 'none';

/** What a journal's changes apply to: the hash of config.json's bytes, or NO_BASE when there is none. */
export function journalBaseOf(stateText: string | Buffer | undefined): string {
  return stateText === undefined ? NO_BASE : createHash('sha256').update(stateText).digest('hex');
}

/** The first line of a new journal over the config.json whose base is `base`. */
export function journalHeader(base: string): string {
  return `${JSON.stringify({ journal: JOURNAL_FORMAT, base })}\n`;
}

/** One change as its journal line. */
export function journalLine(change: StateChange): string {
  return `${JSON.stringify(change)}\n`;
}

export interface JournalReading {
  /** The base the journal names; undefined when even its first line was cut short. */
  base: string | undefined;
  /** The complete change lines, in order; a last line cut short is left out. */
  changes: StateChange[];
}

/** Takes a journal's text apart, naming the first damaged line (and the way out) in `file`. */
export function readJournal(text: string, file: string): JournalReading {
  const lines = text.split('\n');
  // Whatever follows the last newline is a write that did not finish (empty when none was cut).
  lines.pop();
  if (lines.length === 0) return { base: undefined, changes: [] };
  const base = headerBase(lines[0], file);
  const changes = lines.slice(1).map((line, index) => changeOf(line, file, index + 2));
  return { base, changes };
}

/** Applies the journal's changes to `state` (config.json's content) in place. */
export function replayJournal(state: SimulatorState, reading: JournalReading): void {
  for (const change of reading.changes) applyStateChange(state, change);
}

function headerBase(line: string, file: string): string {
  const header = parseLine(line, file, 1);
  if (!isRecord(header) || header.journal !== JOURNAL_FORMAT || typeof header.base !== 'string') {
    throw damaged(file, 1, `the first line must be {"journal":${JOURNAL_FORMAT},"base":"..."}, as this simulator writes it.`);
  }
  return header.base;
}

function changeOf(line: string, file: string, lineNumber: number): StateChange {
  const change = parseLine(line, file, lineNumber);
  if (!isRecord(change) || !STATE_CHANGE_KINDS.includes(change.kind as StateChange['kind'])) {
    throw damaged(file, lineNumber, `the line is not a change this simulator writes (its "kind" must be one of ${STATE_CHANGE_KINDS.join(', ')}).`);
  }
  const missing = missingField(change as unknown as StateChange);
  if (missing) throw damaged(file, lineNumber, `the ${change.kind as string} change has no valid "${missing}".`);
  return change as unknown as StateChange;
}

/**
 * The first field a change needs to be applied that it lacks. The values themselves are checked
 * with the rest of the state once it is rebuilt (state.ts), as config.json's are.
 */
function missingField(change: StateChange): string | undefined {
  const hasGuid = (value: unknown) => isRecord(value) && typeof value.guid === 'string';
  switch (change.kind) {
    case 'saveConnector': return hasGuid(change.connector) ? undefined : 'connector';
    case 'removeConnector': return typeof change.guid === 'string' ? undefined : 'guid';
    case 'saveObject': return typeof change.type !== 'string' ? 'type' : hasGuid(change.object) ? undefined : 'object';
    case 'replaceObjects': return typeof change.type !== 'string' ? 'type' : Array.isArray(change.objects) && change.objects.every(hasGuid) ? undefined : 'objects';
    case 'removeObject': return typeof change.type !== 'string' ? 'type' : typeof change.guid === 'string' ? undefined : 'guid';
    case 'saveTransportSettings': return typeof change.server !== 'string' ? 'server' : isRecord(change.settings) ? undefined : 'settings';
  }
}

function parseLine(line: string, file: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch (error) {
    throw damaged(file, lineNumber, `the line is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function damaged(file: string, line: number, problem: string): StateFileError {
  return new StateFileError(`${file}:${line}`, problem,
    'Delete the journal to go back to the state in config.json without the changes of the last run, or run exconn reset to start over.');
}
