// `exconn`: the command-line tool over the same core as the language server (docs/interfaces.md).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkCommand, checkHelp } from './cli/checkCommand';
import { importCommand, importHelp } from './cli/importCommand';
import { initCommand, initHelp } from './cli/initCommand';
import { exitCodes, processIo, UsageError, type CliIo } from './cli/io';
import { resetCommand, resetHelp } from './cli/resetCommand';
import { routeCommand, routeHelp } from './cli/routeCommand';
import { runCommand, runHelp } from './cli/runCommand';
import { SERVER_USAGE, serverStart } from './lsp/serverArguments';
import { transportCommand, transportHelp } from './cli/transportCommand';
import { version } from './cli/version';

const help = `exconn ${version}: check and simulate Exchange Management Shell connector scripts.

Usage:
  exconn init [--workspace <dir>]
  exconn check <file|folder>... [--format text|json|sarif]
  exconn run <script.ps1> [--workspace <dir>] [--whatif]
  exconn transport [--workspace <dir>] [--once | --watch]
  exconn import <file>... [--workspace <dir>] [--type <ObjectType>]
  exconn reset [--workspace <dir>] [--yes]
  exconn route <address>... [--workspace <dir>] [--size <size>] [--format text|json]
  exconn lsp --stdio
  exconn --version
  exconn <command> --help
`;

type Command = { help: string; run: (args: string[], io: CliIo) => number | Promise<number> };

const commands: Record<string, Command> = {
  init: { help: initHelp, run: (args, io) => initCommand(args, io) },
  check: { help: checkHelp, run: (args, io) => checkCommand(args, io, version) },
  run: { help: runHelp, run: (args, io) => runCommand(args, io) },
  import: { help: importHelp, run: (args, io) => importCommand(args, io) },
  reset: { help: resetHelp, run: (args, io) => resetCommand(args, io) },
  route: { help: routeHelp, run: (args, io) => routeCommand(args, io) },
  lsp: { help: SERVER_USAGE, run: (args, io) => startLanguageServer(args, io) },
  transport: { help: transportHelp, run: (args, io) => transportCommand(args, io, { signal: interruptSignal() }) },
};

/**
 * `exconn lsp --stdio`: the language server bundle beside this one (dist/server.js) takes over the
 * process; it reads the transport from the same command line and exits when the editor says so.
 */
function startLanguageServer(args: readonly string[], io: CliIo): Promise<number> | number {
  const bundle = path.join(__dirname, 'server.js');
  if (!fs.existsSync(bundle)) {
    io.err(`exconn lsp: the language server ${bundle} is missing; run npm run build.\n`);
    return exitCodes.usage;
  }
  if (serverStart(args, false).kind !== 'serve') {
    io.err(`exconn lsp: no transport given.\n\n${SERVER_USAGE}`);
    return exitCodes.usage;
  }
  // Not bundled into the CLI: the server is its own bundle, loaded at run time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(bundle);
  return new Promise<number>(() => undefined);
}

/** SIGINT/SIGTERM ask `transport --watch` to finish the current message and stop cleanly. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help);
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return exitCodes.ok;
  }
  const command = commands[name];
  if (!command) {
    io.err(`exconn: unknown command '${name}'. Run 'exconn --help' for the commands.\n`);
    return exitCodes.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return exitCodes.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`exconn ${name}: ${error.message}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`exconn: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
