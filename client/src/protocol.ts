// The extension-specific part of the LSP contract with dist/server.js (interfaces.md). The client
// imports no server code: these declarations are the only place the two sides meet, so every field
// the server may leave out is optional here and read defensively.
import { NotificationType, RequestType } from 'vscode-languageclient/node';

/** Server-side commands, sent as `workspace/executeCommand` requests. */
export const ServerCommand = {
  runScript: 'exconn.runScript',
  runCommandText: 'exconn.runCommandText',
  processTransport: 'exconn.processTransport',
  startTransport: 'exconn.startTransport',
  stopTransport: 'exconn.stopTransport',
} as const;
export type ServerCommandId = (typeof ServerCommand)[keyof typeof ServerCommand];

/** A statement that failed during a run; `line` is 0-based, as every LSP position. */
export interface RunFailure {
  line: number;
  message: string;
}

/** Result of `exconn.runScript [documentUri]` and `exconn.runCommandText [workspaceUri, text]`. */
export interface RunResult {
  output: string;
  success: boolean;
  failures?: RunFailure[];
}

/** Result of `exconn.processTransport [workspaceUri]`. */
export interface TransportRunResult {
  output: string;
  moved: number;
}

/** An address space as the server reports it: the text as written, or its parts. */
export type AddressSpaceState = string | { type?: string; address?: string; cost?: number; text?: string };

export interface ConnectorState {
  name: string;
  addressSpaces?: AddressSpaceState[];
  sourceTransportServers?: string[];
  /** The path as the script wrote it (an Exchange path such as `C:\Drop Directory`). */
  dropDirectory?: string | null;
  enabled?: boolean;
  /** Where the script that created the connector is, when the server knows it. */
  definitionUri?: string;
  /** 0-based line in definitionUri. */
  line?: number;
}

export interface TransportServiceState {
  identity?: string;
  name?: string;
  pickupDirectoryPath?: string | null;
  replayDirectoryPath?: string | null;
}

export type FolderRole = 'Drop' | 'Pickup' | 'Replay';

export interface FolderState {
  role: FolderRole;
  /** Local file-system path (absolute, or relative to the workspace folder). */
  path: string;
  messageCount?: number;
  /** False when the folder is configured but not on disk yet (Exchange's defaults on a fresh workspace). */
  exists?: boolean;
  /** For Drop folders: the connector the folder belongs to, when the server says so. */
  connector?: string;
  /** The Exchange path the folder stands for (`C:\Drop Directory`), when the server says so. */
  exchangePath?: string;
}

export interface SimulatorState {
  connectors?: ConnectorState[];
  transportService?: TransportServiceState | null;
  folders?: FolderState[];
}

export interface WorkspaceParams {
  workspaceUri: string;
}

export const StateRequest = new RequestType<WorkspaceParams, SimulatorState, void>('exconn/state');
export const StateChangedNotification = new NotificationType<WorkspaceParams>('exconn/stateChanged');

export interface TransportStatusParams extends WorkspaceParams {
  running: boolean;
  moved: number;
}
export const TransportStatusNotification = new NotificationType<TransportStatusParams>('exconn/transportStatus');
