// The last line of defence for every write: the target must be inside the workspace, both by its
// name and after following symbolic links. A link anywhere along the path that points outside (for
// example `Drop -> /etc`) is caught by resolving the deepest part of the path that exists.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { PathRefusedError } from '../errors';

export type ContainmentCheck = { ok: true } | { ok: false; problem: string };

/** Whether `target` (absolute) lies inside `root`, lexically and after resolving symbolic links. */
export function checkInsideWorkspace(root: string, target: string): ContainmentCheck {
  const absoluteRoot = path.resolve(root);
  const absoluteTarget = path.resolve(target);
  if (!isWithin(absoluteRoot, absoluteTarget)) {
    return { ok: false, problem: `${absoluteTarget} is outside the workspace ${absoluteRoot}.` };
  }
  const realRoot = realPathOf(absoluteRoot);
  const { existing, real } = deepestExisting(absoluteTarget);
  if (real === undefined) {
    return { ok: false, problem: `${existing} cannot be resolved (${linkTarget(existing)}); writing through it could create files outside the workspace.` };
  }
  if (!isWithin(realRoot, real)) {
    return { ok: false, problem: `${existing} is (or goes through) a symbolic link to ${real}, which is outside the workspace ${realRoot}.` };
  }
  return { ok: true };
}

/**
 * Throws PathRefusedError unless the file `target` names is inside the workspace once links are
 * followed: the rule for every read of a workspace file (the state, exconn.json, the logs, queued
 * messages), so a link that leaves the workspace never brings outside data into output. Links that
 * stay inside are fine.
 */
export function assertReadInsideWorkspace(root: string, target: string): void {
  const check = checkInsideWorkspace(root, target);
  if (!check.ok) {
    throw new PathRefusedError(target, `Refused to read ${target}: ${check.problem}`,
      'The simulator reads only files inside the workspace; replace the link with the file itself, or point it at a file inside the workspace.');
  }
}

/** Throws PathRefusedError unless `target` is inside the workspace. `what` says what was about to happen. */
export function assertInsideWorkspace(root: string, target: string, what: string): void {
  const check = checkInsideWorkspace(root, target);
  if (!check.ok) {
    throw new PathRefusedError(target, `Refused to ${what}: ${check.problem}`,
      'The simulator only writes inside the workspace; point the setting at a folder in the workspace, or remove the symbolic link.');
  }
}

export function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function linkTarget(entry: string): string {
  try {
    return `a symbolic link to ${fs.readlinkSync(entry)}, which does not exist`;
  } catch {
    return 'it is not readable';
  }
}

/** The real path of `target`, or `target` itself when it cannot be resolved (it does not exist yet). */
export function realPathOf(target: string): string {
  try {
    return fs.realpathSync.native(target);
  } catch {
    return target;
  }
}

/**
 * The deepest existing ancestor of `target` (or `target` itself) and its real path. An entry that
 * exists but cannot be resolved is a dangling symbolic link: writing through it would create its
 * target wherever it points, so it is reported as leading nowhere safe.
 */
function deepestExisting(target: string): { existing: string; real: string | undefined } {
  let current = target;
  for (;;) {
    if (entryExists(current)) {
      try {
        return { existing: current, real: fs.realpathSync.native(current) };
      } catch {
        return { existing: current, real: undefined };
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return { existing: current, real: current };
    current = parent;
  }
}

function entryExists(target: string): boolean {
  try {
    fs.lstatSync(target);
    return true;
  } catch {
    return false;
  }
}
