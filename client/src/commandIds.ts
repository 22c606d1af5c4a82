// The VS Code commands this extension contributes (package.json "contributes.commands"). Kept in
// one list because the language client must not register a server command under any of these ids
// (see serverCommandFilter.ts).
export const Command = {
  runScript: 'exconn.runScript',
  processTransport: 'exconn.processTransport',
  startTransport: 'exconn.startTransport',
  stopTransport: 'exconn.stopTransport',
  toggleTransport: 'exconn.toggleTransport',
  createSample: 'exconn.createSample',
  refreshConnectors: 'exconn.refreshConnectors',
  revealFolder: 'exconn.revealFolder',
  openDropFolder: 'exconn.openDropFolder',
  removeConnector: 'exconn.removeConnector',
  openConnectorDefinition: 'exconn.openConnectorDefinition',
} as const;

export const clientOwnedCommandIds: ReadonlySet<string> = new Set(Object.values(Command));

export const connectorsViewId = 'exconn.connectors';
export const outputChannelName = 'Exchange Connectors';
