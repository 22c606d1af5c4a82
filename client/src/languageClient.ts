// Starts dist/server.js as the language server for PowerShell documents. Everything the extension
// knows about scripts and the simulator comes over this connection; of the server's code, client/
// imports only the protocol module (server/src/protocol/extensionProtocol.ts), which imports nothing.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { clientOwnedCommandIds } from './commandIds';
import { keepClientOwnedCommands } from './serverCommandFilter';
import { serverFeatures } from './editorFeatures';
import { readSettings } from './settings';

// The id is also the settings prefix vscode-languageclient reads the trace level from:
// `exconn.trace.server`.
const clientId = 'exconn';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'powershell' },
      { scheme: 'untitled', language: 'powershell' },
    ],
    synchronize: {
      // Scripts and exconn.json that change on disk (another script created a connector, git
      // checkout) change what the open documents mean; the server re-checks on these events.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.ps1'),
        vscode.workspace.createFileSystemWatcher('**/exconn.json'),
      ],
      configurationSection: 'exconn',
    },
    // A function: read again at every (re)start, so a restart after a settings change sends the new ones.
    initializationOptions: () => ({ ...readSettings(), features: serverFeatures() }),
  };
  const client = new LanguageClient(clientId, 'Exchange Connectors Language Server', serverOptions, clientOptions);
  keepClientOwnedCommands(client, clientOwnedCommandIds);
  return client;
}
