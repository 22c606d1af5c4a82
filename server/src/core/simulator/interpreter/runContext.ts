// Everything one run of a script shares (the source, what it prints, the simulator it changes) and
// the frame each piece of code runs in (the run plus its variable scope).

import type { CommandBinding } from '../../binding/binding';
import type { FunctionStatement, Statement, StringLiteral } from '../../syntax/ast';
import type { CmdletImplementation } from '../cmdlets/cmdlet';
import type { SimulatorSession } from '../cmdlets/simulatorSession';
import type { ScriptSource } from './errorFormat';
import type { PsValue } from './psValue';
import type { Scope } from './scope';
import type { StreamRedirects } from './streamRedirects';
import type { Transcript } from './transcript';

export interface RunContext {
  source: ScriptSource;
  transcript: Transcript;
  /** The organization and its configuration, read and changed only through the simulator foundation. */
  simulator: SimulatorSession;
  /** `--whatif` for the whole run: every cmdlet that changes something behaves as if given -WhatIf. */
  whatIf: boolean;
  /** Functions the script defines, by lower-case name. */
  functions: Map<string, FunctionStatement>;
  /** Limits that keep a runaway script from hanging the language server. */
  budget: RunBudget;
  /** How many try blocks the running code is inside, at any call depth: there a terminating error
   * goes to the catch blocks instead of being reported where it happens. */
  tryDepth: number;
  /** The stream redirections in force, innermost last (streamRedirects.ts). */
  redirects: StreamRedirects[];
  /** The interpreter's own entry points and the cmdlets, wired once by the caller (see Engine). */
  engine: Engine;
  /** Told how each cmdlet call bound, before it runs (tests compare it with the editor's binding). */
  observeBinding?: (binding: CommandBinding) => void;
}

/**
 * What the interpreter reaches through the run instead of importing: statements run expressions and
 * expressions run statements (`$( )`, `@( )`, a string's `$(...)`), script blocks run statements,
 * and the cmdlets call back into script blocks. Passing these in keeps the modules' import graph
 * free of cycles, so each module loads and tests on its own. runScript.ts wires the real ones.
 */
export interface Engine {
  collectStatements(statements: Statement[], frame: Frame): Promise<PsValue[]>;
  valueOfStatement(statement: Statement, frame: Frame): Promise<PsValue>;
  expandString(literal: StringLiteral, frame: Frame): Promise<string>;
  /** The simulator's implementation of a catalog cmdlet (cmdlets/registry.ts). */
  findImplementation(cmdletName: string): CmdletImplementation | undefined;
}

export interface RunBudget {
  /** Statements run so far, against `maxStatements`. */
  statements: number;
  maxStatements: number;
  /** Nested function and script block calls, against `maxCallDepth`. */
  callDepth: number;
  maxCallDepth: number;
  /** Stops the run before its next statement (the editor's Cancel); what ran before stays done. */
  signal?: AbortSignal;
}

/** PowerShell stops at a call depth of 100; the statement ceiling is the simulator's own. */
export function defaultBudget(): RunBudget {
  return { statements: 0, maxStatements: 1_000_000, callDepth: 0, maxCallDepth: 100 };
}

export interface Frame {
  run: RunContext;
  scope: Scope;
}

export function childFrame(frame: Frame): Frame {
  return { run: frame.run, scope: frame.scope.child() };
}
