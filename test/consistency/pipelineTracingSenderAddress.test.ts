// One script, three front doors: `exconn check`, the language server and `exconn run` must agree that
// an SMTP address setting refuses a value that is not an address (issue 10's first divergence: the
// checker flagged it while the simulator stored it in .exconn/config.json).

import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, REPOSITORY } from '../server/lspClient';

const SCRIPT = 'Set-TransportService Hub01 -PipelineTracingSenderAddress "not an address"\n';
const CLI = path.join(REPOSITORY, 'dist/cli.js');

function exconn(workspace: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: workspace, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('an SMTP address setting given text that is not an address', function () {
  this.timeout(60000);
  let workspace: string;
  let script: string;

  before(() => {
    execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' });
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-consistency-'));
    fs.copyFileSync(path.join(REPOSITORY, 'samples/contoso/exconn.json'), path.join(workspace, 'exconn.json'));
    script = path.join(workspace, 'tracing.ps1');
    fs.writeFileSync(script, SCRIPT);
  });

  after(() => {
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('is an error for exconn check', () => {
    const result = exconn(workspace, 'check', script, '--format', 'json');
    assert.equal(result.status, 1);
    const [report] = JSON.parse(result.output) as { diagnostics: { code: string; severity: number }[] }[];
    assert.deepEqual(report.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['invalid-smtp-address', 1]]);
  });

  it('is an error in the language server', async () => {
    const { client } = await LspTestClient.start(pathToFileURL(workspace).href);
    try {
      const uri = pathToFileURL(script).href;
      await client.open(uri, SCRIPT);
      const diagnostics = await client.waitForDiagnostics(uri);
      assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['invalid-smtp-address', 1]]);
    } finally {
      await client.stop();
    }
  });

  it('fails exconn run with the shell\'s conversion error and stores nothing', () => {
    const result = exconn(workspace, 'run', script, '--workspace', workspace);
    assert.equal(result.status, 1);
    assert.match(result.output, /Cannot convert value "not an address" to type "Microsoft\.Exchange\.Data\.SmtpAddress"\. Error: "The email address "not an address" isn't correct\./);
    const config = path.join(workspace, '.exconn', 'config.json');
    const stored = fs.existsSync(config) ? fs.readFileSync(config, 'utf8') : '';
    assert.doesNotMatch(stored, /not an address/);
  });
});
