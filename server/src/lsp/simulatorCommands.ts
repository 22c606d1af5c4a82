// The extension-specific commands and requests (docs/interfaces.md): run a script or one line of script
// in the simulator, process the Pickup and Replay folders once, start and stop the transport
// service in watch mode, and report the simulator's state. Running requires a trusted workspace;
// the client enforces that, the server just executes. After every change the server re-reads the
// folder's state (so checks and completion see the new connectors) and sends exconn/stateChanged.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import { connectorOccurrences, decodeText, nameKey, scriptMentions, type WorkspaceIndex } from '../core/analysis';
import { addCounts, countsText, emptySummary, errorMessage, formatTransportSummary, NO_COUNTS, passCounts, importWithReport, initOrganization, resetWithReport, movedCount, processOnce, runScript, simulatorSnapshot, traceRoute, formatRouteTrace, routeTraceHeadline, type TransportSummary, watch } from '../core/simulator';
import {
  ServerCommand, TRANSPORT_PASS_NOTIFICATION, TRANSPORT_STATUS_NOTIFICATION, type ImportResult, type InitResult, type TransportCounts, type TransportPassParams, type ResetResult, type RouteTraceResult, type RunResult, type SimulatorState, type TransportRunResult, type TransportStatus, type TransportStatusParams,
} from '../protocol/extensionProtocol';
import type { RunFailures } from './runFailures';
import type { ScriptDocuments } from './scriptDocuments';
import { pathOf, uriOf } from './uris';

interface RunningTransport {
  controller: AbortController;
  done: Promise<TransportSummary>;
  moved: number;
}

export class SimulatorCommands {
  private readonly transports = new Map<string, RunningTransport>();
  /** Per folder, every pass since the server started, by outcome: the status bar's counter. */
  private readonly totals = new Map<string, TransportCounts>();

  constructor(
    private readonly connection: Connection,
    private readonly scripts: ScriptDocuments,
    private readonly index: WorkspaceIndex,
    /** Re-reads a folder's state and re-checks its scripts after the simulator changed it. */
    private readonly afterChange: (folderUri: string) => Promise<void>,
    /** Where a run's failed statements wait to be shown with the script's diagnostics. */
    private readonly runFailures?: RunFailures,
  ) {}

