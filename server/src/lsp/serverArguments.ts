// How the language server was asked to start. vscode-languageserver reads the transport from the
// command line and, without one, throws an error whose stack prints lines of the minified bundle;
// a user who typed `node dist/server.js` or `exconn lsp` wants a usage line instead.

export const SERVER_USAGE = `Usage: exconn lsp --stdio        (or: node dist/server.js --stdio)

Starts the Exchange Connector Studio language server for any editor that speaks LSP. Give the
transport the editor uses: --stdio (most editors), --node-ipc (VS Code, which starts it itself),
--socket=<port> or --pipe=<name>. Settings come from workspace/configuration (section "exconn")
or from initializationOptions. See the README's "Other editors" section for recipes.
`;

export type ServerStart = { kind: 'serve' } | { kind: 'help' } | { kind: 'no-transport' };

const TRANSPORTS = /^--(stdio|node-ipc|socket=\S+|pipe=\S+)$/;

export function serverStart(args: readonly string[], hasIpcChannel: boolean): ServerStart {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  if (hasIpcChannel || args.some((arg) => TRANSPORTS.test(arg))) return { kind: 'serve' };
  return { kind: 'no-transport' };
}
