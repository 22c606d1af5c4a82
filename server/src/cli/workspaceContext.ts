// The workspace a script belongs to (the folder of the nearest exconn.json above it, or the
// script's own folder) and what the checks need from it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceContext } from '../core/analysis/workspaceChecks';
import { loadOrganizationSync, serverNames } from '../core/simulator/organization';
import { UsageError } from './io';

export function workspaceRootOf(file: string): string {
  const start = path.dirname(path.resolve(file));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'exconn.json'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** Servers are checked only when the workspace declares them in exconn.json. */
export function workspaceContextFor(root: string): WorkspaceContext {
  if (!fs.existsSync(path.join(root, 'exconn.json'))) return {};
  try {
    return { servers: serverNames(loadOrganizationSync(root)) };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
