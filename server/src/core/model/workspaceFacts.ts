// What a workspace knows besides its scripts: the servers exconn.json declares, the server names to
// offer, and the connectors the simulator has saved (by an earlier run, of any script). `exconn
// check` and the language server read it through one loader (simulator/workspaceFacts.ts), so both
// give the same diagnostics on the same folder.

import type { ExchangeVersion } from '../catalog/types';
import type { DirectoryScope } from './directoryNames';
import type { ForeignConnectorState } from './foreignConnector';
import type { WorkspacePathKind, WorkspacePathProblem } from './workspacePathParameters';

export interface WorkspaceFacts {
  /** exconn.json's servers; undefined when the workspace has no exconn.json, which turns the server check off. */
  declaredServers?: readonly string[];
  /**
   * Without exconn.json: the servers known before the scripts (the default server, those the saved
   * state names), which turns on the warning for a server named for the first time; undefined with
   * exconn.json (its servers are declared) and in hand-built facts.
   */
  serversInUse?: readonly string[];
  /** Server names to offer in completion (exconn.json's, or the default organization's). */
  servers: readonly string[];
  /** Connectors in the simulator's saved state (.exconn/config.json): scripts may name them without creating them. */
  simulatedConnectors: readonly ForeignConnectorState[];
  /** The organization's directory, for the distinguished names of the saved connectors; unknown in hand-built facts. */
  directory?: DirectoryScope;
  /** The Exchange version the scripts are checked against; Exchange 2013 when absent. */
  exchangeVersion?: ExchangeVersion;
  /**
   * Whether a path lands inside the workspace, answered by the simulator's own path resolver (its
   * mappings from exconn.json and the editor settings); undefined when fine, or when the answer
   * depends on what only the run knows (a Drop directory name under RootDropDirectoryPath). Absent in
   * hand-built facts, which turns the check off.
   */
  checkWorkspacePath?: (path: string, kind: WorkspacePathKind) => WorkspacePathProblem | undefined;
}

/** A workspace with no exconn.json and no saved state. */
export const NO_WORKSPACE_FACTS: WorkspaceFacts = Object.freeze({ servers: [], simulatedConnectors: [] });
