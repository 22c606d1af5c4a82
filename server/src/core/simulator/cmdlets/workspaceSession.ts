// The SimulatorSession the cmdlets use, over one workspace, built on the simulator foundation: the
// organization from exconn.json, the state in .exconn/ (each change written at once: through
// updateState, or appended to the state journal during a script run), Windows paths mapped and guarded by workspacePaths, folders
// created by storage.ensureFolder, and the tracking log read with the transport's reader.

import * as path from 'node:path';
import type { SimulatorState } from '../../model/simulatorState';
import { serversInUse } from '../../model/serverNames';
import { simulatorClock, type Clock } from '../state/clock';
import { loadOrganization, organizationPaths, serverNames, type Organization } from '../organization/organization';
import { simulatorLayout } from '../workspace/simulatorLayout';
import { connectorCandidate, Identities } from '../../model/identity';
import { JournaledState } from '../state/journaledState';
import { loadState, transportServiceOf, transportSettingsRecordOf, updateState } from '../state/state';
import { applyStateChange, type StateChange } from '../state/stateChange';
import { appendDurably, ensureFolder, fileExists, readInWorkspace, writeFileAtomic } from '../workspace/storage';
import { noteFolderMade } from '../workspace/folderListings';
import { dropDirectoryWindowsPath } from '../transport/dropDirectory';
import { QueueViewer } from '../transport/queueViewer';
import { trackingFolderOf, transportContext } from '../transport/transportContext';
import { entryFromRow } from '../transport/trackingFields';
import { readTrackingRows } from '../transport/trackingLogFiles';
import { mapWindowsPath, resolveWindowsPath, toWindowsPath, type WorkspacePaths } from '../workspace/workspacePaths';
import type {
  ConfigurationObjectState, ConnectorState, OrganizationInfo, PathCheck, SettingValue, SimulatorSession, TrackingEvent,
} from './simulatorSession';

export interface WorkspaceSessionOptions {
  /**
   * The caller holds the workspace lock until it calls `finish()` (a script run). The session then
   * keeps the state in memory instead of re-reading it for every change, and appends each change
   * to the state journal (journaledState.ts), leaving config.json to `finish()`: a killed run keeps
   * every change a finished statement made, and a change costs the same however large the state.
   */
  lockHeld?: boolean;
  /** A clock chosen by the caller (tests); otherwise EXCONN_CLOCK's or exconn.json's, else the
   * simulator's fixed epoch, never the real time (runs must be repeatable). */
  clock?: Clock;
}

export async function openWorkspaceSession(workspace: string, options: WorkspaceSessionOptions = {}): Promise<WorkspaceSession> {
  const root = path.resolve(workspace);
  const organization = await loadOrganization(root);
  const journaled = options.lockHeld === true ? await JournaledState.open(root) : undefined;
  const state = journaled?.state ?? (await loadState(root));
  const clock = simulatorClock(organization.clock, options.clock ? { clock: options.clock } : {});
  return new WorkspaceSession(root, organization, state, clock, journaled);
}

export class WorkspaceSession implements SimulatorSession {
  private readonly paths: WorkspacePaths;

  constructor(
    readonly root: string,
    private readonly definition: Organization,
    private state: SimulatorState,
    private readonly clock: Clock,
    /** For a session whose caller holds the lock: the state in memory, its changes journaled. */
    private readonly journaled?: JournaledState,
  ) {
    this.paths = organizationPaths(root, definition);
    freezeState(state);
  }

  get organization(): OrganizationInfo {
    const declared = this.definition.file !== undefined;
    return {
      servers: declared ? serverNames(this.definition) : this.serversInUse(),
      serversDeclared: declared,
      localServer: this.definition.localServer,
      domainController: this.definition.domainController,
      domain: this.definition.domain,
      organizationName: this.definition.organizationName,
      exchangeVersion: this.definition.exchangeVersion,
    };
  }

  /** Without exconn.json: the default server and every server the state mentions, first use first. */
  private serversInUse(): string[] {
    return serversInUse(serverNames(this.definition), this.state);
  }

  /** The stored connectors themselves, frozen: a change replaces a connector, never edits it. */
  connectors(): ConnectorState[] {
    return [...this.state.connectors];
  }

  /** Built at the first lookup, then kept in step with each connector saved (see keepIdentities). */
  private identities: Identities<ConnectorState> | undefined;

  connectorIdentities(): Identities<ConnectorState> {
    const directory = this.organization;
    this.identities ??= new Identities(this.state.connectors.map((connector) => connectorCandidate(connector, directory)));
    return this.identities;
  }

  async saveConnector(connector: ConnectorState): Promise<void> {
    await this.change({ kind: 'saveConnector', connector });
  }

  async removeConnector(guid: string): Promise<void> {
    await this.change({ kind: 'removeConnector', guid });
  }

  objects(type: string): ConfigurationObjectState[] {
    return [...(this.state.objects?.[type] ?? [])];
  }

  async saveObject(type: string, object: ConfigurationObjectState): Promise<void> {
    await this.change({ kind: 'saveObject', type, object });
  }

  async replaceObjects(type: string, objects: readonly ConfigurationObjectState[]): Promise<void> {
    await this.change({ kind: 'replaceObjects', type, objects: [...objects] });
  }

  async removeObject(type: string, guid: string): Promise<void> {
    await this.change({ kind: 'removeObject', type, guid });
  }

