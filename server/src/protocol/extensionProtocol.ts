// The extension-specific part of the LSP contract between the VS Code client and dist/server.js
// (docs/interfaces.md): the server commands run through `workspace/executeCommand`, the
// `exconn/state` request, the `exconn/stateChanged` and `exconn/transportStatus` notifications,
// and their payloads. Declared once, here, for both sides: the client wraps the names in
// RequestType/NotificationType, the server's lsp/ registers them, the simulator's snapshot returns
// the state payload, and the tests send them.
//
// This module imports nothing, so any layer may import it (core/simulator included) and the
// client's project can compile it without pulling in server code. Keep it to constants and types.

/** The commands the server executes (`workspace/executeCommand`), in the order it advertises them. */
export const ServerCommand = {
  /** Arguments `[documentUri]`: runs the saved script in its workspace folder's simulator. Result: RunResult. */
  runScript: 'exconn.runScript',
  /** Arguments `[workspaceUri, text]`: runs script text (one line from the client) in that folder. Result: RunResult. */
  runCommandText: 'exconn.runCommandText',
  /** Arguments `[workspaceUri]`: one pass over the Pickup and Replay folders. Result: TransportRunResult. */
  processTransport: 'exconn.processTransport',
  /** Arguments `[workspaceUri]`: keeps processing those folders until stopped. Result: TransportStatus. */
  startTransport: 'exconn.startTransport',
  /** Arguments `[workspaceUri]`: stops the transport service started above. Result: TransportStatus. */
  stopTransport: 'exconn.stopTransport',
  /**
   * Arguments `[workspaceUri, fileUris, type?]`: imports Export-Clixml or ConvertTo-Json files of a real
   * organization into that folder's simulator state, as `exconn import` does (`type`, one of
   * IMPORTABLE_OBJECT_TYPES, for JSON files). Result: ImportResult.
   */
  importConfiguration: 'exconn.importConfiguration',
  /** Arguments `[workspaceUri]`: removes that folder's simulated organization (RESET_SCOPE), as `exconn reset` does. Result: ResetResult. */
  resetOrganization: 'exconn.resetOrganization',
  /**
   * Arguments `[workspaceUri]`: writes an exconn.json for that folder from what its scripts and sample
   * messages mention, as `exconn init` does; refuses when the folder has one. Result: InitResult.
   */
  initOrganization: 'exconn.initOrganization',
  /**
   * Arguments `[workspaceUri, address]`: where the transport service of that folder would send mail
   * for the address, and why, as `exconn route` prints it. Result: RouteTraceResult.
   */
  traceRecipient: 'exconn.traceRecipient',
} as const;

/** What a reset removes and what it keeps: the editor's confirmation says it before, `exconn reset --help` beside. */
export const RESET_SCOPE = 'the connectors and other objects that scripts created or imported, the transport settings, '
  + 'the queues with the messages waiting in them, and the message tracking and event logs (everything under .exconn/); '
  + 'exconn.json, the scripts and the messages in the Drop, Pickup, Replay and mailbox folders stay';

/**
 * `initializationOptions.features`: what the client wants the server to serve. Each is on when not
 * given, so other editors get everything. The VS Code client turns formatting and PowerShell's own
 * cmdlets off beside the PowerShell extension (which serves those), and follows the user's settings.
 */
export interface ServerFeatures {
  /** documentFormattingProvider and documentRangeFormattingProvider. */
  formatting?: boolean;
  /** semanticTokensProvider. */
  semanticTokens?: boolean;
  /** Completion, hover and signature help for PowerShell's own cmdlets and the script's functions. */
  powerShellCmdlets?: boolean;
}

/** The object types `exconn import` and the Import command read; JSON files need one named. */
export const IMPORTABLE_OBJECT_TYPES = [
  'ForeignConnector', 'SendConnector', 'DeliveryAgentConnector', 'ReceiveConnector', 'AcceptedDomain', 'RemoteDomain', 'MailContact', 'TransportService',
  'TransportConfig', 'MailboxTransportService', 'FrontendTransportService',
] as const;

export type ServerCommandId = (typeof ServerCommand)[keyof typeof ServerCommand];

/** Every server command id, as advertised in `executeCommandProvider.commands`. */
export const SERVER_COMMAND_IDS: readonly ServerCommandId[] = Object.values(ServerCommand);

/** Request `exconn/state` (params WorkspaceParams, result SimulatorState). */
export const STATE_REQUEST = 'exconn/state';
/**
 * Notification `exconn/configurationText` (params ConfigurationTextParams), client to server: the
 * editor's text of a workspace folder's exconn.json while it is open (text null once it is closed),
 * so its diagnostics follow the typing. JSON documents are not synced as such: the server would then
 * become a second formatter and hover provider for JSON.
 */
export const CONFIGURATION_TEXT_NOTIFICATION = 'exconn/configurationText';

export interface ConfigurationTextParams {
  uri: string;
  /** The unsaved text; null when the editor closed the document (the file on disk counts again). */
  text: string | null;
}

