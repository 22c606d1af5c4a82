// A real LSP client for the end-to-end suite: starts `node dist/server.js --stdio` as a child process
// and talks to it through vscode-languageserver-protocol's stream reader and writer, keeping the
// diagnostics and notifications the server pushes so tests can wait for them.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
  PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type Diagnostic, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { STATE_CHANGED_NOTIFICATION, TRANSPORT_PASS_NOTIFICATION, TRANSPORT_STATUS_NOTIFICATION } from '../../server/src/protocol/extensionProtocol';

export const REPOSITORY = path.resolve(__dirname, '../..');

/** The server-to-client notifications the suite records. */
const WATCHED_NOTIFICATIONS = [STATE_CHANGED_NOTIFICATION, TRANSPORT_STATUS_NOTIFICATION, TRANSPORT_PASS_NOTIFICATION, 'window/logMessage', 'window/showMessage'];

export interface StartOptions {
  /** Extra arguments for node before the server script, e.g. `--cpu-prof` to profile the server. */
  nodeArguments?: string[];
  /** The server bundle to start instead of dist/server.js, e.g. an earlier build to compare with. */
  serverPath?: string;
  /** The whole command line after node instead of `<serverPath> --stdio`, e.g. `dist/cli.js lsp --stdio`. */
  serverArguments?: string[];
  /** Sent as initializationOptions (the client offers no workspace/configuration). */
  initializationOptions?: unknown;
}

interface Waiter<T> {
  accept: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  readonly stderr: string[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly notificationWaiters: Waiter<{ method: string; params: unknown }>[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(readonly child: ChildProcess) {
    if (!child.stdout || !child.stdin) throw new Error('the server has no stdio');
    child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.settle(this.diagnosticWaiters, params);
    });
    for (const method of WATCHED_NOTIFICATIONS) {
      this.connection.onNotification(method, (params: unknown) => {
        this.notifications.push({ method, params });
        this.settle(this.notificationWaiters, { method, params });
      });
    }
    this.connection.listen();
  }

  /** The server's process id, e.g. to read its memory use. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  static async start(workspaceUri: string, options: StartOptions = {}): Promise<{ client: LspTestClient; result: InitializeResult }> {
    const serverArguments = [...(options.nodeArguments ?? []), ...(options.serverArguments ?? [options.serverPath ?? path.join(REPOSITORY, 'dist/server.js'), '--stdio'])];
    const child = spawn(process.execPath, serverArguments, { cwd: REPOSITORY, stdio: 'pipe' });
    const client = new LspTestClient(child);
    const result = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: 'contoso' }],
      capabilities: {
        workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
          hover: { contentFormat: ['markdown'] },
          rename: { prepareSupport: true },
        },
      },
      ...(options.initializationOptions === undefined ? {} : { initializationOptions: options.initializationOptions }),
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return { client, result };
  }

  async open(uri: string, text: string, languageId = 'powershell'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  nextVersion(uri: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    return version;
  }

  /** The first diagnostics for `uri` that satisfy `accept`, the latest already received included. */
  waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 10000): Promise<Diagnostic[]> {
    const latest = this.diagnostics.get(uri);
    if (latest && accept(latest)) return Promise.resolve(latest);
    return this.wait(this.diagnosticWaiters, (event) => event.uri === uri && accept(event.diagnostics), timeoutMs, `diagnostics for ${uri}`).then((event) => event.diagnostics);
  }

  /**
   * The next diagnostics published for `uri` at exactly `version`. Call it before sending the change
   * that makes the version, so a fast answer is not missed.
   */
  waitForVersion(uri: string, version: number, timeoutMs = 10000): Promise<Diagnostic[]> {
    return this.wait(this.diagnosticWaiters, (event) => event.uri === uri && event.version === version, timeoutMs, `diagnostics for ${uri} version ${version}`).then((event) => event.diagnostics);
  }

  /** Forgets the diagnostics received so far, so the next wait sees only new ones. */
  clearDiagnostics(uri: string): void {
    this.diagnostics.delete(uri);
  }

  waitForNotification(method: string, timeoutMs = 10000): Promise<unknown> {
    return this.wait(this.notificationWaiters, (event) => event.method === method, timeoutMs, method).then((event) => event.params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), delay(3000)]);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      await Promise.race([new Promise((resolve) => this.child.once('exit', resolve)), delay(3000)]);
      if (this.child.exitCode === null) this.child.kill();
    }
  }

  private wait<T>(waiters: Waiter<T>[], accept: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join('')}`));
      }, timeoutMs);
      const waiter: Waiter<T> = { accept, resolve: (value) => { clearTimeout(timer); resolve(value); } };
      waiters.push(waiter);
    });
  }

  private settle<T>(waiters: Waiter<T>[], value: T): void {
    for (const waiter of [...waiters]) {
      if (!waiter.accept(value)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(value);
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
