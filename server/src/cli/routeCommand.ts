// `exconn route <address>... [--workspace <dir>] [--format text|json]`: where the workspace's
// transport service would send mail for each address, and why (core/simulator/transport/routeTrace.ts).
// It reads the state and changes nothing.

import { errorMessage, formatRouteTrace, parseSize, traceRoute } from '../core/simulator';
import type { RouteTrace } from '../protocol/extensionProtocol';
import { parseArguments } from './arguments';
import { exitCodes, UsageError, type CliIo } from './io';
import { workspaceFolderOption } from './workspaceRoot';

export const routeHelp = `Usage: exconn route <address>... [--workspace <dir>] [--size <size>] [--format text|json]

Shows where the simulated server (exconn.json's localServer) would send mail for each address, and
why: how the address was read (accepted domain, mail contact, IMCEA), every connector address space
with whether it matched, its cost and specificity, and whether this server may use the connector;
then the winner and its Drop directory, delivery agent folder or next hop, the mailbox, or the NDR
with its enhanced status code. Nothing is sent and nothing changes.

An address is an SMTP address (IMCEA-encapsulated ones included), TYPE:address
("X400:c=US;a=Fabrikam;p=Contoso;s=Smith", "NOTES:Bob/Sales/Fabrikam"), or a bare O/R address.

Exit code 0 when every address is delivered or routed, 1 when one would get an NDR or the workspace
cannot be read, 2 on a usage error.

Options:
  --workspace <dir>   the workspace folder (default: the current folder)
  --size <size>       the message's size (10MB, 65536): connectors whose MaxMessageSize is smaller
                      are left out first, as the transport leaves them out (5.3.4 when all are)
  --format text|json  text (the default) or JSON: an array of route traces (docs/interfaces.md)
`;

export async function routeCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { values: ['workspace', 'format', 'size'], booleans: [] }, 'route');
  if (parsed.operands.length === 0) throw new UsageError("name the address to trace, for example 'exconn route bob@fabrikam.com'.");
  const format = parsed.values.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got '${format}').`);
  const workspace = workspaceFolderOption(parsed.values.get('workspace'), '.');
  const sizeText = parsed.values.get('size');
  const size = sizeText === undefined ? undefined : parseSize(sizeText);
  if (sizeText !== undefined && (!size || size.unlimited)) throw new UsageError(`--size must be a size such as 10MB or 65536 (got '${sizeText}').`);
  const messageSize = size && !size.unlimited ? size.bytes : undefined;
  const traces: RouteTrace[] = [];
  try {
    for (const address of parsed.operands) traces.push(await traceRoute(workspace, address, messageSize === undefined ? {} : { messageSize }));
  } catch (error) {
    io.err(`exconn route: ${errorMessage(error)}\n`);
    return exitCodes.inputErrors;
  }
  io.out(format === 'json' ? `${JSON.stringify(traces, null, 2)}\n` : traces.map(formatRouteTrace).join('\n'));
  return traces.some((trace) => trace.outcome.kind === 'ndr') ? exitCodes.inputErrors : exitCodes.ok;
}
