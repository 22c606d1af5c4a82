// Typed calls to the server's extension-specific requests. Server commands go out as
// `workspace/executeCommand` requests directly (not through vscode.commands), because the VS Code
// command ids are the client's own UI commands (see serverCommandFilter.ts).
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type * as vscode from 'vscode';
import {
  ServerCommand, type ImportResult, type InitResult, type ResetResult, type RouteTraceResult, type RunResult, type ServerCommandId, type SimulatorState, type TransportRunResult, type TransportStatus,
} from '../../server/src/protocol/extensionProtocol';
import { StateRequest } from './protocol';

export class ServerCalls {
  constructor(private readonly client: LanguageClient) {}

  /** `token`: the user's Cancel; the server stops the run before its next statement. */
  runScript(document: vscode.Uri, token?: vscode.CancellationToken): Promise<RunResult> {
    return this.execute<RunResult>(ServerCommand.runScript, [document.toString()], token);
  }

  runCommandText(workspace: vscode.Uri, text: string): Promise<RunResult> {
    return this.execute<RunResult>(ServerCommand.runCommandText, [workspace.toString(), text]);
  }

  processTransport(workspace: vscode.Uri): Promise<TransportRunResult> {
    return this.execute<TransportRunResult>(ServerCommand.processTransport, [workspace.toString()]);
  }

  startTransport(workspace: vscode.Uri): Promise<TransportStatus> {
    return this.execute<TransportStatus>(ServerCommand.startTransport, [workspace.toString()]);
  }

  stopTransport(workspace: vscode.Uri): Promise<TransportStatus> {
    return this.execute<TransportStatus>(ServerCommand.stopTransport, [workspace.toString()]);
  }

  importConfiguration(workspace: vscode.Uri, files: readonly vscode.Uri[], type?: string): Promise<ImportResult> {
    const args: unknown[] = [workspace.toString(), files.map((f) => f.toString())];
    return this.execute<ImportResult>(ServerCommand.importConfiguration, type ? [...args, type] : args);
  }

  resetOrganization(workspace: vscode.Uri): Promise<ResetResult> {
    return this.execute<ResetResult>(ServerCommand.resetOrganization, [workspace.toString()]);
  }

  initOrganization(workspace: vscode.Uri): Promise<InitResult> {
    return this.execute<InitResult>(ServerCommand.initOrganization, [workspace.toString()]);
  }

  traceRecipient(workspace: vscode.Uri, address: string): Promise<RouteTraceResult> {
    return this.execute<RouteTraceResult>(ServerCommand.traceRecipient, [workspace.toString(), address]);
  }

  state(workspace: vscode.Uri): Promise<SimulatorState> {
    return this.client.sendRequest(StateRequest, { workspaceUri: workspace.toString() });
  }

  /** Whether the running server advertises a command (features arrive server-side over time). */
  supports(command: ServerCommandId): boolean {
    return this.client.initializeResult?.capabilities.executeCommandProvider?.commands.includes(command) ?? false;
  }

  private async execute<T>(command: ServerCommandId, args: unknown[], token?: vscode.CancellationToken): Promise<T> {
    // A command run before the server finished starting would otherwise fail with "client is not
    // running"; start() resolves at once when it already runs.
    if (!this.client.isRunning()) await this.client.start();
    return (await this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }, token)) as T;
  }
}
