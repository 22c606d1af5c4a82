// Runs a connector script in the simulator: the API the language server (`exconn.runScript`) and
// the CLI (`exconn run`) share. The whole run holds the workspace lock, so a transport pass or a
// second run cannot interleave with it, and its output depends only on the script and the state
// it starts from.

import * as path from 'node:path';
import type { CommandBinding } from '../binding/binding';
import { parseScript } from '../syntax/parser';
import { LineIndex } from '../syntax/positions';
import type { Clock } from './state/clock';
import { findImplementation } from './cmdlets/registry';
import { openWorkspaceSession } from './cmdlets/workspaceSession';
import { errorMessage, SimulatorError } from './errors';
import { interpretScript } from './interpreter/interpreter';
import { defaultBudget, type Engine, type RunContext } from './interpreter/runContext';
import { collectStatements, valueOfStatement } from './interpreter/statements';
import { expandString } from './interpreter/stringExpansion';
import { Transcript, type Failure, type TranscriptEntry } from './interpreter/transcript';
import { loadOrganization, organizationPaths } from './organization/organization';
import { startOverHint } from './resetOrganization';
import { withWorkspaceLock } from './workspace/workspaceLock';
import { toWindowsPath } from './workspace/workspacePaths';

export interface RunScriptOptions {
  /** The workspace folder that stands for the Exchange server. */
  workspace: string;
  /** Where the script is, for the `At C:\script.ps1:3 char:1` lines of errors. */
  scriptPath?: string;
  text: string;
  /** Run every changing cmdlet as with -WhatIf. */
  whatIf?: boolean;
  /** A clock for tests; otherwise EXCONN_CLOCK, exconn.json's `clock`, or the simulator's fixed epoch. */
  clock?: Clock;
  /** Told how each cmdlet call bound, before it runs (tests compare it with the editor's binding). */
  observeBinding?: (binding: CommandBinding) => void;
  /** Stops the run before its next statement; the statements that ran stay done, as after a kill. */
  signal?: AbortSignal;
}

export interface RunScriptResult {
  /** What the shell would print, results and errors interleaved. */
  output: string;
  /** False when any statement failed. */
  success: boolean;
  /** The statements that failed, with 0-based lines. */
  failures: Failure[];
  /** How to start over, when a statement failed because what it creates exists already (resetOrganization.ts). */
  startOverHint?: string;
}

export interface RunScriptTranscript extends RunScriptResult {
  /** The output split by stream (results, errors), in order, for callers that print them apart. */
  entries: TranscriptEntry[];
}

export async function runScript(options: RunScriptOptions): Promise<RunScriptResult> {
  const { output, success, failures, startOverHint: hint } = await runScriptWithTranscript(options);
  return { output, success, failures, ...(hint ? { startOverHint: hint } : {}) };
}

export async function runScriptWithTranscript(options: RunScriptOptions): Promise<RunScriptTranscript> {
  const workspace = path.resolve(options.workspace);
  const transcript = new Transcript();
  try {
    // A what-if run changes nothing, so it needs no lock (and leaves no trace in the workspace).
    if (options.whatIf) await runLocked(workspace, options, transcript);
    else await withWorkspaceLock(workspace, () => runLocked(workspace, options, transcript));
  } catch (error) {
    // The workspace cannot be used (invalid exconn.json, damaged state, lock held): one failure.
    if (!(error instanceof SimulatorError)) throw error;
    transcript.write([errorMessage(error), ''], 'error');
    transcript.fail({ line: 0, message: errorMessage(error) });
  }
  const hint = startOverHint(transcript.failures);
  return { output: transcript.text(), success: transcript.failures.length === 0, failures: transcript.failures, entries: transcript.entries, ...(hint ? { startOverHint: hint } : {}) };
}

/** The interpreter wired to itself and to the simulator's cmdlets (see Engine). */
const INTERPRETER_ENGINE: Engine = { collectStatements, valueOfStatement, expandString, findImplementation };

async function runLocked(workspace: string, options: RunScriptOptions, transcript: Transcript): Promise<void> {
  // Outside a what-if run the caller holds the workspace lock for the whole script (see above).
  const session = await openWorkspaceSession(workspace, { ...(options.clock ? { clock: options.clock } : {}), lockHeld: !options.whatIf });
  const text = options.text;
  const run: RunContext = {
    source: { text, lines: new LineIndex(text), displayName: await scriptDisplayName(workspace, options.scriptPath) },
    transcript,
    simulator: session,
    whatIf: options.whatIf === true,
    functions: new Map(),
    budget: { ...defaultBudget(), ...(options.signal ? { signal: options.signal } : {}) },
    tryDepth: 0,
    redirects: [],
    engine: INTERPRETER_ENGINE,
    observeBinding: options.observeBinding,
  };
  try {
    await interpretScript(parseScript(text), run);
  } finally {
    await session.finish();
  }
}

/**
 * The script as the simulated server sees it: inside the workspace it is on C: (or a mapped drive),
 * e.g. `C:\01-create-connector.ps1`, so the name is the same wherever the workspace is; outside it,
 * just the file name.
 */
async function scriptDisplayName(workspace: string, scriptPath: string | undefined): Promise<string | undefined> {
  if (!scriptPath) return undefined;
  const organization = await loadOrganization(workspace);
  return toWindowsPath(organizationPaths(workspace, organization), path.resolve(scriptPath)) ?? path.basename(scriptPath);
}
