// Runs a parsed script the way the Exchange Management Shell runs a .ps1 file: statement by
// statement, printing each top-level statement's output in its default format, printing errors as
// they happen, stopping early only for a script-terminating error or `exit`. A script with syntax
// errors does not run at all, as in PowerShell.

import type { Script } from '../../syntax/ast';
import { errorMessage } from '../errors';
import { systemError } from '../workspace/fileFault';
import { formatParseErrors } from './errorFormat';
import { engineError, FlowSignal, ScriptTerminatingError } from './errorRecord';
import { printError } from './errorReporting';
import { hostViews } from './format/objectFormatting';
import type { PsValue } from './psValue';
import type { Frame, RunContext } from './runContext';
import { Scope } from './scope';
import { runStatement } from './statements';

export async function interpretScript(script: Script, run: RunContext): Promise<void> {
  if (script.diagnostics.length > 0) {
    reportSyntaxErrors(script, run);
    return;
  }
  const frame: Frame = { run, scope: automaticVariables(run) };
  for (const statement of script.statements) {
    const stop = await runTopLevel(statement, frame);
    if (stop) break;
  }
  run.transcript.close();
}

function automaticVariables(run: RunContext): Scope {
  const scope = new Scope();
  scope.set('ErrorActionPreference', 'Continue');
  scope.set('WhatIfPreference', run.whatIf);
  scope.set('FormatEnumerationLimit', 4);
  return scope;
}

/** Runs one top-level statement and prints its output; returns true when the script must stop. */
async function runTopLevel(statement: Script['statements'][number], frame: Frame): Promise<boolean> {
  try {
    await printOutput(await runStatement(statement, frame), frame);
    return false;
  } catch (error) {
    if (error instanceof ScriptTerminatingError) {
      await printOutput(error.output, frame);
      if (!error.alreadyReported) printError(frame.run, error.record);
      return true;
    }
    // `exit`, or `return`/`break`/`continue` outside a loop or function, end the script.
    if (error instanceof FlowSignal) {
      await printOutput(error.output, frame);
      return true;
    }
    // A fault of the disk (full, a name too long): say it in words against the statement and stop.
    const fault = systemError(error);
    if (fault) {
      printError(frame.run, engineError(errorMessage(error), { category: 'WriteError', reason: fault.code, errorId: 'SimulatorFileFault', range: statement.range }));
      return true;
    }
    // A fault of the simulator itself: report it against the statement and stop, rather than
    // lose the whole run's output.
    printError(frame.run, engineError(`The simulator failed while running this statement: ${error instanceof Error ? error.message : String(error)}`, {
      category: 'NotSpecified', reason: error instanceof Error ? error.name : 'Error', errorId: 'SimulatorInternalError', range: statement.range,
    }));
    return true;
  }
}

async function printOutput(values: PsValue[], frame: Frame): Promise<void> {
  if (values.length === 0) return;
  for (const view of await hostViews(values, frame)) frame.run.transcript.writeView(view);
}

function reportSyntaxErrors(script: Script, run: RunContext): void {
  run.transcript.write(formatParseErrors(script.diagnostics, run.source), 'error');
  for (const diagnostic of script.diagnostics) {
    run.transcript.fail({ line: run.source.lines.positionAt(diagnostic.range.start).line, message: diagnostic.message });
  }
}
