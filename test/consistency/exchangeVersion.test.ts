// The target Exchange version decides alike for `exconn check`, the language server and `exconn run`:
// a parameter Exchange 2013 lacks is warned about by the first two and refused by the run when the
// workspace targets 2013 (the default), and accepted by all three when exconn.json says 2016.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { buildBundles, checkDiagnostics, editorDiagnostics, exconn, workspaceWith } from './threeFaces';

const SCRIPT = 'Get-MessageTrackingLog -TransportTrafficType Email\n';
const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

describe('the target Exchange version agrees across exconn check, the language server and exconn run', function () {
  this.timeout(60000);
  const workspaces: string[] = [];

  before(buildBundles);
  after(() => {
    for (const workspace of workspaces) fs.rmSync(workspace, { recursive: true, force: true });
  });

  function scriptIn(organization: object): string {
    const workspace = workspaceWith({ 'exconn.json': JSON.stringify({ servers: ['Hub01'], localServer: 'Hub01', ...organization }), 'tracking.ps1': SCRIPT });
    workspaces.push(workspace);
    return path.join(workspace, 'tracking.ps1');
  }

  it('warns about and refuses an Exchange 2016 parameter in an Exchange 2013 workspace', async () => {
    const script = scriptIn({});
    const checked = checkDiagnostics(script);
    assert.deepEqual(codes(checked), ['not-in-exchange-version'], 'exconn check');
    assert.match(String(checked[0].message), /Exchange 2016, 2019 and SE/);
    assert.deepEqual(codes(await editorDiagnostics(path.dirname(script), script, (diagnostics) => diagnostics.length > 0)), ['not-in-exchange-version'], 'language server');
    const run = exconn('run', script);
    assert.equal(run.code, 1, 'exconn run');
    assert.match(run.err, /A parameter cannot be found that matches parameter name 'TransportTrafficType'/);
  });

  it('accepts it when exconn.json targets Exchange 2016', async () => {
    const script = scriptIn({ exchangeVersion: '2016' });
    assert.deepEqual(codes(checkDiagnostics(script)), [], 'exconn check');
    assert.deepEqual(codes(await editorDiagnostics(path.dirname(script), script, (diagnostics) => diagnostics.length === 0)), [], 'language server');
    const run = exconn('run', script);
    assert.equal(run.code, 0, `exconn run: ${run.err}`);
  });

  it('reports an exchangeVersion that is no version with its line', () => {
    const script = scriptIn({ exchangeVersion: '2007' });
    const checked = exconn('check', script);
    assert.equal(checked.code, 1);
    assert.match(checked.out, /exconn\.json:\d+:\d+: error invalid-exconn-json "exchangeVersion" is "2007"; write one of "2013", "2016", "2019", "SE"/);
    const run = exconn('run', script);
    assert.equal(run.code, 1);
    assert.match(run.err, /"exchangeVersion" is "2007"; write one of "2013", "2016", "2019", "SE"/);
  });
});
