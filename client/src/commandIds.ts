// The VS Code commands this extension contributes (package.json "contributes.commands"). Kept in
// one list because the language client must not register a server command under any of these ids
// (see serverCommandFilter.ts). Eight of them share their id with the server command they wrap, so
// those ids come from the protocol module rather than being written again.
import { ServerCommand } from '../../server/src/protocol/extensionProtocol';

export const Command = {
  runScript: ServerCommand.runScript,
  processTransport: ServerCommand.processTransport,
  startTransport: ServerCommand.startTransport,
  stopTransport: ServerCommand.stopTransport,
  importConfiguration: ServerCommand.importConfiguration,
  resetOrganization: ServerCommand.resetOrganization,
  initOrganization: ServerCommand.initOrganization,
  traceRecipient: ServerCommand.traceRecipient,
  toggleTransport: 'exconn.toggleTransport',
  createSample: 'exconn.createSample',
  refreshConnectors: 'exconn.refreshConnectors',
  revealFolder: 'exconn.revealFolder',
  openDropFolder: 'exconn.openDropFolder',
  removeConnector: 'exconn.removeConnector',
  openConnectorDefinition: 'exconn.openConnectorDefinition',
  showOutput: 'exconn.showOutput',
  restartServer: 'exconn.restartServer',
  showMailFlow: 'exconn.showMailFlow',
  runSampleProcedure: 'exconn.runSampleProcedure',
} as const;

export const clientOwnedCommandIds: ReadonlySet<string> = new Set(Object.values(Command));

export const connectorsViewId = 'exconn.connectors';
export const outputChannelName = 'Exchange Connectors';
