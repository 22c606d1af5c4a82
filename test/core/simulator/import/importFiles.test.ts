import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkWorkspaceFolder } from './checkHelper';
import { importFiles, runScript } from '../../../../server/src/core/simulator';
import { MAX_EXPORT_BYTES, MAX_EXPORT_DEPTH } from '../../../../server/src/core/simulator/import/exportLimits';
import { removeWorkspace, standardWorkspace } from '../workspaceFixture';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

describe('importing an organization exported with Export-Clixml or ConvertTo-Json', () => {
  let root: string;
  beforeEach(() => {
    root = standardWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  const run = (text: string) => runScript({ workspace: root, text });
  const listed = (output: string, property: string) => output.split('\n').filter((line) => line.startsWith(`${property} `)).map((line) => line.slice(line.indexOf(':') + 1).trim());

  it('imports each object type of a CLIXML file with the properties cmdlets set, and runs start from them', async () => {
    const lines = await importFiles(root, [fixture('organization.xml')]);
    assert.deepEqual(lines, [
      'Imported SendConnector "Internet Mail".', 'Imported ForeignConnector "Fabrikam X400".', 'Imported AcceptedDomain "Fabrikam".',
      'Imported ReceiveConnector "Relay".', 'Imported TransportService "Hub01".',
    ]);
    const send = await run('Get-SendConnector "Internet Mail" | Format-List MaxMessageSize,SourceTransportServers,Guid,WhenCreated');
    assert.equal(send.success, true, send.output);
    assert.deepEqual(listed(send.output, 'MaxMessageSize'), ['35 MB (36,700,160 bytes)']);
    assert.deepEqual(listed(send.output, 'SourceTransportServers'), ['{Hub01, Hub02}']);
    assert.deepEqual(listed(send.output, 'Guid'), ['8a6f3c1e-2b4d-4e5f-9a8b-7c6d5e4f3a2b']);
    const others = await run('Get-ForeignConnector "Fabrikam X400" | Format-List Enabled,DropDirectory\nGet-ReceiveConnector "Hub02\\Relay" | Format-List RemoteIPRanges\nGet-AcceptedDomain Fabrikam | Format-List DomainType\nGet-TransportService Hub01 | Format-List PickupDirectoryPath');
    assert.equal(others.success, true, others.output);
    assert.deepEqual(listed(others.output, 'Enabled'), ['False']);
    assert.deepEqual(listed(others.output, 'RemoteIPRanges'), ['{192.168.10.0/24}']);
    assert.deepEqual(listed(others.output, 'DomainType'), ['Authoritative']);
    assert.deepEqual(listed(others.output, 'PickupDirectoryPath'), ['C:\\Pickup']);
    const state = JSON.parse(fs.readFileSync(path.join(root, '.exconn', 'config.json'), 'utf8')) as { objects: { SendConnector: { settings: Record<string, unknown> }[] } };
    assert.equal(state.objects.SendConnector[0].settings.ReadOnlyThing, undefined, 'a property no parameter sets is left out');
  });

  it('imports JSON with --type, and replaces an object of the same name', async () => {
    await run('New-RemoteDomain -Name "Partner" -DomainName old.example');
    await importFiles(root, [fixture('remote-domains.json')], { type: 'RemoteDomain' });
    const result = await run('Get-RemoteDomain | Format-List Name,DomainName,AutoReplyEnabled');
    assert.deepEqual(listed(result.output, 'DomainName'), ['partner.example', 'litware.com']);
    assert.deepEqual(listed(result.output, 'AutoReplyEnabled'), ['False', 'True']);
  });

  it('imports the built-in settings objects: the transport configuration (CLIXML) and a server\'s Mailbox Transport service (JSON)', async () => {
    const lines = [...await importFiles(root, [fixture('transport-config.xml')]), ...await importFiles(root, [fixture('mailbox-transport.json')], { type: 'MailboxTransportService' })];
    assert.deepEqual(lines, ['Imported TransportConfig "Transport Settings".', 'Imported MailboxTransportService "Hub02".']);
    const result = await run('Get-TransportConfig | Format-List MaxSendSize\nGet-MailboxTransportService | Format-List Identity,MaxConcurrentMailboxDeliveries');
    assert.equal(result.success, true, result.output);
    assert.deepEqual(listed(result.output, 'MaxSendSize'), ['25 MB (26,214,400 bytes)']);
    assert.deepEqual(listed(result.output, 'Identity'), ['Hub01', 'Hub02']);
    assert.deepEqual(listed(result.output, 'MaxConcurrentMailboxDeliveries'), ['20', '40']);
  });

  it('reads the UTF-16 files Windows PowerShell writes, by their byte-order mark', async () => {
    const utf16 = path.join(root, 'send-utf16.xml');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(fixture('organization.xml'), 'utf8'), 'utf16le')]));
    const lines = await importFiles(root, [utf16]);
    assert.equal(lines.length, 5);
  });

  it('lets the checker know imported Foreign connectors: no unknown-connector for a Set- of one', async () => {
    const script = path.join(root, 'change.ps1');
    fs.writeFileSync(script, 'Set-ForeignConnector "Fabrikam X400" -Enabled $true\n');
    assert.ok((await checkWorkspaceFolder(root)).includes('unknown-connector'));
    await importFiles(root, [fixture('organization.xml')]);
    assert.ok(!(await checkWorkspaceFolder(root)).includes('unknown-connector'));
  });

  for (const [name, file, options, message] of [
    ['malformed XML', 'malformed.xml', {}, /malformed\.xml, line \d+, column \d+: the file is not well-formed XML/],
    ['a value its type refuses', 'bad-port.xml', {}, /bad-port\.xml, object 1 \(RefId 0\), property Port: "abc" is not a valid Int32/],
    ['JSON without a type', 'remote-domains.json', {}, /remote-domains\.json, \[0\]: the file does not say the object's type; for a JSON file give it with --type/],
  ] as const) {
    it(`refuses ${name}, naming the file and the place, and leaves the state unchanged`, async () => {
      await importFiles(root, [fixture('remote-domains.json')], { type: 'RemoteDomain' });
      const before = fs.readFileSync(path.join(root, '.exconn', 'config.json'));
      await assert.rejects(importFiles(root, [fixture('organization.xml'), fixture(file)], options), message);
      assert.deepEqual(fs.readFileSync(path.join(root, '.exconn', 'config.json')), before);
    });
  }
});

