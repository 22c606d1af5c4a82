// `exconn` in the integrated terminal: the CLI ships in the package (dist/cli.js), so the extension
// writes a small launcher for it into its global storage folder and puts that folder first on the
// PATH of every new terminal (an environment variable collection). The launcher runs the CLI with
// the editor's own runtime, as the check task does: Node in code-server, Electron as Node in VS Code,
// so nothing else needs installing.
import { chmod } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const LAUNCHER_NAME = 'exconn';

export async function putCliOnTerminalPath(context: vscode.ExtensionContext): Promise<string> {
  const bin = vscode.Uri.joinPath(context.globalStorageUri, 'bin');
  await vscode.workspace.fs.createDirectory(bin);
  const cli = context.asAbsolutePath(path.join('dist', 'cli.js'));
  const windows = process.platform === 'win32';
  const launcher = vscode.Uri.joinPath(bin, windows ? `${LAUNCHER_NAME}.cmd` : LAUNCHER_NAME);
  await vscode.workspace.fs.writeFile(launcher, Buffer.from(windows ? windowsLauncher(process.execPath, cli) : shellLauncher(process.execPath, cli)));
  if (!windows) await chmod(launcher.fsPath, 0o755);
  const collection = context.environmentVariableCollection;
  collection.description = 'Puts the exconn command-line tool (exconn check, run, transport, route, ...) on the PATH.';
  collection.prepend('PATH', `${bin.fsPath}${path.delimiter}`);
  return launcher.fsPath;
}

function shellLauncher(runtime: string, cli: string): string {
  return `#!/bin/sh\n# Written by Exchange Connector Studio: runs its bundled exconn CLI.\nELECTRON_RUN_AS_NODE=1 exec ${shellQuote(runtime)} ${shellQuote(cli)} "$@"\n`;
}

function windowsLauncher(runtime: string, cli: string): string {
  return `@echo off\r\nrem Written by Exchange Connector Studio: runs its bundled exconn CLI.\r\nset ELECTRON_RUN_AS_NODE=1\r\n"${runtime}" "${cli}" %*\r\n`;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
