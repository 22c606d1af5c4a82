// The simulator's error types. Each one says what is wrong, where (file, line, path) and how to fix
// it, because the people who see them are administrators testing scripts, not the code's authors.
import { describeFileFault, systemError } from './workspace/fileFault';

/** A problem the user can fix. `fix` is the sentence that tells them how; it ends the message. */
export class SimulatorError extends Error {
  constructor(
    readonly problem: string,
    readonly fix?: string,
  ) {
    super(fix ? `${problem} ${fix}` : problem);
    this.name = new.target.name;
  }
}

/** A Windows or workspace path that would lead outside the workspace (or into the simulator's own folder). */
export class PathRefusedError extends SimulatorError {
  constructor(
    /** The path as the user or script wrote it. */
    readonly requestedPath: string,
    problem: string,
    fix: string,
  ) {
    super(problem, fix);
  }
}

/** One thing wrong in exconn.json, with its place. */
export interface ExconnJsonProblem {
  line: number;
  column: number;
  /** The JSON path of the offending key (`servers[1].name`), when the problem is about a key. */
  key?: string;
  message: string;
}

/** exconn.json cannot be used: invalid JSON, unknown keys or wrong types. Lists every problem found. */
export class ExconnJsonError extends SimulatorError {
  constructor(
    readonly file: string,
    readonly problems: readonly ExconnJsonProblem[],
  ) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
  }
}

/** The workspace lock is held by another live process for longer than we may wait. */
export class WorkspaceLockError extends SimulatorError {}

/** A file the simulator keeps under `.exconn/` is damaged (invalid JSON, wrong shape). */
export class StateFileError extends SimulatorError {
  constructor(
    readonly file: string,
    problem: string,
    fix = 'Restore the file from version control, or delete it to start again from Exchange\'s defaults.',
  ) {
    super(`${file}: ${problem}`, fix);
  }
}

/** What to tell the user about `error`: a file-system fault in words (fileFault.ts), else its message. */
export function errorMessage(error: unknown): string {
  return describeFileFault(error);
}

/** A fault of the file system (full disk, name too long...) or a refusal of the simulator, as opposed to a bug. */
export function isFileFault(error: unknown): boolean {
  return error instanceof SimulatorError || systemError(error) !== undefined;
}
