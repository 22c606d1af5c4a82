// What the cmdlets need from the simulated organization, in their own terms. The implementation
// (workspaceSession.ts) sits on the simulator foundation: exconn.json, the persisted state under
// .exconn/, the workspace path guard and the tracking log. Cmdlets never touch the file system
// themselves, so every write goes through the foundation's guard.

import type { Identities } from '../../model/identity';
import type { ConfigurationObjectState } from '../../model/configurationObject';
import type { ForeignConnectorState } from '../../model/foreignConnector';
import type { SettingValue, StoredSize } from '../../values/settingValue';
import type { ExchangeVersion } from '../../catalog/types';
import type { QueueViewer } from '../transport/queueViewer';

/** Connectors, sizes and settings are stored in the foundation's own shapes. */
export type ConnectorState = ForeignConnectorState;
export type { ConfigurationObjectState };
export type { SettingValue, StoredSize };

/** One message tracking log entry, fields named as Get-MessageTrackingLog names them. */
export type TrackingEvent = Record<string, SettingValue>;

export interface OrganizationInfo {
  /** Server names as exconn.json declares them (without exconn.json: the default server and any the
   * script has used). */
  servers: string[];
  /** False when there is no exconn.json: then any server name is accepted, as the editor's checks
   * accept it, because the organization is unknown. */
  serversDeclared: boolean;
  /** The server the shell runs on (the default source server of a new connector). */
  localServer: string;
  /** The domain controller's FQDN that Exchange's messages name. */
  domainController: string;
  /** The Active Directory domain, e.g. `contoso.com`. */
  domain: string;
  organizationName: string;
  /** The Exchange version the shell stands for: cmdlets and parameters it lacks are refused. */
  exchangeVersion: ExchangeVersion;
}

export type PathCheck = { ok: true; display: string } | { ok: false; reason: string };

export interface SimulatorSession {
  readonly organization: OrganizationInfo;
  connectors(): ConnectorState[];
  /** The stored connectors as an -Identity finds them (name, GUID, distinguished name), kept current as they change. */
  connectorIdentities(): Identities<ConnectorState>;
  /** Creates or replaces the connector with the same GUID, persisted at once. */
  saveConnector(connector: ConnectorState): Promise<void>;
  removeConnector(guid: string): Promise<void>;
  /** The stored objects of a mail-flow family (`SendConnector`, `AcceptedDomain`, ...), in creation order. */
  objects(type: string): ConfigurationObjectState[];
  /** Creates or replaces the object with the same GUID, persisted at once. */
  saveObject(type: string, object: ConfigurationObjectState): Promise<void>;
  removeObject(type: string, guid: string): Promise<void>;
  /** Replaces all of a family's objects in one change (a renumbering touches several). */
  replaceObjects(type: string, objects: readonly ConfigurationObjectState[]): Promise<void>;
  /** The local server's queues as they are now (Get-Queue, Get-Message), with the changes the Queue Viewer cmdlets make. */
  queueViewer(): Promise<QueueViewer>;
  /** The settings changed from their defaults on the server's Transport service. */
  transportSettings(server: string): Record<string, SettingValue>;
  saveTransportSettings(server: string, settings: Record<string, SettingValue>): Promise<void>;
  /** Whether a Windows path (`C:\Drop`, `\\server\share`) maps into the workspace; nothing is written. */
  checkPath(windowsPath: string): PathCheck;
  /** Creates the folder a Windows path maps to, as Exchange creates its directories. */
  createFolder(windowsPath: string): Promise<void>;
  /** Adds bytes to the end of the file a Windows path maps to (created when missing); the path as Windows shows it. */
  appendToFile(windowsPath: string, data: Uint8Array): Promise<string>;
  /** Replaces the file a Windows path maps to with these bytes (created when missing); the path as Windows shows it. */
  replaceFile(windowsPath: string, data: Uint8Array): Promise<string>;
  /** The bytes of the file a Windows path maps to (refused outside the workspace, as every read is). */
  readFile(windowsPath: string): Promise<Uint8Array>;
  /** Whether the file a Windows path maps to exists (false for a path that does not map). */
  fileExists(windowsPath: string): Promise<boolean>;
  /** The Drop directory a connector's setting stands for: a full path, or one under RootDropDirectoryPath. */
  dropDirectoryPath(connector: ConnectorState): string;
  trackingEvents(): Promise<TrackingEvent[]>;
  /** The simulator's clock (fixed by exconn.json or EXCONN_CLOCK for repeatable runs). */
  now(): Date;
}