/** Request `exconn/scriptInfo` (params ScriptInfoParams, result ScriptInfo): what the editor's menus need to know of a script. */
export const SCRIPT_INFO_REQUEST = 'exconn/scriptInfo';

export interface ScriptInfoParams {
  /** The document's URI. */
  uri: string;
}

export interface ScriptInfo {
  /** Whether the script runs an Exchange cmdlet (the Run Script button shows on such scripts). */
  usesExchangeCmdlets: boolean;
}

/** Notification `exconn/stateChanged` (params WorkspaceParams), server to client after any change to a folder's state. */
export const STATE_CHANGED_NOTIFICATION = 'exconn/stateChanged';
/** Notification `exconn/transportStatus` (params TransportStatusParams), when the transport service starts, makes a pass or stops. */
export const TRANSPORT_STATUS_NOTIFICATION = 'exconn/transportStatus';

export interface WorkspaceParams {
  /** The workspace folder's `file:` URI. */
  workspaceUri: string;
}

/** A statement that failed during a run; `line` is 0-based, as every LSP position. */
export interface RunFailure {
  line: number;
  /** What to underline, 0-based as in LSP: the parameter the error is about with its value, or the command's name. */
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  /** The exception type of the error, as CategoryInfo shows it (ADObjectAlreadyExistsException). */
  reason?: string;
}

/** Result of `exconn.runScript` and `exconn.runCommandText`. */
export interface RunResult {
  /** What the Exchange Management Shell would print, results and errors interleaved. */
  output: string;
  /** False when any statement failed. */
  success: boolean;
  failures: RunFailure[];
  /**
   * Set when a statement failed because what it creates exists already from an earlier run: says how
   * to start over (a reset). The editor offers the reset beside it.
   */
  startOverHint?: string;
}

/** Result of `exconn.initOrganization`: what `exconn init` prints, whether the file was written, and where it is (or would be). */
export interface InitResult {
  output: string;
  success: boolean;
  /** The exconn.json path on disk. */
  file: string;
}

/** Result of `exconn.resetOrganization`: what `exconn reset` prints, and whether the reset was done. */
export interface ResetResult {
  output: string;
  success: boolean;
}

/** One address space of one connector, as the routing decision for a recipient saw it. */
export interface RouteTraceCandidate {
  connector: string;
  connectorType: 'ForeignConnector' | 'DeliveryAgentConnector' | 'SendConnector';
  /** In display form, cost included (`X400:c=US;a=Fabrikam;p=Contoso;5`). */
  addressSpace: string;
  cost: number;
  enabled: boolean;
  sourceTransportServers: string[];
  /** Why this server cannot route through the connector (disabled, not a source server); absent when it can. */
  unusable?: string;
  /** The connector's MaxMessageSize as Exchange shows it (`10 MB (10,485,760 bytes)`, `Unlimited`). */
  maxMessageSize: string;
  /** Set when a message size was given and the message is larger than MaxMessageSize: routing leaves the connector out. */
  tooSmall?: true;
  /** Whether the address space covers the recipient, whether or not the connector is usable. */
  matched: boolean;
  /** How closely it matched; comparable only within one address type. Absent when it did not match. */
  specificity?: number;
  /** 1 for the winner, then in Exchange's order, among the usable address spaces that match. */
  rank?: number;
}

export type RouteTraceOutcome =
  | { kind: 'mailbox'; mailbox: string; /** The mailbox folder, relative to the workspace. */ folder: string }
  | {
      kind: 'connector';
      connector: string;
      connectorType: RouteTraceCandidate['connectorType'];
      addressSpace: string;
      /** The address written into the envelope (IMCEA form for non-SMTP addresses). */
      envelopeAddress: string;
      /** Where the message goes: the Drop or delivery agent folder relative to the workspace, or the SMTP next hop. */
      destination: string;
      /** Set when the message would wait in the queue instead: why, and what to do. */
      queued?: string;
    }
  | { kind: 'ndr'; /** Enhanced status code (5.4.4). */ code: string; response: string; explanation: string };

/** Result of `exconn.traceRecipient`, and `exconn route --format json`. */
export interface RouteTrace {
  /** The address as given. */
  recipient: string;
  /** The address type routing used (SMTP, X400, a custom type). */
  addressType: string;
  /** The server whose routing this is (exconn.json's localServer). */
  localServer: string;
  /** How the address was read: accepted domain, mail contact, IMCEA encapsulation, another domain. */
  resolution: string;
  /** The message size the trace assumed, in bytes; absent when none was given (sizes then decide nothing). */
  messageSize?: number;
  /** Every address space of every connector, in the state's order; empty when the recipient is not routed through connectors (a mailbox, an invalid address). */
  candidates: RouteTraceCandidate[];
  outcome: RouteTraceOutcome;
}

/** Result of `exconn.traceRecipient`: the trace, what `exconn route` prints for it, and its one-line answer. */
export interface RouteTraceResult {
  trace: RouteTrace;
  output: string;
  headline: string;
}

