// Decides what an error does once it happens, following the error action in force: print it and go
// on (Continue), stay silent (SilentlyContinue, Ignore), or stop the script (Stop). The command's
// -ErrorAction wins over $ErrorActionPreference; statement-terminating errors follow only the
// preference variable, as in PowerShell.

import { ACTION_PREFERENCE_VALUES } from '../../catalog/commonParameters';
import { toNumber, toText } from './conversion';
import { formatErrorRecord } from './errorFormat';
import { ScriptTerminatingError, type ErrorRecord } from './errorRecord';
import type { PsValue } from './psValue';
import type { Frame, RunContext } from './runContext';
import { redirectedSink } from './streamRedirects';

export type ErrorAction = 'Continue' | 'Stop' | 'SilentlyContinue' | 'Ignore';

/** An ActionPreference value as a script may write it (`stop`, `'Stop'`, `1`); Inquire and the rest act as Continue. */
export function parseErrorAction(value: PsValue | undefined): ErrorAction | undefined {
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'number' ? toNumber(value) : undefined;
  const name = number !== undefined ? ACTION_PREFERENCE_VALUES[number] : toText(value);
  const canonical = ACTION_PREFERENCE_VALUES.find((candidate) => candidate.toLowerCase() === name?.toLowerCase());
  if (canonical === 'Stop' || canonical === 'SilentlyContinue' || canonical === 'Ignore') return canonical;
  return canonical ? 'Continue' : undefined;
}

export function errorActionPreference(frame: Frame): ErrorAction {
  return parseErrorAction(frame.scope.get('ErrorActionPreference')) ?? 'Continue';
}

/** A non-terminating error written by a command, under the command's error action. */
export function reportNonTerminatingError(frame: Frame, record: ErrorRecord, commandAction: ErrorAction | undefined): void {
  applyAction(frame, record, commandAction ?? errorActionPreference(frame));
}

/** A statement-terminating error that reached the statement that contains it. */
export function reportStatementError(frame: Frame, record: ErrorRecord): void {
  applyAction(frame, record, errorActionPreference(frame));
}

function applyAction(frame: Frame, record: ErrorRecord, action: ErrorAction): void {
  if (action === 'Stop') throw new ScriptTerminatingError(record);
  if (action === 'SilentlyContinue' || action === 'Ignore') return;
  // `2>$null`, `2>&1`, `2> file`: a redirected error is written there and is no failure of the run.
  const redirected = redirectedSink(frame.run, 'errors');
  if (redirected) redirected(record);
  else printError(frame.run, record);
}

/** Prints the record to the error stream and remembers the failure with its line. */
export function printError(run: RunContext, record: ErrorRecord): void {
  run.transcript.write(formatErrorRecord(record, run.source), 'error');
  const line = record.range ? run.source.lines.positionAt(record.range.start).line : 0;
  const focus = record.focus ?? record.range;
  const range = focus ? { start: run.source.lines.positionAt(focus.start), end: run.source.lines.positionAt(focus.end) } : undefined;
  run.transcript.fail({ line, ...(range ? { range } : {}), message: record.message, reason: record.reason });
}