describe('importing a file from elsewhere: what a hostile export cannot do', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = standardWorkspace();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-hostile-'));
  });
  afterEach(() => {
    removeWorkspace(root);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, content: string | Buffer): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  }

  const object = (name: string) => `<Obj RefId="0"><TN RefId="0"><T>Microsoft.Exchange.Data.Directory.SystemConfiguration.DomainContentConfig</T></TN><Props><S N="Name">${name}</S><S N="DomainName">x.example</S></Props></Obj>`;

  async function refused(file: string, message: RegExp): Promise<void> {
    const before = fs.existsSync(path.join(root, '.exconn', 'config.json')) ? fs.readFileSync(path.join(root, '.exconn', 'config.json')) : undefined;
    await assert.rejects(importFiles(root, [file]), message);
    const after = fs.existsSync(path.join(root, '.exconn', 'config.json')) ? fs.readFileSync(path.join(root, '.exconn', 'config.json')) : undefined;
    assert.deepEqual(after, before, 'the state is unchanged');
  }

  it('refuses an external entity (XXE) without reading what it names', async () => {
    const secret = write('secret.txt', 'TOP-SECRET-VALUE');
    const file = write('xxe.xml', `<?xml version="1.0"?>\n<!DOCTYPE Objs [<!ENTITY leak SYSTEM "file://${secret}">]>\n<Objs>${object('&leak;')}</Objs>`);
    await refused(file, /xxe\.xml, line 2: the file declares a DTD \(<!DOCTYPE \.\.\.>\), which Export-Clixml never writes/);
    await assert.rejects(importFiles(root, [file]), (error: Error) => !error.message.includes('TOP-SECRET-VALUE'));
  });

  it('refuses entity expansion ("billion laughs") at once', async () => {
    const entities = ['<!ENTITY a "ha">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`)].join('');
    await refused(write('laughs.xml', `<!DOCTYPE Objs [${entities}]><Objs>${object('&j;')}</Objs>`), /declares a DTD/);
  });

  it('refuses XML and JSON nested beyond the limit, with a clear error instead of a stack overflow', async () => {
    const deep = MAX_EXPORT_DEPTH + 50;
    await refused(write('deep.xml', `<Objs>${'<Obj>'.repeat(deep)}${'</Obj>'.repeat(deep)}</Objs>`), new RegExp(`deep\\.xml: its elements nest more than ${MAX_EXPORT_DEPTH} levels deep`));
    const json = write('deep.json', `${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    await assert.rejects(importFiles(root, [json], { type: 'RemoteDomain' }), new RegExp(`deep\\.json: its values nest more than ${MAX_EXPORT_DEPTH} levels deep`));
  });

  it('refuses a file above the size limit before reading it', async () => {
    const file = path.join(dir, 'huge.xml');
    fs.writeFileSync(file, '<Objs>');
    fs.truncateSync(file, MAX_EXPORT_BYTES + 1);
    await refused(file, /huge\.xml: the file is 64\.0 MB; the import reads files up to 64 MB/);
  });
});
