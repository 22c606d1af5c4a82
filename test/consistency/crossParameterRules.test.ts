// The cross-parameter rules (catalog/parameterRules.ts, decided in model/parameterRules.ts) decide
// alike for `exconn check`, the language server and `exconn run`: a command that breaks one gets a
// conflicting-parameters diagnostic and is refused by the run, changing nothing; a command that keeps
// it gets neither.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { buildBundles, checkDiagnostics, editorDiagnostics, exconn, workspaceWith } from './threeFaces';

const EXCONN_JSON = JSON.stringify({ servers: ['Hub01'], localServer: 'Hub01' });
const CREATE = 'New-ForeignConnector -Name Fax -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5"\n';
const ROOT = 'Set-TransportService Hub01 -RootDropDirectoryPath "C:\\Drops"\n';

/** `stored`: text the saved state would hold had the refused command changed anything. */
const CASES: { rule: string; violating: string; fine: string; stored: string }[] = [
  {
    rule: 'Pickup and Replay directories differ',
    violating: 'Set-TransportService Hub01 -PickupDirectoryPath "C:\\Mail\\Pickup" -ReplayDirectoryPath "c:\\mail\\pickup\\"\n',
    fine: 'Set-TransportService Hub01 -PickupDirectoryPath "C:\\Mail\\Pickup" -ReplayDirectoryPath "C:\\Mail\\Replay"\n',
    stored: 'pickupdirectorypath',
  },
  {
    rule: 'MaxPerDomainOutboundConnections is not above MaxOutboundConnections',
    violating: 'Set-TransportServer Hub01 -MaxOutboundConnections 100 -MaxPerDomainOutboundConnections 200\n',
    fine: 'Set-TransportServer Hub01 -MaxOutboundConnections unlimited -MaxPerDomainOutboundConnections 200\n',
    stored: 'maxoutboundconnections',
  },
  {
    rule: 'a log file size is not above its directory size',
    violating: 'Set-TransportService Hub01 -AgentLogMaxDirectorySize 100MB -AgentLogMaxFileSize unlimited\n',
    fine: 'Set-TransportService Hub01 -AgentLogMaxDirectorySize unlimited -AgentLogMaxFileSize 100MB\n',
    stored: 'agentlogmaxdirectorysize',
  },
  {
    rule: 'a DropDirectory is relative under a RootDropDirectoryPath',
    violating: `${CREATE}${ROOT}Set-ForeignConnector Fax -DropDirectory "C:\\FaxDrop"\n`,
    fine: `${CREATE}${ROOT}Set-ForeignConnector Fax -DropDirectory "FaxDrop"\n`,
    stored: 'faxdrop',
  },
];

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

describe('cross-parameter rules agree across exconn check, the language server and exconn run', function () {
  this.timeout(60000);
  const workspaces: string[] = [];

  before(buildBundles);
  after(() => {
    for (const workspace of workspaces) fs.rmSync(workspace, { recursive: true, force: true });
  });

  function scriptWith(text: string): string {
    const workspace = workspaceWith({ 'exconn.json': EXCONN_JSON, 'configure.ps1': text });
    workspaces.push(workspace);
    return path.join(workspace, 'configure.ps1');
  }

  const stateFile = (script: string) => path.join(path.dirname(script), '.exconn', 'config.json');

  for (const { rule, violating, fine, stored } of CASES) {
    it(`reports and refuses a command that breaks: ${rule}`, async () => {
      const script = scriptWith(violating);
      const lastLine = violating.trimEnd().split('\n').length - 1;
      const checked = checkDiagnostics(script);
      assert.deepEqual(codes(checked), ['conflicting-parameters'], 'exconn check');
      assert.equal(checked[0].range.start.line, lastLine);
      const editor = await editorDiagnostics(path.dirname(script), script, (diagnostics) => diagnostics.length > 0);
      assert.deepEqual(codes(editor), ['conflicting-parameters'], 'language server');
      const run = exconn('run', script);
      assert.equal(run.code, 1, 'exconn run');
      assert.ok(run.err.includes(String(checked[0].message)), `the run refuses with the checker's sentence: ${run.err}`);
      assert.match(run.err, /ArgumentException/);
      const saved = fs.existsSync(stateFile(script)) ? fs.readFileSync(stateFile(script), 'utf8').toLowerCase() : '';
      assert.ok(!saved.includes(stored), 'the refused command changed nothing');
    });

    it(`accepts a command that keeps: ${rule}`, async () => {
      const script = scriptWith(fine);
      assert.deepEqual(codes(checkDiagnostics(script)), [], 'exconn check');
      assert.deepEqual(codes(await editorDiagnostics(path.dirname(script), script, (diagnostics) => diagnostics.length === 0)), [], 'language server');
      const run = exconn('run', script);
      assert.equal(run.code, 0, `exconn run: ${run.err}`);
    });
  }
});
