import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exconn } from './exconnCli';

function copyOfSample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-check-'));
  fs.cpSync(path.join(__dirname, '..', '..', 'samples', 'contoso'), dir, { recursive: true });
  return dir;
}

describe('exconn check', () => {
  it('finds no problem in the bundled sample workspace', async () => {
    const result = await exconn('check', 'samples/contoso', '--format', 'json');
    assert.equal(result.code, 0);
    const reports = JSON.parse(result.out) as { file: string; diagnostics: unknown[] }[];
    assert.deepEqual(reports.map((report) => path.basename(report.file)), ['01-create-connector.ps1', '02-drop-directory.ps1', '03-pickup-directory.ps1', '04-replay-directory.ps1']);
    assert.ok(reports.every((report) => report.diagnostics.length === 0));
  });

  it('reports a parameter typo and a bad X400 attribute at their exact ranges, and exits 1', async () => {
    const dir = copyOfSample();
    const script = path.join(dir, '01-create-connector.ps1');
    const line = 'New-ForeignConnector -Name "Contoso Foreign Connector" -AddressSpaces "X400:c=US;a=Fabrikam;P=ContosoContosoContoso;5" -SourceTransportSevers Hub01,Hub02';
    fs.writeFileSync(script, `${line}\n`);
    const result = await exconn('check', script, '--format', 'json');
    assert.equal(result.code, 1);
    const [report] = JSON.parse(result.out) as { file: string; diagnostics: { code: string; severity: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[];
    assert.equal(report.file, script);
    const typo = report.diagnostics.find((diagnostic) => diagnostic.code === 'unknown-parameter');
    const x400 = report.diagnostics.find((diagnostic) => diagnostic.code === 'x400-attribute-too-long');
    assert.ok(typo && x400, JSON.stringify(report.diagnostics));
    assert.deepEqual(typo.range, { start: { line: 0, character: line.indexOf('-SourceTransportSevers') }, end: { line: 0, character: line.indexOf(' Hub01') } });
    const value = line.indexOf('ContosoContosoContoso');
    assert.deepEqual(x400.range, { start: { line: 0, character: value }, end: { line: 0, character: value + 'ContosoContosoContoso'.length } });
  });

  it('prints text lines and SARIF 2.1.0', async () => {
    const dir = copyOfSample();
    fs.writeFileSync(path.join(dir, 'bad.ps1'), 'Set-ForeignConnector "Contoso Foreign Connector" -Enabled yes\n');
    const text = await exconn('check', dir);
    assert.match(text.out, /bad\.ps1:1:59: error invalid-boolean /);
    const sarif = JSON.parse((await exconn('check', dir, '--format=sarif')).out);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results[0].ruleId, 'invalid-boolean');
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startColumn, 59);
  });

  it('answers usage errors with exit code 2 on stderr', async () => {
    assert.equal((await exconn('check', 'no/such/folder')).code, 2);
    const unknownFlag = await exconn('check', 'samples/contoso', '--colour');
    assert.equal(unknownFlag.code, 2);
    assert.match(unknownFlag.err, /Unknown option '--colour'/);
    assert.equal((await exconn('check', 'samples/contoso', '--format', 'xml')).code, 2);
  });

  it('reports exconn.json\'s mistakes as its diagnostics, exits 1, and checks the scripts against what it could read', async () => {
    const dir = copyOfSample();
    fs.writeFileSync(path.join(dir, 'exconn.json'), '{\n  "serverz": ["Hub01", "Hub02"],\n  "localServer": "Hub01",\n  "throttling": "no"\n}\n');
    fs.writeFileSync(path.join(dir, 'typo.ps1'), 'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectori "C:\\Drop"\n');
    const result = await exconn('check', dir, '--format', 'json');
    assert.equal(result.code, 1);
    const reports = JSON.parse(result.out) as { file: string; diagnostics: { code: string; severity: number; message: string; range: { start: { line: number; character: number } } }[] }[];
    const configuration = reports.find((report) => path.basename(report.file) === 'exconn.json');
    assert.ok(configuration, reports.map((report) => report.file).join(', '));
    assert.deepEqual(configuration.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]), [['invalid-exconn-json', 1, 1, 2], ['invalid-exconn-json', 1, 3, 16]]);
    assert.match(configuration.diagnostics[0].message, /Unknown key "serverz".*Did you mean "servers"\?/);
    assert.match(configuration.diagnostics[1].message, /"throttling" must be true or false/);
    // The scripts were still checked.
    const typo = reports.find((report) => path.basename(report.file) === 'typo.ps1');
    assert.ok(typo?.diagnostics.some((d) => d.code === 'unknown-parameter'));
    const text = await exconn('check', dir);
    assert.match(text.out, /exconn\.json:2:3: error invalid-exconn-json Unknown key "serverz"/);
  });

  it('reports invalid JSON in exconn.json at its place, and a damaged simulator state as a usage error', async () => {
    const dir = copyOfSample();
    fs.writeFileSync(path.join(dir, 'exconn.json'), '{\n  "servers": ["Hub01",\n');
    const organization = await exconn('check', dir);
    assert.equal(organization.code, 1);
    assert.match(organization.out, /exconn\.json:3:1: error invalid-exconn-json Invalid JSON: /);
    fs.cpSync(path.join(__dirname, '..', '..', 'samples', 'contoso', 'exconn.json'), path.join(dir, 'exconn.json'));
    fs.mkdirSync(path.join(dir, '.exconn'));
    fs.writeFileSync(path.join(dir, '.exconn', 'config.json'), '{ "version": 1, "connectors": [');
    const state = await exconn('check', dir);
    assert.equal(state.code, 2);
    assert.match(state.err, /config\.json: /);
  });

  it('reads a UTF-16 script with its byte-order mark as PowerShell does, in check and in run alike', async () => {
    const dir = copyOfSample();
    const script = path.join(dir, 'utf16.ps1');
    const text = 'New-ForeignConnector -Name "Utf16 Connector" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5" -SourceTransportSevers Hub01\r\n';
    fs.writeFileSync(script, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const checked = await exconn('check', script, '--format', 'json');
    const [report] = JSON.parse(checked.out) as { diagnostics: { code: string }[] }[];
    assert.deepEqual(report.diagnostics.map((diagnostic) => diagnostic.code), ['unknown-parameter'], 'the typo is found, nothing else');
    fs.writeFileSync(script, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('Severs', 'Servers'), 'utf16le')]));
    const run = await exconn('run', script, '--workspace', dir);
    assert.equal(run.code, 0, run.out + run.err);
    assert.match(run.out, /Utf16 Connector/);
  });
});
