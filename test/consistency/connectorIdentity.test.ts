// A connector named by a script must be known alike by `exconn check`, the language server and
// `exconn run`: whether it is written `Server\Name`, and whether it was created by a script of the
// workspace or by an earlier run that the simulator's state (.exconn/) remembers.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { buildBundles, checkDiagnostics, editorDiagnostics, exconn, savedState, workspaceWith } from './threeFaces';

const EXCONN_JSON = JSON.stringify({ organizationName: 'Contoso', domain: 'contoso.com', servers: ['Hub01', 'Hub02'], localServer: 'Hub01' });

const CREATE = 'New-ForeignConnector -Name "Contoso Foreign Connector" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5" -SourceTransportServers Hub01\n';

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);
const connector = (workspace: string, name: string) => savedState(workspace).connectors.find((saved) => saved.name === name);

describe('connector identities agree across exconn check, the language server and exconn run', function () {
  this.timeout(60000);
  const workspaces: string[] = [];

  before(buildBundles);
  after(() => {
    for (const workspace of workspaces) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('takes "Hub01\\Contoso Foreign Connector" for the connector the script creates', async () => {
    const workspace = workspaceWith({
      'exconn.json': EXCONN_JSON,
      'configure.ps1': `${CREATE}Set-ForeignConnector "Hub01\\Contoso Foreign Connector" -Comment "Relays to Fabrikam"\n`,
    });
    workspaces.push(workspace);
    const script = path.join(workspace, 'configure.ps1');

    assert.deepEqual(codes(checkDiagnostics(script)), [], 'exconn check');
    assert.deepEqual(codes(await editorDiagnostics(workspace, script, (diagnostics) => diagnostics.length === 0)), [], 'language server');
    const run = exconn('run', script);
    assert.equal(run.code, 0, `exconn run: ${run.err}`);
    assert.equal(connector(workspace, 'Contoso Foreign Connector')?.comment, 'Relays to Fabrikam', 'exconn run');
  });

  it('knows a connector that an earlier run of another script saved in the simulator\'s state', async () => {
    const workspace = workspaceWith({ 'exconn.json': EXCONN_JSON, 'disable.ps1': 'Set-ForeignConnector "Contoso Foreign Connector" -Enabled $false\n' });
    workspaces.push(workspace);
    // The creating script lives outside the workspace: only the state it leaves tells of the connector.
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-consistency-create-'));
    workspaces.push(elsewhere);
    fs.writeFileSync(path.join(elsewhere, 'create.ps1'), CREATE);
    const created = exconn('run', path.join(elsewhere, 'create.ps1'), '--workspace', workspace);
    assert.equal(created.code, 0, `creating run: ${created.err}`);
    const script = path.join(workspace, 'disable.ps1');

    assert.deepEqual(codes(checkDiagnostics(script)), [], 'exconn check');
    assert.deepEqual(codes(await editorDiagnostics(workspace, script, (diagnostics) => diagnostics.length === 0)), [], 'language server');
    const run = exconn('run', script);
    assert.equal(run.code, 0, `exconn run: ${run.err}`);
    assert.equal(connector(workspace, 'Contoso Foreign Connector')?.enabled, false, 'exconn run');
  });

  it('still warns alike about a connector that neither the scripts nor the state hold', async () => {
    const workspace = workspaceWith({ 'exconn.json': EXCONN_JSON, 'typo.ps1': `${CREATE}Set-ForeignConnector "Hub01\\Contoso Foreign Connecter" -Enabled $false\n` });
    workspaces.push(workspace);
    const script = path.join(workspace, 'typo.ps1');

    assert.deepEqual(codes(checkDiagnostics(script)), ['unknown-connector'], 'exconn check');
    assert.deepEqual(codes(await editorDiagnostics(workspace, script, (diagnostics) => diagnostics.length > 0)), ['unknown-connector'], 'language server');
    const run = exconn('run', script);
    assert.equal(run.code, 1, 'exconn run fails');
    assert.match(run.err, /Contoso Foreign Connecter/);
  });
});
