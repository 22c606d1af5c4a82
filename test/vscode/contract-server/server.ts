// A stand-in language server that speaks the extension's LSP contract (docs/interfaces.md and
// server/src/protocol/extensionProtocol.ts) with a few regular expressions. It is NOT the product's server: it lets
// the client, the integration suite and the end-to-end check run in a real VS Code before (and
// independently of) the real server's features. `npm run test:vscode -- --server contract` uses it;
// the default is the real dist/server.js.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItemKind, createConnection, DiagnosticSeverity, ProposedFeatures, SymbolKind, TextDocuments, TextDocumentSyncKind,
  type Diagnostic, type SymbolInformation,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  SERVER_COMMAND_IDS, ServerCommand, STATE_CHANGED_NOTIFICATION, STATE_REQUEST, TRANSPORT_STATUS_NOTIFICATION, type WorkspaceParams,
} from '../../../server/src/protocol/extensionProtocol';

interface Connector {
  name: string;
  addressSpaces: string[];
  sourceTransportServers: string[];
  dropDirectory: string | null;
  enabled: boolean;
}
interface State {
  connectors: Connector[];
  transportService: { identity: string; pickupDirectoryPath: string | null; replayDirectoryPath: string | null };
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const newForeignConnectorParameters = ['Name', 'AddressSpaces', 'SourceTransportServers', 'IsScopedConnector', 'DomainController', 'Confirm', 'WhatIf'];
const x400Keys = ['c', 'a', 'p', 'o', 'ou1', 'ou2', 'ou3', 'ou4', 's', 'g', 'i', 'q', 'cn'];

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Full,
    completionProvider: { triggerCharacters: ['-', ';'] },
    workspaceSymbolProvider: true,
    executeCommandProvider: { commands: [...SERVER_COMMAND_IDS] },
  },
}));

documents.onDidChangeContent(({ document }) => {
  const diagnostics: Diagnostic[] = [];
  document.getText().split(/\r?\n/).forEach((line, i) => {
    if (!/^\s*New-ForeignConnector\b/i.test(line)) return;
    for (const m of line.matchAll(/(?<=\s)-([A-Za-z]+)/g)) {
      const name = m[1];
      if (newForeignConnectorParameters.some((p) => p.toLowerCase().startsWith(name.toLowerCase()))) continue;
      diagnostics.push({
        range: { start: { line: i, character: m.index }, end: { line: i, character: m.index + name.length + 1 } },
        severity: DiagnosticSeverity.Error, code: 'unknown-parameter', source: 'exconn (contract stand-in)',
        message: `New-ForeignConnector has no parameter -${name}.`,
      });
    }
  });
  void connection.sendDiagnostics({ uri: document.uri, diagnostics });
});

connection.onCompletion(({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  const before = document?.getText({ start: { line: position.line, character: 0 }, end: position }) ?? '';
  if (/"X400:[^"]*;$/i.test(before)) return x400Keys.map((k) => ({ label: `${k}=`, kind: CompletionItemKind.Property }));
  if (/\s-$/.test(before)) return newForeignConnectorParameters.map((p) => ({ label: `-${p}`, kind: CompletionItemKind.Property }));
  return [];
});

connection.onWorkspaceSymbol(({ query }) => {
  const root = workspaceRoots[0];
  if (!root) return [];
  const out: SymbolInformation[] = [];
  for (const file of fs.readdirSync(root).filter((f) => f.endsWith('.ps1'))) {
    fs.readFileSync(path.join(root, file), 'utf8').split(/\r?\n/).forEach((line, i) => {
      const m = /New-ForeignConnector\s+-Name\s+"([^"]+)"/i.exec(line);
      if (m && m[1].toLowerCase().includes(query.toLowerCase())) {
        out.push({
          name: m[1], kind: SymbolKind.Object,
          location: { uri: pathToFileURL(path.join(root, file)).toString(), range: { start: { line: i, character: 0 }, end: { line: i, character: line.length } } },
        });
      }
    });
  }
  return out;
});

let workspaceRoots: string[] = [];
connection.onInitialized(async () => {
  const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
  workspaceRoots = folders.map((f) => fileURLToPath(f.uri));
});

connection.onExecuteCommand(({ command, arguments: args = [] }) => {
  switch (command) {
    case ServerCommand.runScript: {
      const file = fileURLToPath(String(args[0]));
      return run(rootOf(file), fs.readFileSync(file, 'utf8'));
    }
    case ServerCommand.runCommandText:
      return run(fileURLToPath(String(args[0])), String(args[1]));
    case ServerCommand.processTransport:
      return processTransport(fileURLToPath(String(args[0])));
    case ServerCommand.startTransport:
    case ServerCommand.stopTransport: {
      const workspaceUri = String(args[0]);
      void connection.sendNotification(TRANSPORT_STATUS_NOTIFICATION, { workspaceUri, running: command === ServerCommand.startTransport, moved: 0 });
      return null;
    }
    default:
      return null;
  }
});

