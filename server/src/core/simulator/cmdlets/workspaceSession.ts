// The SimulatorSession the cmdlets use, over one workspace, built on the simulator foundation: the
// organization from exconn.json, the state in .exconn/config.json (each change written at once,
// atomically, through updateState), Windows paths mapped and guarded by workspacePaths, folders
// created by storage.ensureFolder, and the tracking log read with the transport's reader.

import * as path from 'node:path';
import type { SimulatorState } from '../../model/simulatorState';
import { serversInUse } from '../../model/serverNames';
import { simulatorClock, type Clock } from '../state/clock';
import { loadOrganization, organizationPaths, serverNames, type Organization } from '../organization/organization';
import { simulatorLayout } from '../workspace/simulatorLayout';
import {
  flushState, loadState, saveState, setTransportSettingsRecord, transportServiceOf, transportSettingsRecordOf, updateState,
} from '../state/state';
import { appendDurably, ensureFolder, fileExists, readInWorkspace, writeFileAtomic } from '../workspace/storage';
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
   * keeps the state in memory instead of re-reading it for every change, and writes each change
   * atomically without flushing, leaving the flush to `finish()`: a killed run keeps every change a
   * finished statement made, and a long script is not held up by two disk flushes per statement.
   */
  lockHeld?: boolean;
  /** A clock chosen by the caller (tests); otherwise EXCONN_CLOCK's or exconn.json's, else the
   * simulator's fixed epoch, never the real time (runs must be repeatable). */
  clock?: Clock;
}

export async function openWorkspaceSession(workspace: string, options: WorkspaceSessionOptions = {}): Promise<WorkspaceSession> {
  const root = path.resolve(workspace);
  const organization = await loadOrganization(root);
  const state = await loadState(root);
  const clock = simulatorClock(organization.clock, options.clock ? { clock: options.clock } : {});
  return new WorkspaceSession(root, organization, state, clock, options.lockHeld === true);
}

export class WorkspaceSession implements SimulatorSession {
  private readonly paths: WorkspacePaths;

  constructor(
    readonly root: string,
    private readonly definition: Organization,
    private state: SimulatorState,
    private readonly clock: Clock,
    private readonly lockHeld = false,
  ) {
    this.paths = organizationPaths(root, definition);
    freezeConnectors(state);
  }

  /** True when changes were written without a flush (lockHeld sessions). */
  private unflushed = false;

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

  async saveConnector(connector: ConnectorState): Promise<void> {
    await this.change((draft) => {
      const index = draft.connectors.findIndex((existing) => existing.guid === connector.guid);
      if (index >= 0) draft.connectors[index] = structuredClone(connector);
      else draft.connectors.push(structuredClone(connector));
    });
  }

  async removeConnector(guid: string): Promise<void> {
    await this.change((draft) => {
      draft.connectors = draft.connectors.filter((connector) => connector.guid !== guid);
    });
  }

  objects(type: string): ConfigurationObjectState[] {
    return [...(this.state.objects?.[type] ?? [])];
  }

  async saveObject(type: string, object: ConfigurationObjectState): Promise<void> {
    await this.change((draft) => {
      const list = [...(draft.objects?.[type] ?? [])];
      const index = list.findIndex((existing) => existing.guid === object.guid);
      if (index >= 0) list[index] = structuredClone(object);
      else list.push(structuredClone(object));
      draft.objects = { ...draft.objects, [type]: list };
    });
  }

  async replaceObjects(type: string, objects: readonly ConfigurationObjectState[]): Promise<void> {
    await this.change((draft) => {
      draft.objects = { ...draft.objects, [type]: objects.map((object) => structuredClone(object)) };
    });
  }

  async removeObject(type: string, guid: string): Promise<void> {
    await this.change((draft) => {
      draft.objects = { ...draft.objects, [type]: (draft.objects?.[type] ?? []).filter((object) => object.guid !== guid) };
    });
  }

  async queueViewer(): Promise<QueueViewer> {
    return QueueViewer.open(await transportContext(this.root, { clock: this.clock }));
  }

  transportSettings(server: string): Record<string, SettingValue> {
    return transportSettingsRecordOf(this.state, server);
  }

  async saveTransportSettings(server: string, settings: Record<string, SettingValue>): Promise<void> {
    await this.change((draft) => setTransportSettingsRecord(draft, server, settings));
  }

  checkPath(windowsPath: string): PathCheck {
    const resolution = resolveWindowsPath(this.paths, windowsPath);
    return resolution.ok ? { ok: true, display: resolution.windowsPath } : { ok: false, reason: `${resolution.problem} ${resolution.fix}` };
  }

  async createFolder(windowsPath: string): Promise<void> {
    // mapWindowsPath refuses paths outside the workspace; ensureFolder checks again, links included.
    await ensureFolder(this.root, mapWindowsPath(this.paths, windowsPath));
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

  /** Makes the changes of a lockHeld session durable; call it before the lock is let go. */
  async finish(): Promise<void> {
    if (!this.unflushed) return;
    await flushState(this.root);
    this.unflushed = false;
  }

  /** Applies a change to the stored state (under the workspace lock) and keeps the result in memory. */
  private async change(mutate: (draft: SimulatorState) => void): Promise<void> {
    if (this.lockHeld) return this.changeHeld(mutate);
    this.state = await updateState(this.root, (draft) => {
      mutate(draft);
      return freezeConnectors(structuredClone(draft));
    });
  }

  /**
   * The lockHeld path: nobody else can change the file, so the state in memory is current. The draft
   * copies only the containers; the connectors are frozen, so a mutation can only replace them.
   */
  private async changeHeld(mutate: (draft: SimulatorState) => void): Promise<void> {
    const draft: SimulatorState = { ...this.state, connectors: [...this.state.connectors], transportServices: { ...this.state.transportServices } };
    mutate(draft);
    freezeConnectors(draft);
    await saveState(this.root, draft, { flush: false });
    this.unflushed = true;
    this.state = draft;
  }
}

/** Freezes each connector and object and their lists, so handing them out cannot let a caller change the state. */
function freezeConnectors(state: SimulatorState): SimulatorState {
  for (const object of Object.values(state.objects ?? {}).flat()) {
    if (Object.isFrozen(object)) continue;
    for (const value of Object.values(object.settings)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(object.settings);
    Object.freeze(object);
  }
  for (const connector of state.connectors) {
    if (Object.isFrozen(connector)) continue;
    Object.freeze(connector.addressSpaces);
    Object.freeze(connector.sourceTransportServers);
    if (connector.settings) Object.freeze(connector.settings);
    Object.freeze(connector);
  }
  return state;
}
