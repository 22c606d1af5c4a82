// The simulator foundation in one import, for the interpreter, the language server and the CLI:
// the organization (exconn.json), the persisted state (.exconn/config.json) and its lock, Windows
// path mapping with the workspace guard, durable storage, the clock and deterministic GUIDs. The
// transport service has its own surface in ./transport.

export { CLOCK_ENVIRONMENT_VARIABLE, fixedClock, simulatorClock, systemClock, type Clock, type ClockChoice } from './clock';
export { errorMessage, ExconnJsonError, PathRefusedError, SimulatorError, StateFileError, WorkspaceLockError, type ExconnJsonProblem } from './errors';
export {
  canonicalAddressSpace, createForeignConnector, foreignConnectorGuid, isSourceServer, parsedAddressSpaces,
  type GivenProperties,
} from './foreignConnectors';
export { contentHash, deterministicGuid } from './guid';
export {
  DEFAULT_ORGANIZATION, defaultDomain, defaultOrganization, findContact, findMailbox, findServer, isAcceptedDomain, loadOrganization,
  loadOrganizationSync, localServerFqdn, organizationPaths, parseOrganization, serverNames,
  type ContactDefinition, type MailboxDefinition, type Organization, type ServerDefinition, type ServerRole,
} from './organization';
export { checkInsideWorkspace, assertInsideWorkspace } from './pathGuard';
export { mailboxFolderOf, simulatorLayout, ORGANIZATION_FILE, SIMULATOR_FOLDER, type SimulatorLayout } from './simulatorLayout';
export {
  emptyState, loadState, setTransportSettingsRecord, transportServiceOf, transportSettingsRecordOf, updateState,
} from './state';
export { ensureFolder, readJsonFile, writeFileAtomic, writeJsonAtomic } from './storage';
export { effectiveTransportSettings, storedSizeOf, type TransportServiceSettings } from './transportSettings';
export { withWorkspaceLock, type LockOptions } from './workspaceLock';
export {
  canonicalWindowsRoot, mapWindowsPath, resolveWindowsPath, toWindowsPath, workspacePaths, workspaceRelative,
  type PathMapping, type PathResolution, type ResolveOptions, type WorkspacePaths,
} from './workspacePaths';