connection.onRequest(STATE_REQUEST, ({ workspaceUri }: WorkspaceParams) => {
  const root = fileURLToPath(workspaceUri);
  const state = load(root);
  const folders = [];
  for (const c of state.connectors) if (c.dropDirectory) folders.push({ role: 'Drop', path: local(root, c.dropDirectory), messageCount: count(local(root, c.dropDirectory)), connector: c.name });
  const ts = state.transportService;
  if (ts.pickupDirectoryPath) folders.push({ role: 'Pickup', path: local(root, ts.pickupDirectoryPath), messageCount: count(local(root, ts.pickupDirectoryPath)) });
  if (ts.replayDirectoryPath) folders.push({ role: 'Replay', path: local(root, ts.replayDirectoryPath), messageCount: count(local(root, ts.replayDirectoryPath)) });
  return { ...state, folders };
});

function run(root: string, text: string) {
  const state = load(root);
  const output: string[] = [];
  const failures: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const quoted = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    if (/^\s*New-ForeignConnector\b/i.test(line)) {
      const name = quoted[0];
      if (state.connectors.some((c) => c.name === name)) {
        failures.push({ line: i, message: `A connector named "${name}" already exists.` });
        return;
      }
      const servers = /-SourceTransportServers\s+([\w,]+)/i.exec(line)?.[1].split(',') ?? [];
      state.connectors.push({ name, addressSpaces: quoted.slice(1), sourceTransportServers: servers, dropDirectory: null, enabled: true });
      output.push(`Name: ${name}`);
    } else if (/^\s*Set-ForeignConnector\b/i.test(line)) {
      const c = state.connectors.find((x) => x.name === quoted[0]);
      if (!c) return void failures.push({ line: i, message: `The connector "${quoted[0]}" was not found.` });
      c.dropDirectory = quoted[1];
      fs.mkdirSync(local(root, quoted[1]), { recursive: true });
    } else if (/^\s*Set-TransportService\b/i.test(line)) {
      const pickup = /-PickupDirectoryPath\s+"([^"]*)"/i.exec(line)?.[1];
      const replay = /-ReplayDirectoryPath\s+"([^"]*)"/i.exec(line)?.[1];
      if (pickup) { state.transportService.pickupDirectoryPath = pickup; fs.mkdirSync(local(root, pickup), { recursive: true }); }
      if (replay) { state.transportService.replayDirectoryPath = replay; fs.mkdirSync(local(root, replay), { recursive: true }); }
    } else if (/^\s*Remove-ForeignConnector\b/i.test(line)) {
      state.connectors = state.connectors.filter((c) => c.name !== quoted[0]);
    }
  });
  save(root, state);
  void connection.sendNotification(STATE_CHANGED_NOTIFICATION, { workspaceUri: pathToFileURL(root).toString() });
  return { output: [...output, ...failures.map((f) => `Error (line ${f.line + 1}): ${f.message}`)].join('\n'), success: failures.length === 0, failures };
}

function processTransport(root: string) {
  const state = load(root);
  const pickup = state.transportService.pickupDirectoryPath;
  let moved = 0;
  const output: string[] = [];
  if (pickup) {
    for (const file of fs.readdirSync(local(root, pickup)).filter((f) => f.endsWith('.eml'))) {
      const source = path.join(local(root, pickup), file);
      const domain = /^To:.*@([\w.-]+)/im.exec(fs.readFileSync(source, 'utf8'))?.[1]?.toLowerCase();
      const connector = state.connectors.find((c) => c.dropDirectory && c.addressSpaces.some((s) => s.toLowerCase().startsWith(`smtp:${domain};`)));
      if (!connector?.dropDirectory) continue;
      fs.renameSync(source, path.join(local(root, connector.dropDirectory), file));
      output.push(`${file} → ${connector.name}`);
      moved++;
    }
  }
  void connection.sendNotification(STATE_CHANGED_NOTIFICATION, { workspaceUri: pathToFileURL(root).toString() });
  return { output: output.join('\n'), moved };
}

function rootOf(file: string): string {
  return workspaceRoots.find((r) => file.startsWith(r + path.sep)) ?? path.dirname(file);
}

function local(root: string, exchangePath: string): string {
  return path.join(root, ...exchangePath.replace(/^C:\\/i, '').split('\\'));
}

function count(dir: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).length : 0;
}

function load(root: string): State {
  const file = path.join(root, '.exconn-contract', 'state.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as State;
  return { connectors: [], transportService: { identity: 'Hub01', pickupDirectoryPath: null, replayDirectoryPath: null } };
}

function save(root: string, state: State): void {
  fs.mkdirSync(path.join(root, '.exconn-contract'), { recursive: true });
  fs.writeFileSync(path.join(root, '.exconn-contract', 'state.json'), JSON.stringify(state, null, 2));
}

documents.listen(connection);
connection.listen();