  /** `signal`: the client cancelled the request; a run stops before its next statement. */
  async execute(command: string, args: readonly unknown[], signal?: AbortSignal): Promise<unknown> {
    switch (command) {
      case ServerCommand.runScript:
        return this.runScript(uriArgument(args, 0, 'the script'), signal);
      case ServerCommand.runCommandText:
        return this.runText(uriArgument(args, 0, 'the workspace folder'), textArgument(args, 1), signal);
      case ServerCommand.processTransport:
        return this.processTransport(uriArgument(args, 0, 'the workspace folder'));
      case ServerCommand.startTransport:
        return this.startTransport(uriArgument(args, 0, 'the workspace folder'));
      case ServerCommand.stopTransport:
        return this.stopTransport(uriArgument(args, 0, 'the workspace folder'));
      case ServerCommand.importConfiguration:
        return this.importConfiguration(uriArgument(args, 0, 'the workspace folder'), fileUrisArgument(args, 1), optionalText(args, 2));
      case ServerCommand.resetOrganization:
        return this.resetOrganization(uriArgument(args, 0, 'the workspace folder'));
      case ServerCommand.initOrganization:
        return this.initOrganization(uriArgument(args, 0, 'the workspace folder'));
      case ServerCommand.traceRecipient:
        return this.traceRecipient(uriArgument(args, 0, 'the workspace folder'), textArgument(args, 1, 'the address to trace'));
      default:
        throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command '${command}'.`);
    }
  }

  /** exconn/state: the simulator's state, with where each connector is created in the scripts. */
  async state(workspaceUri: unknown): Promise<SimulatorState> {
    const root = folderPath(typeof workspaceUri === 'string' ? workspaceUri : '', 'the workspace folder');
    const snapshot = await simulatorSnapshot(root);
    const view = this.index.view(workspaceUri as string);
    const creations = connectorOccurrences(view).filter((occurrence) => occurrence.declaration && /^New-/i.test(occurrence.command.name.text));
    const connectors = snapshot.connectors.map((connector) => {
      const created = creations.find((occurrence) => occurrence.connector === nameKey(connector.name));
      return created ? { ...connector, definitionUri: created.uri, line: created.analysis.lines.positionAt(created.range.start).line } : connector;
    });
    return { ...snapshot, connectors };
  }

  dispose(): void {
    for (const transport of this.transports.values()) transport.controller.abort();
  }

  private async runScript(documentUri: string, signal?: AbortSignal): Promise<RunResult> {
    const scriptPath = pathOf(documentUri);
    if (!scriptPath) throw new ResponseError(ErrorCodes.InvalidParams, `Only scripts saved on disk can run; '${documentUri}' is not a file.`);
    const open = this.scripts.open(documentUri);
    const text = open ? open.getText() : await readScript(scriptPath);
    const folderUri = this.index.folderOf(documentUri) ?? uriOf(path.dirname(scriptPath));
    const result = await simulatorCall(() => runScript({ workspace: folderPath(folderUri, 'the workspace folder'), scriptPath, text, ...(signal ? { signal } : {}) }));
    // Shown with the check's diagnostics of the version that ran, each mistake once (runFailureDiagnostics.ts).
    if (open) this.runFailures?.set(documentUri, open.version, result.failures);
    await this.afterChange(folderUri);
    return result;
  }

  private async runText(workspaceUri: string, text: string, signal?: AbortSignal): Promise<RunResult> {
    const result = await simulatorCall(() => runScript({ workspace: folderPath(workspaceUri, 'the workspace folder'), text, ...(signal ? { signal } : {}) }));
    await this.afterChange(workspaceUri);
    return result;
  }

  /** The files are the user's own choice (an export from a real server, anywhere on disk); the state written is the folder's. */
  private async importConfiguration(workspaceUri: string, fileUris: readonly string[], type: string | undefined): Promise<ImportResult> {
    const files = fileUris.map((uri) => {
      const file = pathOf(uri);
      if (!file) throw new ResponseError(ErrorCodes.InvalidParams, `'${uri}' is not a file on disk, so it cannot be imported.`);
      return file;
    });
    const report = await importWithReport(folderPath(workspaceUri, 'the workspace folder'), files, type ? { type } : {});
    if (report.success) await this.afterChange(workspaceUri);
    return report;
  }

  /** A running transport service holds the folder's lock between passes only, so the reset waits its turn. */
  private async resetOrganization(workspaceUri: string): Promise<ResetResult> {
    const result = await resetWithReport(folderPath(workspaceUri, 'the workspace folder'));
    await this.afterChange(workspaceUri);
    return result;
  }

  /** exconn init on the folder's scripts as the server has analysed them (open documents with their unsaved text). */
  private async initOrganization(workspaceUri: string): Promise<InitResult> {
    const result = await simulatorCall(() => initOrganization(folderPath(workspaceUri, 'the workspace folder'), scriptMentions(this.index.view(workspaceUri).documents)));
    if (result.success) await this.afterChange(workspaceUri);
    return result;
  }

  /** Reads the state and changes nothing, so it needs no trust and sends no stateChanged. */
  private async traceRecipient(workspaceUri: string, address: string): Promise<RouteTraceResult> {
    const trace = await simulatorCall(() => traceRoute(folderPath(workspaceUri, 'the workspace folder'), address));
    return { trace, output: formatRouteTrace(trace), headline: routeTraceHeadline(trace) };
  }

  private async processTransport(workspaceUri: string): Promise<TransportRunResult> {
    const root = folderPath(workspaceUri, 'the workspace folder');
    const summary = await simulatorCall(() => processOnce(root));
    const counts = this.count(root, summary);
    await this.afterChange(workspaceUri);
    this.sendStatus(workspaceUri, this.transports.has(root), this.transports.get(root)?.moved ?? 0);
    return { output: formatTransportSummary(summary), moved: movedCount(summary), counts, countsText: countsText(counts) };
  }

  /** Adds a pass to the folder's totals; returns the pass's own counts. */
  private count(root: string, summary: TransportSummary): TransportCounts {
    const counts = passCounts(summary);
    this.totals.set(root, addCounts(this.totals.get(root) ?? NO_COUNTS, counts));
    return counts;
  }

  private startTransport(workspaceUri: string): TransportStatus {
    const root = folderPath(workspaceUri, 'the workspace folder');
    const existing = this.transports.get(root);
    if (existing) return { running: true, moved: existing.moved };
    const controller = new AbortController();
    const transport: RunningTransport = { controller, moved: 0, done: Promise.resolve(emptySummary()) };
    const onPass = (summary: TransportSummary) => {
      transport.moved += movedCount(summary);
      const counts = this.count(root, summary);
      // The transcript shows what the running service did, message by message, as a one-off pass does.
      if (movedCount(summary) > 0 || summary.errors.length > 0) {
        const pass: TransportPassParams = { workspaceUri, output: formatTransportSummary(summary), counts, countsText: countsText(counts) };
        void this.connection.sendNotification(TRANSPORT_PASS_NOTIFICATION, pass);
      }
      this.sendStatus(workspaceUri, true, transport.moved);
      void this.afterChange(workspaceUri);
    };
    transport.done = watch(root, { onPass }, controller.signal)
      .catch((error: unknown) => {
        this.connection.console.error(`The transport service stopped: ${errorMessage(error)}`);
        return emptySummary();
      })
      .finally(() => {
        this.transports.delete(root);
        this.sendStatus(workspaceUri, false, transport.moved);
      });
    this.transports.set(root, transport);
    this.sendStatus(workspaceUri, true, 0);
    return { running: true, moved: 0, ...this.totalsOf(root) };
  }

  private async stopTransport(workspaceUri: string): Promise<TransportStatus> {
    const transport = this.transports.get(folderPath(workspaceUri, 'the workspace folder'));
    const root = folderPath(workspaceUri, 'the workspace folder');
    if (!transport) return { running: false, moved: 0, ...this.totalsOf(root) };
    transport.controller.abort();
    await transport.done;
    return { running: false, moved: transport.moved, ...this.totalsOf(root) };
  }

  private totalsOf(root: string): Pick<TransportStatus, 'totals' | 'totalsText'> {
    const totals = this.totals.get(root) ?? NO_COUNTS;
    return { totals, totalsText: countsText(totals) };
  }

  private sendStatus(workspaceUri: string, running: boolean, moved: number): void {
    const root = pathOf(workspaceUri);
    const params: TransportStatusParams = { workspaceUri, running, moved, ...(root ? this.totalsOf(root) : {}) };
    void this.connection.sendNotification(TRANSPORT_STATUS_NOTIFICATION, params);
  }
}

function uriArgument(args: readonly unknown[], index: number, what: string): string {
  const value = args[index];
  if (typeof value !== 'string' || value === '') throw new ResponseError(ErrorCodes.InvalidParams, `Argument ${index + 1} must be the URI of ${what}.`);
  return value;
}

function fileUrisArgument(args: readonly unknown[], index: number): string[] {
  const value = args[index];
  if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === 'string')) {
    throw new ResponseError(ErrorCodes.InvalidParams, `Argument ${index + 1} must be the list of file URIs to import.`);
  }
  return value as string[];
}

function optionalText(args: readonly unknown[], index: number): string | undefined {
  const value = args[index];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function textArgument(args: readonly unknown[], index: number, what = 'the script text to run'): string {
  const value = args[index];
  if (typeof value !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `Argument ${index + 1} must be ${what}.`);
  return value;
}

/** The folder a `file:` URI names; it must exist, as the simulator keeps its files there. */
function folderPath(uri: string, what: string): string {
  const folder = pathOf(uri);
  if (!folder || !isDirectory(folder)) throw new ResponseError(ErrorCodes.InvalidParams, `'${uri}' is not a folder on disk, so it cannot be ${what}.`);
  return folder;
}

function isDirectory(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

async function readScript(file: string): Promise<string> {
  try {
    return decodeText(await fs.promises.readFile(file));
  } catch (error) {
    throw new ResponseError(ErrorCodes.InvalidParams, `Cannot read '${file}': ${errorMessage(error)}`);
  }
}

/** Simulator failures the run could not report as output become a failed request with the reason. */
async function simulatorCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    throw new ResponseError(LSPErrorCodes.RequestFailed, errorMessage(error));
  }
}