  async queueViewer(): Promise<QueueViewer> {
    return QueueViewer.open(await transportContext(this.root, { clock: this.clock }));
  }

  transportSettings(server: string): Record<string, SettingValue> {
    return transportSettingsRecordOf(this.state, server);
  }

  async saveTransportSettings(server: string, settings: Record<string, SettingValue>): Promise<void> {
    await this.change({ kind: 'saveTransportSettings', server, settings });
  }

  checkPath(windowsPath: string): PathCheck {
    const resolution = resolveWindowsPath(this.paths, windowsPath);
    return resolution.ok ? { ok: true, display: resolution.windowsPath } : { ok: false, reason: `${resolution.problem} ${resolution.fix}` };
  }

  async createFolder(windowsPath: string): Promise<void> {
    // mapWindowsPath refuses paths outside the workspace; ensureFolder checks again, links included.
    const folder = mapWindowsPath(this.paths, windowsPath);
    await ensureFolder(this.root, folder);
    noteFolderMade(folder);
  }

  async appendToFile(windowsPath: string, data: Uint8Array): Promise<string> {
    // mapWindowsPath refuses paths outside the workspace and inside .exconn/; appendDurably checks again, links included.
    const file = mapWindowsPath(this.paths, windowsPath);
    await appendDurably(this.root, file, data);
    return toWindowsPath(this.paths, file) ?? windowsPath;
  }

  async replaceFile(windowsPath: string, data: Uint8Array): Promise<string> {
    // As appendToFile: the mapping refuses what leaves the workspace, the write refuses links out of it.
    const file = mapWindowsPath(this.paths, windowsPath);
    await writeFileAtomic(this.root, file, data);
    return toWindowsPath(this.paths, file) ?? windowsPath;
  }

  async readFile(windowsPath: string): Promise<Uint8Array> {
    return readInWorkspace(this.root, mapWindowsPath(this.paths, windowsPath));
  }

  async fileExists(windowsPath: string): Promise<boolean> {
    const resolution = resolveWindowsPath(this.paths, windowsPath);
    return resolution.ok && await fileExists(resolution.path);
  }

  /** Resolved as the transport resolves it, against the local server's RootDropDirectoryPath. */
  dropDirectoryPath(connector: ConnectorState): string {
    return dropDirectoryWindowsPath(connector, transportServiceOf(this.state, this.organization.localServer));
  }

  async trackingEvents(): Promise<TrackingEvent[]> {
    const settings = transportServiceOf(this.state, this.organization.localServer);
    const folder = trackingFolderOf(this.paths, simulatorLayout(this.root), settings);
    return (await readTrackingRows(this.root, folder)).map((row) => entryFromRow(row));
  }

  now(): Date {
    return this.clock.now();
  }

  /** Writes a lockHeld session's changes into config.json, durably; call it before the lock is let go. */
  async finish(): Promise<void> {
    await this.journaled?.finish();
  }

  /** Applies a change to the stored state (under the workspace lock) and keeps the result in memory. */
  private async change(change: StateChange): Promise<void> {
    if (this.journaled) {
      const position = change.kind === 'saveConnector' ? this.identities?.positionOf(change.connector.guid) : undefined;
      freezeChanged(await this.journaled.apply(change));
      this.keepIdentities(change, position);
      return;
    }
    this.state = await updateState(this.root, (draft) => {
      // A copy goes to the draft: what a cmdlet handed in stays its own.
      applyStateChange(draft, structuredClone(change));
      return freezeState(structuredClone(draft));
    });
    // The state was read afresh, with whatever else changed it meanwhile.
    this.identities = undefined;
  }

  /**
   * Puts a saved connector into the identities at the place applyStateChange gave it (the one of
   * its GUID, or the end), so a lookup costs the same however many connectors there are. Anything
   * else that changes the connectors (a removal moves the ones after it) indexes them afresh.
   */
  private keepIdentities(change: StateChange, position: number | undefined): void {
    if (!this.identities) return;
    if (change.kind === 'saveConnector' && position !== undefined) {
      this.identities.put(position, connectorCandidate(this.state.connectors[position], this.organization));
    } else if (change.kind === 'removeConnector') {
      this.identities = undefined;
    }
  }
}

/** Freezes each connector and object and their lists, so handing them out cannot let a caller change the state. */
function freezeState(state: SimulatorState): SimulatorState {
  Object.values(state.objects ?? {}).flat().forEach(freezeObject);
  state.connectors.forEach(freezeConnector);
  return state;
}

/** freezeState for the parts one change put into the state (the rest was frozen before). */
function freezeChanged(change: StateChange): void {
  if (change.kind === 'saveConnector') freezeConnector(change.connector);
  else if (change.kind === 'saveObject') freezeObject(change.object);
  else if (change.kind === 'replaceObjects') change.objects.forEach(freezeObject);
}

function freezeObject(object: ConfigurationObjectState): void {
  if (Object.isFrozen(object)) return;
  for (const value of Object.values(object.settings)) if (Array.isArray(value)) Object.freeze(value);
  Object.freeze(object.settings);
  Object.freeze(object);
}

function freezeConnector(connector: ConnectorState): void {
  if (Object.isFrozen(connector)) return;
  Object.freeze(connector.addressSpaces);
  Object.freeze(connector.sourceTransportServers);
  if (connector.settings) Object.freeze(connector.settings);
  Object.freeze(connector);
}
