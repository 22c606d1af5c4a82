// Which path parameters the simulator maps into the workspace, refusing a value that would land
// outside it (an unmapped drive or share, '..' above a root, a link that leaves, .exconn/): the
// Transport service's folders (Set-TransportService and Set-TransportServer: Pickup, Replay,
// RootDropDirectoryPath, the log folders) and a Foreign connector's DropDirectory. The run refuses
// these (simulator cmdlets), and the checker warns of the same ones before the run
// (analysis/workspacePathCheck.ts), in the run's words (pathRefusedMessage).

import type { ParameterSpec } from '../catalog/types';

/** `folder`: the value is the path itself; `dropDirectory`: a full path, or a name under RootDropDirectoryPath. */
export type WorkspacePathKind = 'folder' | 'dropDirectory';

const TRANSPORT_SERVICE = /^Set-Transport(?:Service|Server)$/i;
const FOREIGN_CONNECTOR = /^(?:New|Set)-ForeignConnector$/i;

export function workspacePathKind(cmdlet: string, parameter: ParameterSpec): WorkspacePathKind | undefined {
  if (parameter.type.kind !== 'path') return undefined;
  if (TRANSPORT_SERVICE.test(cmdlet)) return 'folder';
  if (FOREIGN_CONNECTOR.test(cmdlet) && parameter.name === 'DropDirectory') return 'dropDirectory';
  return undefined;
}

/** Why a path cannot be used in this workspace, and how to fix it: what the path resolver says. */
export interface WorkspacePathProblem {
  problem: string;
  fix: string;
}

/** The one wording of a refused path, in the run's error record and the checker's warning alike. */
export function pathRefusedMessage(path: string, parameter: string, reason: WorkspacePathProblem | string): string {
  const because = typeof reason === 'string' ? reason : `${reason.problem} ${reason.fix}`;
  return `The path '${path}' given to -${parameter} can't be used: ${because}`;
}
