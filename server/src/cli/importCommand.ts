// `exconn import <file>... [--workspace <dir>] [--type <ObjectType>]`: reads what an administrator
// exported on a real server (Export-Clixml or ConvertTo-Json) into the workspace's simulator state,
// so checks and runs start from the real configuration. A bad file changes nothing.

import * as path from 'node:path';
import { importWithReport } from '../core/simulator';
import { parseArguments } from './arguments';
import { exitCodes, UsageError, type CliIo } from './io';
import { workspaceFolderOption } from './workspaceRoot';

export const importHelp = `Usage: exconn import <file>... [--workspace <dir>] [--type <ObjectType>]

Imports Exchange objects exported on a real server into the workspace's simulator state
(.exconn/config.json): Foreign, Send, Delivery Agent and Receive connectors, accepted and remote
domains, mail contacts, the transport configuration and the Transport, Mailbox Transport and Front
End Transport services' settings, from

  Get-SendConnector | Export-Clixml send.xml        (CLIXML; the file names each object's type)
  Get-SendConnector | ConvertTo-Json -Depth 4 > send.json   (JSON; give --type SendConnector)

An object whose name is already in the state is replaced. Properties that no cmdlet parameter sets
(read-only ones) are left out. If any file or object is wrong, nothing is imported and the error
names the file, the object and the property.

Options:
  --workspace <dir>   the workspace folder (default: the current folder)
  --type <type>       the object type of JSON files: ForeignConnector, SendConnector,
                      DeliveryAgentConnector, ReceiveConnector, AcceptedDomain, RemoteDomain,
                      MailContact, TransportService, TransportConfig,
                      MailboxTransportService or FrontendTransportService
`;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { values: ['workspace', 'type'], booleans: [] }, 'import');
  if (parsed.operands.length === 0) throw new UsageError('Name the files to import, e.g. exconn import send.xml.');
  const workspace = workspaceFolderOption(parsed.values.get('workspace'), '.');
  const type = parsed.values.get('type');
  const report = await importWithReport(workspace, parsed.operands.map((file) => path.resolve(file)), type ? { type } : {});
  if (report.success) io.out(report.output);
  else io.err(report.output);
  return report.success ? exitCodes.ok : exitCodes.inputErrors;
}
