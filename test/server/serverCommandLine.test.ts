// Starting the language server from a shell or another editor: `exconn lsp --stdio` serves a client
// that is not VS Code (Neovim's filetype ps1 as the languageId), and a start without a transport or
// with --help prints a few lines of usage, never the bundle's source.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ServerCommand, type RunResult } from '../../server/src/protocol/extensionProtocol';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';

const REPOSITORY = path.resolve(__dirname, '../..');

describe('the language server from the command line', function () {
  this.timeout(60000);
  before(() => {
    execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' });
  });

  for (const command of [['dist/server.js'], ['dist/cli.js', 'lsp']]) {
    it(`${command.join(' ')} without a transport prints the usage and exits 2`, () => {
      const result = spawnSync(process.execPath, command, { cwd: REPOSITORY, encoding: 'utf8', timeout: 20000 });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^exconn lsp: no transport given\.\n\nUsage: exconn lsp --stdio/);
      assert.ok(result.stderr.length < 1000, `${result.stderr.length} characters on stderr`);
      assert.equal(result.stdout, '');
    });
  }

  it('prints the usage for --help and exits 0', () => {
    for (const command of [['dist/server.js', '--help'], ['dist/cli.js', 'lsp', '--help']]) {
      const result = spawnSync(process.execPath, command, { cwd: REPOSITORY, encoding: 'utf8', timeout: 20000 });
      assert.equal(result.status, 0, command.join(' '));
      assert.match(result.stdout, /^Usage: exconn lsp --stdio/, command.join(' '));
    }
  });

  it('exconn lsp --stdio serves an editor that calls PowerShell ps1', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-lsp-cli-'));
    const { client, result } = await LspTestClient.start(pathToFileURL(workspace).href, { serverArguments: [path.join(REPOSITORY, 'dist/cli.js'), 'lsp', '--stdio'] });
    try {
      assert.equal(result.serverInfo?.name, 'exconn');
      const uri = pathToFileURL(path.join(workspace, 'draft.ps1')).href;
      await client.open(uri, 'Set-ForeignConnector "Contoso" -DropDirectori "C:\\\\Drop"\n', 'ps1');
      const diagnostics = await client.waitForDiagnostics(uri, (found) => found.length > 0);
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'unknown-parameter'), JSON.stringify(diagnostics));
    } finally {
      await client.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('takes the exconn settings from initializationOptions, wrapped in an exconn section as Neovim sends them', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-lsp-init-'));
    fs.cpSync(path.join(REPOSITORY, 'samples', 'contoso'), workspace, { recursive: true });
    const { client } = await LspTestClient.start(pathToFileURL(workspace).href, {
      serverArguments: [path.join(REPOSITORY, 'dist/cli.js'), 'lsp', '--stdio'],
      initializationOptions: { exconn: { pathMappings: { 'D:': 'd-drive' } } },
    });
    try {
      const text = 'Set-TransportService Hub01 -PickupDirectoryPath "D:\\Pickup"';
      const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.runCommandText, arguments: [pathToFileURL(workspace).href, text] }) as RunResult;
      assert.equal(result.success, true, result.output);
      assert.ok(fs.statSync(path.join(workspace, 'd-drive', 'Pickup')).isDirectory());
    } finally {
      await client.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});