/** Result of `exconn.importConfiguration`. */
export interface ImportResult {
  /** What `exconn import` prints: a line per object and the total, or the error and "Nothing was imported." */
  output: string;
  /** False when any file or object was refused; the state is then unchanged. */
  success: boolean;
  imported: number;
}

/** What became of the messages of one or more transport passes, counted apart. */
export interface TransportCounts {
  /** Messages (and queued copies) delivered to every recipient: a mailbox, a Drop directory, an agent or an SMTP server. */
  delivered: number;
  /** Messages delivered to some recipients, with an NDR for the others. */
  partlyDelivered: number;
  /** Messages that reached no recipient: the sender got an NDR. */
  notDelivered: number;
  /** Malformed files set aside as .bad with their reason. */
  badmail: number;
  /** Messages that went into a queue to wait (no room in a Drop directory, no agent, a next hop down). */
  waiting: number;
}

/** The counts in words: `short` for the status bar (`1 delivered · 1 NDR`), `sentence` for a notification or tooltip. */
export interface TransportCountsText {
  short: string;
  sentence: string;
}

/** Result of `exconn.processTransport`. */
export interface TransportRunResult {
  /** The pass summary, as `exconn transport --once` prints it. */
  output: string;
  /** How many messages left the Pickup and Replay folders or a queue. */
  moved: number;
  /** This pass's messages by outcome, and in words. */
  counts: TransportCounts;
  countsText: TransportCountsText;
}

/** Result of `exconn.startTransport` and `exconn.stopTransport`, and `exconn/transportStatus`. */
export interface TransportStatus {
  running: boolean;
  /** Messages moved since the transport service was started. */
  moved: number;
  /** Every pass in this folder since the server started (one-off passes and the service's), by outcome. */
  totals?: TransportCounts;
  totalsText?: TransportCountsText;
}

/**
 * Notification `exconn/transportPass` (params TransportPassParams), server to client: a pass of the
 * running transport service that moved something, with its account, as `exconn transport --watch`
 * prints it.
 */
export const TRANSPORT_PASS_NOTIFICATION = 'exconn/transportPass';

export interface TransportPassParams extends WorkspaceParams {
  output: string;
  counts: TransportCounts;
  countsText: TransportCountsText;
}

export interface TransportStatusParams extends WorkspaceParams, TransportStatus {}

export interface ConnectorState {
  name: string;
  guid: string;
  /** In their display form (`SMTP:*.contoso.com;1`). */
  addressSpaces: string[];
  sourceTransportServers: string[];
  /** As the script set it (`C:\Drop Directory`, or a name under RootDropDirectoryPath). */
  dropDirectory: string;
  /** The full Windows path the Drop directory stands for. */
  dropDirectoryPath: string;
  dropDirectoryQuota: string;
  maxMessageSize: string;
  enabled: boolean;
  isScopedConnector: boolean;
  relayDsnRequired: boolean;
  comment: string;
  whenCreated: string;
  whenChanged: string;
  /** The script that creates the connector, when the server's workspace index knows it. */
  definitionUri?: string;
  /** 0-based line of that creation in definitionUri. */
  line?: number;
  /** Why the local server's transport does not route through it (disabled, not a source server); absent when it does. */
  unusable?: string;
}

export interface TransportServiceState {
  /** The local server, whose Transport service runs the Pickup and Replay directories. */
  identity: string;
  name: string;
  pickupDirectoryPath: string | null;
  replayDirectoryPath: string | null;
  rootDropDirectoryPath: string;
  pickupDirectoryMaxHeaderSize: string;
  pickupDirectoryMaxMessagesPerMinute: number;
  pickupDirectoryMaxRecipientsPerMessage: number;
  messageTrackingLogEnabled: boolean;
}

export type FolderRole = 'Drop' | 'Pickup' | 'Replay';

export interface FolderState {
  role: FolderRole;
  /** The folder on disk, absolute. */
  path: string;
  /** The Windows path it stands for (`C:\Drop Directory`). */
  exchangePath: string;
  /** For a Drop folder, the connector's name. */
  connector?: string;
  /** False when the folder is configured but not on disk yet (Exchange's defaults on a fresh workspace). */
  exists: boolean;
  /** `.eml` files waiting in the folder. */
  messageCount: number;
}

/** A delivery queue of the local server, as Get-Queue shows it. */
export interface QueueState {
  /** `Hub01\1`, `Hub01\Submission`. */
  identity: string;
  deliveryType: string;
  nextHopDomain: string;
  status: string;
  messageCount: number;
  lastError: string | null;
}

/** Result of `exconn/state`. */
export interface SimulatorState {
  connectors: ConnectorState[];
  transportService: TransportServiceState;
  folders: FolderState[];
  /** The local server's queues (Submission first); absent from servers that predate them. */
  queues?: QueueState[];
  /** What could not be read or mapped (an invalid exconn.json, a path outside the workspace). */
  problems: string[];
}
