// A server named by its FQDN must be known alike by `exconn check`, the language server and
// `exconn run`: `hub01.contoso.com` is Hub01 of the contoso.com organization, while a name in
// another domain is no declared server for any of the three.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { buildBundles, checkDiagnostics, editorDiagnostics, exconn, workspaceWith } from './threeFaces';

const EXCONN_JSON = JSON.stringify({ organizationName: 'Contoso', domain: 'contoso.com', servers: ['Hub01', 'Hub02'], localServer: 'Hub01' });

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

describe('server names agree across exconn check, the language server and exconn run', function () {
  this.timeout(60000);
  const workspaces: string[] = [];

  before(buildBundles);
  after(() => {
    for (const workspace of workspaces) fs.rmSync(workspace, { recursive: true, force: true });
  });

  function workspaceFor(server: string): string {
    const workspace = workspaceWith({ 'exconn.json': EXCONN_JSON, 'pickup.ps1': `Set-TransportService ${server} -PickupDirectoryPath "C:\\Pickup Directory"\n` });
    workspaces.push(workspace);
    return path.join(workspace, 'pickup.ps1');
  }

  it('takes hub01.contoso.com for Hub01', async () => {
    const script = workspaceFor('hub01.contoso.com');
    assert.deepEqual(codes(checkDiagnostics(script)), [], 'exconn check');
    assert.deepEqual(codes(await editorDiagnostics(path.dirname(script), script, (diagnostics) => diagnostics.length === 0)), [], 'language server');
    const run = exconn('run', script);
    assert.equal(run.code, 0, `exconn run: ${run.err}`);
  });

  it('knows no hub01.fabrikam.com in the contoso.com organization', async () => {
    const script = workspaceFor('hub01.fabrikam.com');
    assert.deepEqual(codes(checkDiagnostics(script)), ['unknown-server'], 'exconn check');
    assert.deepEqual(codes(await editorDiagnostics(path.dirname(script), script, (diagnostics) => diagnostics.length > 0)), ['unknown-server'], 'language server');
    const run = exconn('run', script);
    assert.equal(run.code, 1, 'exconn run');
    assert.match(run.err, /hub01\.fabrikam\.com/);
  });
});
