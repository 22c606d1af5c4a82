// `exconn transport [--workspace <dir>] [--once | --watch]`: runs the simulated Transport service
// over the workspace's Pickup and Replay directories and prints where each message went. --once (the
// default) processes what is there and exits; --watch keeps going until SIGINT or SIGTERM, which let
// the messages in hand (one batch) finish first. Exit code 0 when all went well, 1 when a file became badmail or
// something could not be processed, 2 for a usage error.

import { errorMessage, formatMessage, formatTransportSummary, processOnce, totalLine, type TransportSummary, watch } from '../core/simulator';
import { parseArguments } from './arguments';
import { exitCodes, UsageError } from './io';
import { workspaceFolderOption } from './workspaceRoot';

export const transportHelp = `Usage: exconn transport [--workspace <dir>] [--once | --watch]

Runs the Transport service of the simulated server (exconn.json's localServer) over the workspace:
.eml files in its Pickup and Replay directories are checked with Exchange's rules, routed through
the Foreign connectors, and written to Drop directories or mailbox folders (Mailboxes/<address>/);
malformed files are renamed .bad next to a .bad.reason.txt file; NDRs go back to the sender; every
step is recorded in the message tracking log. Messages waiting for room in a Drop directory are kept
in .exconn/queue/ and tried again on every pass.

Options:
  --workspace <dir>   the folder that stands for the Exchange server (default: the current folder)
  --once              process every message present, then exit (the default)
  --watch             keep processing as files arrive; Ctrl+C (SIGINT) or SIGTERM stops after the
                      messages in hand (one batch)

Exit code 0 when every file was processed, 1 when a file became badmail or an error stopped part of
the work, 2 on a usage error.
`;

export interface TransportCommandOptions {
  /** Stops --watch (tests); the command also listens for SIGINT and SIGTERM. */
  signal?: AbortSignal;
}

export async function transportCommand(args: string[], io: { out(text: string): void; err(text: string): void }, options: TransportCommandOptions = {}): Promise<number> {
  let workspace: string;
  let watchMode: boolean;
  try {
    ({ workspace, watchMode } = readArguments(args));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`exconn transport: ${error.message}\n`);
    return exitCodes.usage;
  }
  try {
    let summary: TransportSummary;
    if (watchMode) {
      summary = await watchUntilStopped(workspace, io, options.signal);
      io.out(`Stopped. ${totalLine(summary)}\n`);
    } else {
      summary = await processOnce(workspace);
      io.out(formatTransportSummary(summary, { problems: false }));
      for (const line of problemLines(summary)) io.err(line);
    }
    return summary.errors.length > 0 || summary.messages.some((message) => message.result === 'badmail') ? exitCodes.inputErrors : exitCodes.ok;
  } catch (error) {
    // The workspace cannot be used at all (an invalid exconn.json, a damaged .exconn file, a held lock).
    io.err(`exconn transport: ${errorMessage(error)}\n`);
    return exitCodes.inputErrors;
  }
}

function readArguments(args: string[]): { workspace: string; watchMode: boolean } {
  const parsed = parseArguments(args, { values: ['workspace'], booleans: ['once', 'watch'] }, 'transport');
  if (parsed.operands.length > 0) throw new UsageError(`Unexpected argument '${parsed.operands[0]}'; give the workspace with --workspace <dir>.`);
  if (parsed.booleans.has('once') && parsed.booleans.has('watch')) throw new UsageError('Give either --once or --watch, not both.');
  const workspace = workspaceFolderOption(parsed.values.get('workspace'), process.cwd());
  return { workspace, watchMode: parsed.booleans.has('watch') };
}

async function watchUntilStopped(workspace: string, io: { out(text: string): void; err(text: string): void }, external?: AbortSignal): Promise<TransportSummary> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  external?.addEventListener('abort', stop, { once: true });
  if (external?.aborted) stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  io.out(`Watching the Pickup and Replay directories of ${workspace}. Press Ctrl+C to stop.\n`);
  try {
    return await watch(workspace, {
      onMessage: (outcome) => io.out(`${formatMessage(outcome).join('\n')}\n`),
      onPass: (summary) => {
        for (const entry of summary.queue) {
          if (entry.result === 'drop') io.out(`Queue: ${entry.messageId} -> ${entry.connector} -> ${entry.location ?? ''}\n`);
          if (entry.result === 'failed') io.out(`Queue: ${entry.messageId} not delivered by ${entry.connector}: ${entry.reason ?? ''}${entry.report ? `; NDR to ${entry.report.to}` : ''}\n`);
        }
        for (const line of problemLines(summary)) io.err(line);
      },
    }, controller.signal);
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
    external?.removeEventListener('abort', stop);
  }
}

function problemLines(summary: TransportSummary): string[] {
  return [...summary.warnings.map((warning) => `Warning: ${warning}\n`), ...summary.errors.map((error) => `Error: ${error}\n`)];
}

