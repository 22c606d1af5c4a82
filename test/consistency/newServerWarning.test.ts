// Without exconn.json any server name is accepted, so a misspelt one (Hub2 beside Hub02) would make
// a second server unnoticed: exconn check, the language server and exconn run each warn at a
// server's first mention, with the same words, naming the servers known so far.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { newServerWarning } from '../../server/src/core/model/serverNames';
import { buildBundles, checkDiagnostics, editorDiagnostics, exconn, workspaceWith } from './threeFaces';

const SCRIPT = [
  'New-ForeignConnector -Name "Fax" -AddressSpaces "SMTP:fabrikam.com;1" -SourceTransportServers Hub01, Hub02',
  'Set-ForeignConnector "Fax" -SourceTransportServers Hub02, Hub2',
  'Set-TransportService EX01 -PickupDirectoryPath "C:\\Pickup"',
  '',
].join('\n');

const warnings = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((diagnostic) => diagnostic.code === 'new-server').map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.message}`);

describe('a server named for the first time without exconn.json: one warning in check, editor and run', function () {
  this.timeout(60000);
  let workspace: string;
  before(buildBundles);
  beforeEach(() => {
    workspace = workspaceWith({ 'fax.ps1': SCRIPT });
  });
  afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

  const expected = [
    `0:${newServerWarning('Hub02', ['Hub01'])}`,
    `1:${newServerWarning('Hub2', ['Hub01', 'Hub02'])}`,
    `2:${newServerWarning('EX01', ['Hub01', 'Hub02', 'Hub2'])}`,
  ];

  it('names the servers known so far and how to declare them, in exconn check and the editor alike', async () => {
    const script = path.join(workspace, 'fax.ps1');
    assert.match(expected[1]!, /'Hub2' is named here for the first time; the servers known so far are Hub01, Hub02\..*exconn\.json/);
    assert.deepEqual(warnings(checkDiagnostics(script)), expected, 'exconn check');
    assert.deepEqual(warnings(await editorDiagnostics(workspace, script, (found) => warnings(found).length === 3)), expected, 'language server');
  });

  it('accepts the name in exconn run, with the same warning', () => {
    const run = exconn('run', path.join(workspace, 'fax.ps1'));
    assert.equal(run.code, 0, run.err);
    const printed = run.out.split(/\r?\n/).filter((line) => line.startsWith('WARNING: ')).map((line) => line.slice('WARNING: '.length));
    assert.deepEqual(printed, expected.map((line) => line.slice(2)));
  });

  it('warns no more once exconn.json declares the servers', () => {
    fs.writeFileSync(path.join(workspace, 'exconn.json'), JSON.stringify({ servers: ['Hub01', 'Hub02', 'Hub2', 'EX01'] }));
    assert.deepEqual(warnings(checkDiagnostics(path.join(workspace, 'fax.ps1'))), []);
    assert.doesNotMatch(exconn('run', path.join(workspace, 'fax.ps1')).out, /WARNING:/);
  });
});
