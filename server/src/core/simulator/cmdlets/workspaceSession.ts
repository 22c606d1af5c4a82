// The SimulatorSession the cmdlets use, over one workspace, built on the simulator foundation: the
// organization from exconn.json, the state in .exconn/config.json (each change written at once,
// atomically, through updateState), Windows paths mapped and guarded by workspacePaths, folders
// created by storage.ensureFolder, and the tracking log read with the transport's reader.

import * as path from 'node:path';
import { fixedClock, simulatorClock, systemClock, type Clock } from '../clock';
import { loadOrganization, organizationPaths, serverNames, type Organization } from '../organization';
import { simulatorLayout } from '../simulatorLayout';
import {
  loadState, setTransportSettingsRecord, transportServiceOf, transportSettingsRecordOf, updateState, type SimulatorState,
} from '../state';
import { ensureFolder } from '../storage';
import { dropDirectoryWindowsPath } from '../transport/dropDirectory';
import { trackingFolderOf } from '../transport/transportContext';
import { entryFromRow } from '../transport/trackingFields';
import { readTrackingRows } from '../transport/trackingLogFiles';
import { mapWindowsPath, resolveWindowsPath, type WorkspacePaths } from '../workspacePaths';
import { SIMULATOR_EPOCH } from './simulatorEpoch';
import type {
  ConnectorState, OrganizationInfo, PathCheck, SettingValue, SimulatorSession, TrackingEvent,
} from './simulatorSession';

export interface WorkspaceSessionOptions {
  /** A clock chosen by the caller (tests); otherwise EXCONN_CLOCK's or exconn.json's, else the
   * simulator's fixed epoch, never the real time (runs must be repeatable). */
  clock?: Clock;
}

export async function openWorkspaceSession(workspace: string, options: WorkspaceSessionOptions = {}): Promise<WorkspaceSession> {
  const root = path.resolve(workspace);
  const organization = await loadOrganization(root);
  const state = await loadState(root);
  const chosen = simulatorClock(organization.clock, options.clock ? { clock: options.clock } : {});
  const clock = chosen === systemClock ? fixedClock(SIMULATOR_EPOCH) : chosen;
  return new WorkspaceSession(root, organization, state, clock);
}

export class WorkspaceSession implements SimulatorSession {
  private readonly paths: WorkspacePaths;

  constructor(
    readonly root: string,
    private readonly definition: Organization,
    private state: SimulatorState,
    private readonly clock: Clock,
  ) {
    this.paths = organizationPaths(root, definition);
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
    };
  }

  /** Without exconn.json: the default server and every server the state mentions, first use first. */
  private serversInUse(): string[] {
    const names = [
      ...serverNames(this.definition),
      ...this.state.connectors.flatMap((connector) => connector.sourceTransportServers),
      ...Object.keys(this.state.transportServices),
    ];
    return names.filter((name, index) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index);
  }

  connectors(): ConnectorState[] {
    return this.state.connectors.map((connector) => structuredClone(connector));
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

  /** Resolved as the transport resolves it, against the local server's RootDropDirectoryPath. */
  dropDirectoryPath(connector: ConnectorState): string {
    return dropDirectoryWindowsPath(connector, transportServiceOf(this.state, this.organization.localServer));
  }

  async trackingEvents(): Promise<TrackingEvent[]> {
    const settings = transportServiceOf(this.state, this.organization.localServer);
    const folder = trackingFolderOf(this.paths, simulatorLayout(this.root), settings);
    return (await readTrackingRows(folder)).map((row) => entryFromRow(row));
  }

  now(): Date {
    return this.clock.now();
  }

  /** Applies a change to the stored state (under the workspace lock) and keeps the result in memory. */
  private async change(mutate: (draft: SimulatorState) => void): Promise<void> {
    this.state = await updateState(this.root, (draft) => {
      mutate(draft);
      return structuredClone(draft);
    });
  }
}
