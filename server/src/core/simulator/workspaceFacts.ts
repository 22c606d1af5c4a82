// The one loader of a workspace's facts (model/workspaceFacts.ts): exconn.json's servers and the
// connectors saved in .exconn/config.json. `exconn check` and the language server both call it, so
// both check a folder against the same servers and the same existing connectors.

import type { SimulatorState } from '../model/simulatorState';
import type { WorkspaceFacts } from '../model/workspaceFacts';
import { serversInUse } from '../model/serverNames';
import type { ExconnJsonProblem } from './errors';
import type { WorkspacePathKind, WorkspacePathProblem } from '../model/workspacePathParameters';
import { defaultOrganization, loadOrganization, loadOrganizationLeniently, organizationPaths, serverNames, type Organization } from './organization/organization';
import { parseWindowsPath } from './workspace/windowsPath';
import { resolveWindowsPath, type WorkspacePaths } from './workspace/workspacePaths';
import { emptyState, loadState } from './state/state';

export interface WorkspaceFactsOptions {
  /**
   * What a damaged exconn.json or state file does: `throw` its error (ExconnJsonError naming file
   * and line, StateFileError), as `exconn check` reports it; or `useDefaults` (the default
   * organization, no saved connectors), as the editor does, whose simulator commands report the
   * problem when they run.
   */
  onUnreadable?: 'throw' | 'useDefaults';
}

export async function loadWorkspaceFacts(root: string, options: WorkspaceFactsOptions = {}): Promise<WorkspaceFacts> {
  const tolerant = options.onUnreadable === 'useDefaults';
  const organization = await orDefault<Organization>(() => loadOrganization(root), defaultOrganization, tolerant);
  const state = await orDefault<SimulatorState>(() => loadState(root), emptyState, tolerant);
  return factsOf(root, organization, state);
}

/** What `exconn check` checks against: the facts from what exconn.json lets be read, and what is wrong with it. */
export interface CheckFacts {
  facts: WorkspaceFacts;
  /** exconn.json's problems, with line and column (1-based), to report as its diagnostics. */
  organizationProblems: { file: string; problems: ExconnJsonProblem[] };
}

/** loadWorkspaceFacts for `exconn check`: an invalid exconn.json is reported, not fatal (a damaged state file still throws). */
export async function loadCheckFacts(root: string): Promise<CheckFacts> {
  const { organization, problems, file } = await loadOrganizationLeniently(root);
  return { facts: factsOf(root, organization, await loadState(root)), organizationProblems: { file, problems } };
}

function factsOf(root: string, organization: Organization, state: SimulatorState): WorkspaceFacts {
  const servers = serverNames(organization);
  const paths = organizationPaths(root, organization);
  return {
    checkWorkspacePath: (text, kind) => workspacePathProblem(paths, text, kind),
    // Without exconn.json the organization is unknown, so any server name passes the check.
    ...(organization.file !== undefined ? { declaredServers: servers } : { serversInUse: serversInUse(servers, state) }),
    servers,
    simulatedConnectors: state.connectors,
    directory: { organizationName: organization.organizationName, domain: organization.domain },
    exchangeVersion: organization.exchangeVersion,
  };
}

/** What the run's resolver says of a path; a Drop directory name under RootDropDirectoryPath is left to the run, which knows the root. */
function workspacePathProblem(paths: WorkspacePaths, text: string, kind: WorkspacePathKind): WorkspacePathProblem | undefined {
  const parsed = parseWindowsPath(text);
  if (kind === 'dropDirectory' && parsed.ok && parsed.path.kind === 'relative') return undefined;
  const resolution = resolveWindowsPath(paths, text);
  return resolution.ok ? undefined : { problem: resolution.problem, fix: resolution.fix };
}

async function orDefault<T>(read: () => Promise<T>, fallback: () => T, tolerant: boolean): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!tolerant) throw error;
    return fallback();
  }
}
