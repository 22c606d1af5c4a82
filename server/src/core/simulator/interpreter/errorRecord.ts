// Errors as PowerShell models them: an ErrorRecord (message, category, reason, fully qualified id),
// and the two ways an error ends work early. A statement-terminating error ends the statement and the
// script goes on with the next one (parameter binding errors, unknown commands, errors an Exchange
// cmdlet throws); a script-terminating error ends the script (-ErrorAction Stop, `throw`).

import type { Range } from '../../syntax/ast';
import type { PsValue } from './psValue';

/** How the shell prints the record: `exchange` as the Exchange Management Shell's remote session
 * does (message and the `+` lines), `local` as Windows PowerShell does for its own errors (with the
 * command name, the position and the source line underlined). */
export type ErrorStyle = 'exchange' | 'local';

export interface ErrorRecord {
  message: string;
  /** ErrorCategory: NotSpecified, ObjectNotFound, InvalidArgument, InvalidData, InvalidOperation, ... */
  category: string;
  /** The exception type, e.g. ManagementObjectNotFoundException. */
  reason: string;
  /** CategoryInfo's `(target:type)`; empty parts print as `(:)`. */
  targetName?: string;
  targetType?: string;
  /** CategoryInfo's `[activity]`: the command that failed, or empty. */
  activity: string;
  /** The name a local-style error starts with (`Name : message`) when it differs from the activity,
   * as for an unknown command, whose CategoryInfo has no activity. */
  invocationName?: string;
  fullyQualifiedErrorId: string;
  style: ErrorStyle;
  /** The source the error is about (the command), for `At line:N char:M` and the failure's line. */
  range?: Range;
  /** The parameter the error is about (-DropDirectory, -Identity), when it is about one. */
  parameter?: string;
  /** The part of the source the editor underlines: that parameter with its value, or the command's name. */
  focus?: Range;
  /** The error may wrap an exception the simulator does not model (a failed conversion, a division
   * by zero): in PowerShell a catch for that inner exception's type would catch it too. */
  innerUnknown?: boolean;
}

/** Ends the current statement; the script continues with the next one. */
export class StatementTerminatingError extends Error {
  /** What the statements it unwound wrote before it (kept for a try statement's catch and finally). */
  output: PsValue[] = [];

  constructor(readonly record: ErrorRecord) {
    super(record.message);
  }
}

/** Ends the whole script (`-ErrorAction Stop`, `$ErrorActionPreference = 'Stop'`, `throw`). */
export class ScriptTerminatingError extends Error {
  /** What the statements it unwound wrote before it, printed before the error. */
  output: PsValue[] = [];

  constructor(readonly record: ErrorRecord, readonly alreadyReported = false) {
    super(record.message);
  }
}

/** An exception that unwinds statements and carries the output they wrote. */
export type Unwinding = StatementTerminatingError | ScriptTerminatingError | FlowSignal;

export function isUnwinding(error: unknown): error is Unwinding {
  return error instanceof StatementTerminatingError || error instanceof ScriptTerminatingError || error instanceof FlowSignal;
}

/**
 * An error only the simulator raises, because it cannot do what the script asks (a construct or a
 * cmdlet it does not run, its loop ceiling). It ends the statement like any statement-terminating
 * error, but no try/catch catches it: PowerShell would have raised nothing there, so running the
 * catch block would be a wrong result.
 */
export class SimulatorLimitError extends StatementTerminatingError {}

/** The simulator stopped the run (cancelled, the statement ceiling): nothing in the script catches it. */
export class RunHaltedError extends ScriptTerminatingError {}

/** A construct the simulator does not run (a class, PowerShell 7 syntax): the statement fails with an
 * error that names it, and `why` when given, rather than running to a wrong result. */
export function notSupported(construct: string, range: Range, why = ''): SimulatorLimitError {
  return new SimulatorLimitError(engineError(`${construct} is not supported by the simulator${why}; the run skipped this statement.`, {
    category: 'NotImplemented', reason: 'NotSupportedException', errorId: 'NotSupportedBySimulator', range,
  }));
}

/**
 * `break`, `continue`, `return` and `exit` unwind to the loop, script block or script that handles
 * them. `output` gathers what the unwound statements wrote before, so it is not lost.
 */
export class FlowSignal extends Error {
  output: PsValue[] = [];

  /** `break outer`, `continue outer`: the label of the loop to leave or continue. */
  label?: string;

  constructor(readonly kind: 'break' | 'continue' | 'return' | 'exit', readonly exitCode = 0) {
    super(kind);
  }
}

/** A record for the engine's own errors, printed PowerShell-style with the source position. */
export function engineError(
  message: string,
  details: { category: string; reason: string; errorId: string; activity?: string; targetName?: string; targetType?: string; range?: Range },
): ErrorRecord {
  return {
    message,
    category: details.category,
    reason: details.reason,
    targetName: details.targetName,
    targetType: details.targetType,
    activity: details.activity ?? '',
    fullyQualifiedErrorId: details.errorId,
    style: 'local',
    range: details.range,
  };
}

/** A run-time failure inside an expression (division by zero, a bad conversion, a bad method call). */
export function runtimeError(message: string, range: Range | undefined, errorId = 'RuntimeException'): ErrorRecord {
  return { ...engineError(message, { category: 'InvalidOperation', reason: 'RuntimeException', errorId, range }), innerUnknown: true };
}

