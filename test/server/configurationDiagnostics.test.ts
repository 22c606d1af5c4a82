// exconn.json's mistakes in the editor: the server publishes the diagnostics `exconn check` gives for
// the file, at start, while it is edited (the client sends the unsaved text), after closing without
// saving, and after a change on disk.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { CONFIGURATION_TEXT_NOTIFICATION } from '../../server/src/protocol/extensionProtocol';
import { exconn } from '../cli/exconnCli';
import { LspTestClient } from './lspClient';

const REPOSITORY = path.join(__dirname, '..', '..');
const BROKEN = '{\n  "serverz": ["Hub01"],\n  "localServer": "Hub01",\n  "throttling": "no"\n}\n';
const FIXED = '{\n  "servers": ["Hub01"],\n  "localServer": "Hub01",\n  "throttling": false\n}\n';

describe('exconn.json diagnostics in the editor', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;
  let configUri: string;
  const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message}`);

  before(async () => {
    execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' });
    workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-config-')));
    fs.writeFileSync(path.join(workspace, 'exconn.json'), BROKEN);
    fs.writeFileSync(path.join(workspace, 'draft.ps1'), 'Get-ForeignConnector\n');
    configUri = pathToFileURL(path.join(workspace, 'exconn.json')).href;
    ({ client } = await LspTestClient.start(pathToFileURL(workspace).href));
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('reports the file\'s mistakes at start, the same ones exconn check reports', async () => {
    const published = await client.waitForDiagnostics(configUri, (found) => found.length > 0);
    const check = JSON.parse((await exconn('check', workspace, '--format', 'json')).out) as { file: string; diagnostics: Diagnostic[] }[];
    const fromCli = check.find((report) => path.basename(report.file) === 'exconn.json');
    assert.ok(fromCli, 'exconn check reported nothing for exconn.json');
    assert.deepEqual(summary(published), summary(fromCli.diagnostics));
    assert.deepEqual(summary(published), [
      '1:2 invalid-exconn-json Unknown key "serverz" in the file. Did you mean "servers"? Allowed keys: $schema, organizationName, domain, domainController, servers, localServer, acceptedDomains, mailboxes, contacts, pathMappings, deliveryAgents, smtpHosts, throttling, clock, exchangeVersion.',
      '3:16 invalid-exconn-json "throttling" must be true or false, not the string "no".',
    ]);
  });

  it('follows the editor\'s unsaved text, and goes back to the file on disk when it is closed', async () => {
    await client.connection.sendNotification(CONFIGURATION_TEXT_NOTIFICATION, { uri: configUri, text: FIXED });
    await client.waitForDiagnostics(configUri, (found) => found.length === 0);
    await client.connection.sendNotification(CONFIGURATION_TEXT_NOTIFICATION, { uri: configUri, text: '{\n  "servers": ["Hub01"],\n  "clock": "soon"\n}\n' });
    const clock = await client.waitForDiagnostics(configUri, (found) => found.length > 0);
    assert.deepEqual(summary(clock), ['2:11 invalid-exconn-json "clock" is \'soon\', which is not an ISO 8601 date-time. Write it like 2024-03-13T09:00:00Z.']);
    await client.connection.sendNotification(CONFIGURATION_TEXT_NOTIFICATION, { uri: configUri, text: null });
    const onDisk = await client.waitForDiagnostics(configUri, (found) => found.length === 2);
    assert.match(String(onDisk[0]!.message), /serverz/, 'the file on disk still has its two mistakes');
  });

  it('clears them once the fixed file is saved', async () => {
    fs.writeFileSync(path.join(workspace, 'exconn.json'), FIXED);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    assert.deepEqual(await client.waitForDiagnostics(configUri, (found) => found.length === 0), []);
  });
});
