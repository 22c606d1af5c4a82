// A path the simulator maps into the workspace that would land outside it, reported before the run:
// `-DropDirectory "D:\Gateway\Drop"` with D: unmapped, `..` above a root, a folder in .exconn/.
// Which parameters count is model/workspacePathParameters.ts; whether a path lands inside is the
// simulator's own resolver, handed over in the workspace facts; the words are the run's.

import type { CommandBinding } from '../binding/binding';
import type { Finding } from '../binding/finding';
import type { WorkspaceFacts } from '../model/workspaceFacts';
import { pathRefusedMessage, workspacePathKind } from '../model/workspacePathParameters';
import type { DocumentAnalysis } from './documentAnalysis';
import { staticValueOf } from './staticValue';

export const PATH_OUTSIDE_WORKSPACE = 'path-outside-workspace';

export function checkWorkspacePaths(document: DocumentAnalysis, facts: WorkspaceFacts): Finding[] {
  const check = facts.checkWorkspacePath;
  if (!check) return [];
  return document.bindings.flatMap((binding) => workspacePaths(binding).flatMap(({ bound, kind, path }) => {
    const problem = check(path, kind);
    return problem ? [{ code: PATH_OUTSIDE_WORKSPACE, range: bound.value!.range, message: pathRefusedMessage(path, bound.parameter.name, problem) }] : [];
  }));
}

/** Whether the command gives such a path (a long script keeps only the bindings its checks read). */
export function readsWorkspacePath(binding: CommandBinding): boolean {
  return workspacePaths(binding).length > 0;
}

function workspacePaths(binding: CommandBinding) {
  const cmdlet = binding.cmdlet;
  if (!cmdlet) return [];
  return binding.bound.flatMap((bound) => {
    const kind = workspacePathKind(cmdlet.name, bound.parameter);
    if (!kind || !bound.value) return [];
    const value = staticValueOf(bound.value);
    return value.kind === 'string' && value.value.trim() !== '' ? [{ bound, kind, path: value.value }] : [];
  });
}
