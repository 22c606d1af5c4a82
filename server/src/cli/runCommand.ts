// `exconn run <script.ps1> [--workspace <dir>] [--whatif]`: runs a script in the simulator against a
// workspace (by default the script's folder) and prints what the Exchange Management Shell would
// print. Results go to stdout and error records to stderr, in the order the shell shows them; the
// exit code is 1 when any statement failed, 2 for a usage error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../core/analysis';
import { errorMessage, runScriptWithTranscript } from '../core/simulator';
import { parseArguments } from './arguments';
import { exitCodes, UsageError, type CliIo } from './io';
import { workspaceFolderOption } from './workspaceRoot';

export const runHelp = `Usage: exconn run <script.ps1> [--workspace <dir>] [--whatif]

Runs the script in the simulator against the workspace folder (by default the script's folder),
as the Exchange Management Shell would: connectors and transport settings it changes are kept in
the workspace's .exconn/ folder, and the folders it points to are created in the workspace.
Prints the shell's output (formatted objects, What if: lines) to stdout and its errors to stderr.
Exit code 0 when every statement succeeded, 1 when any failed, 2 on a usage error.

Options:
  --workspace <dir>   the folder that stands for the Exchange server (C:\\ maps to it)
  --whatif            run every changing cmdlet as with -WhatIf: report, change nothing
`;

export async function runCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { values: ['workspace'], booleans: ['whatif'] }, 'run');
  if (parsed.operands.length === 0) throw new UsageError('Name the script to run, e.g. exconn run samples/contoso/01-create-connector.ps1.');
  if (parsed.operands.length > 1) throw new UsageError(`Give one script to run; got ${parsed.operands.length}.`);
  const scriptPath = path.resolve(parsed.operands[0]);
  if (!isFile(scriptPath)) throw new UsageError(`No such script file: '${parsed.operands[0]}'.`);
  const workspace = workspaceFolderOption(parsed.values.get('workspace'), path.dirname(scriptPath));
  const text = decodeText(fs.readFileSync(scriptPath));
  try {
    const result = await runScriptWithTranscript({ workspace, scriptPath, text, whatIf: parsed.booleans.has('whatif') });
    for (const entry of result.entries) {
      const chunk = entry.lines.map((line) => `${line}\n`).join('');
      if (entry.stream === 'error') io.err(chunk);
      else io.out(chunk);
    }
    if (result.startOverHint) io.err(`${result.startOverHint}\n`);
    return result.success ? exitCodes.ok : exitCodes.inputErrors;
  } catch (error) {
    // The workspace itself is unusable (an invalid exconn.json, a lock held too long): an input error.
    io.err(`exconn run: ${errorMessage(error)}\n`);
    return exitCodes.inputErrors;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

