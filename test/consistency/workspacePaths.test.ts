// A path the simulator maps into the workspace is judged alike by `exconn check`, the language server
// and `exconn run`: a path that would land outside (an unmapped drive, '..' above a root, a folder in
// .exconn) gets a path-outside-workspace warning in the run's own words, and the run refuses it; a
// mapped or relative one gets neither, and the run uses it.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { buildBundles, checkDiagnostics, editorDiagnostics, exconn, workspaceWith } from './threeFaces';

const EXCONN_JSON = JSON.stringify({ servers: ['Hub01'], localServer: 'Hub01', pathMappings: { 'E:': 'e-drive' } });
const CREATE = 'New-ForeignConnector -Name Fax -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5"\n';

const REFUSED = [
  `${CREATE}Set-ForeignConnector Fax -DropDirectory "D:\\Gateway\\Drop"\n`,
  'Set-TransportService Hub01 -ReplayDirectoryPath "C:\\..\\..\\Replay"\n',
  'Set-TransportService Hub01 -PickupDirectoryPath "C:\\.exconn\\in"\n',
  'Set-TransportServer Hub01 -MessageTrackingLogPath "F:\\Logs"\n',
];
const ACCEPTED = [
  `${CREATE}Set-ForeignConnector Fax -DropDirectory "E:\\Gateway\\Drop"\n`,
  `${CREATE}Set-ForeignConnector Fax -DropDirectory "Fax Drop"\n`,
  'Set-TransportService Hub01 -PickupDirectoryPath "C:\\Pickup Directory"\n',
];

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

describe('paths outside the workspace: exconn check, the language server and exconn run agree', function () {
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

  for (const text of REFUSED) {
    it(`warns of, and the run refuses: ${text.trimEnd().split('\n').at(-1)}`, async () => {
      const script = scriptWith(text);
      const checked = checkDiagnostics(script);
      assert.deepEqual(codes(checked), ['path-outside-workspace'], 'exconn check');
      const value = /"([^"]+)"\s*$/.exec(text.trimEnd())![1]!;
      const line = text.trimEnd().split('\n').at(-1)!;
      assert.equal(checked[0]!.range.start.character, line.indexOf(`"${value}"`), 'the range is the value');
      const editor = await editorDiagnostics(path.dirname(script), script, (diagnostics) => diagnostics.length > 0);
      assert.deepEqual(editor.map((d) => [d.code, d.message]), checked.map((d) => [d.code, d.message]), 'language server');
      const run = exconn('run', script);
      assert.equal(run.code, 1, 'exconn run');
      assert.ok(run.err.includes(String(checked[0]!.message)), `the run refuses with the checker's sentence:\n${run.err}\n${checked[0]!.message}`);
    });
  }

  for (const text of ACCEPTED) {
    it(`neither warns of nor refuses: ${text.trimEnd().split('\n').at(-1)}`, async () => {
      const script = scriptWith(text);
      assert.deepEqual(codes(checkDiagnostics(script)), [], 'exconn check');
      assert.deepEqual(codes(await editorDiagnostics(path.dirname(script), script, (diagnostics) => diagnostics.length === 0)), [], 'language server');
      const run = exconn('run', script);
      assert.equal(run.code, 0, `exconn run: ${run.err}`);
    });
  }

  it('names both places a mapping can live, with one spelling of the key', () => {
    const script = scriptWith(REFUSED[0]!);
    assert.match(String(checkDiagnostics(script)[0]!.message), /in exconn\.json, for example "pathMappings": \{ "D:": "d-drive" \}, or in VS Code's exconn\.pathMappings setting with the same key/);
  });
});
