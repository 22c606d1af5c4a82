import * as assert from 'node:assert/strict';
import { checkDocuments } from '../../../../server/src/core/analysis';
import { CONTOSO, Workspace } from './workspaceFixture';

/** One row per family: a creation, a property it shows, a change, and what the change shows. */
interface FamilyRow {
  type: string;
  create: string;
  identity: string;
  shows: [property: string, value: string];
  change: string;
  changed: [property: string, value: string];
}

const FAMILIES: FamilyRow[] = [
  {
    type: 'SendConnector',
    create: 'New-SendConnector -Name "Internet" -Internet -AddressSpaces "SMTP:*;1" -SourceTransportServers Hub01,Hub02',
    identity: 'Internet',
    shows: ['SourceTransportServers', '{Hub01, Hub02}'],
    change: '-MaxMessageSize 50MB',
    changed: ['MaxMessageSize', '50 MB (52,428,800 bytes)'],
  },
  {
    type: 'DeliveryAgentConnector',
    create: 'New-DeliveryAgentConnector -Name "Fax" -AddressSpaces "FAX:*;1" -DeliveryProtocol FAX',
    identity: 'Fax',
    shows: ['SourceTransportServers', '{Hub01}'],
    change: '-Enabled $false',
    changed: ['Enabled', 'False'],
  },
  {
    type: 'ReceiveConnector',
    create: 'New-ReceiveConnector -Name "Relay" -Server Hub02 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 192.168.1.0/24',
    identity: 'Hub02\\Relay',
    shows: ['MaxMessageSize', '36 MB (37,748,736 bytes)'],
    change: '-RemoteIPRanges 192.168.1.0/24, 10.0.0.5',
    changed: ['RemoteIPRanges', '{192.168.1.0/24, 10.0.0.5}'],
  },
  {
    type: 'AcceptedDomain',
    create: 'New-AcceptedDomain -Name "Fabrikam" -DomainName fabrikam.com -DomainType InternalRelay',
    identity: 'Fabrikam',
    shows: ['DomainType', 'InternalRelay'],
    change: '-DomainType ExternalRelay',
    changed: ['DomainType', 'ExternalRelay'],
  },
  {
    type: 'RemoteDomain',
    create: 'New-RemoteDomain -Name "Contoso Partner" -DomainName partner.contoso.com',
    identity: 'Contoso Partner',
    shows: ['AllowedOOFType', 'External'],
    change: '-AutoReplyEnabled $false',
    changed: ['AutoReplyEnabled', 'False'],
  },
  {
    type: 'MailContact',
    create: 'New-MailContact -Name "Fax Desk" -ExternalEmailAddress "FAX:+14255550100"',
    identity: 'Fax Desk',
    shows: ['RecipientType', 'MailContact'],
    change: '-MaxReceiveSize 10MB',
    changed: ['MaxReceiveSize', '10 MB (10,485,760 bytes)'],
  },
  {
    type: 'TransportRule',
    create: 'New-TransportRule -Name "Fax route" -RecipientDomainIs fax.contoso.com -PrependSubject "[Fax] "',
    identity: 'Fax route',
    shows: ['State', 'Enabled'],
    change: '-Mode Audit',
    changed: ['Mode', 'Audit'],
  },
];

function listed(output: string, property: string): string | undefined {
  const line = output.split('\n').find((candidate) => candidate.startsWith(`${property} `) || candidate.startsWith(`${property}:`));
  return line?.slice(line.indexOf(':') + 1).trim();
}

describe('mail-flow configuration objects in the simulator', () => {
  let workspace: Workspace;
  beforeEach(() => {
    workspace = Workspace.create(CONTOSO);
  });
  afterEach(() => workspace.remove());

  for (const row of FAMILIES) {
    describe(row.type, () => {
      it(`New-${row.type} stores the object, and Get-${row.type} shows it with the catalog's defaults, in a later run too`, async () => {
        const created = await workspace.run(row.create);
        assert.equal(created.success, true, created.output);
        const shown = await workspace.run(`Get-${row.type} "${row.identity}" | Format-List`);
        assert.equal(shown.success, true, shown.output);
        assert.equal(listed(shown.output, row.shows[0]), row.shows[1], shown.output);
        assert.equal(listed(shown.output, 'WhenCreated'), '3/13/2024 9:00:00 AM');
        assert.equal((await workspace.state()).objects?.[row.type]?.length, 1);
      });

      it(`Set-${row.type} changes a property and Remove-${row.type} removes the object`, async () => {
        await workspace.run(row.create);
        const changed = await workspace.run(`Set-${row.type} "${row.identity}" ${row.change}\nGet-${row.type} "${row.identity}" | Format-List ${row.changed[0]}`);
        assert.equal(changed.success, true, changed.output);
        assert.equal(listed(changed.output, row.changed[0]), row.changed[1], changed.output);
        const removed = await workspace.run(`Remove-${row.type} "${row.identity}" -Confirm:$false\nGet-${row.type}`);
        assert.equal(removed.success, true, removed.output);
        assert.deepEqual((await workspace.state()).objects?.[row.type], []);
      });

      it('refuses a second object with the same name, and an identity that matches nothing, changing nothing', async () => {
        await workspace.run(row.create);
        const before = await workspace.state();
        const again = await workspace.run(row.create);
        assert.equal(again.success, false);
        assert.match(again.output, /already exists/);
        const missing = await workspace.run(`Set-${row.type} "Nothing Here" ${row.change}`);
        assert.match(missing.output, /object 'Nothing Here' couldn't be found/);
        assert.deepEqual(await workspace.state(), before);
      });

      it('-WhatIf describes the creation and creates nothing', async () => {
        const result = await workspace.run(`${row.create} -WhatIf`);
        assert.match(result.output, /What if: Creating /);
        assert.equal((await workspace.state()).objects?.[row.type], undefined);
      });
    });
  }

  it('refuses a source server the organization does not have', async () => {
    const result = await workspace.run('New-SendConnector -Name "Internet" -AddressSpaces "SMTP:*;1" -SourceTransportServers Hub03');
    assert.match(result.output, /object 'Hub03' couldn't be found/);
    assert.equal((await workspace.state()).objects?.SendConnector, undefined);
  });

  it('refuses a Set- whose wildcard identity matches several objects', async () => {
    await workspace.run('New-RemoteDomain -Name "Partner A" -DomainName a.example\nNew-RemoteDomain -Name "Partner B" -DomainName b.example');
    const result = await workspace.run('Set-RemoteDomain "Partner*" -AutoReplyEnabled $false');
    assert.match(result.output, /matches multiple entries/);
  });

  it('keeps Receive connector names per server: the same name on two servers, each found as Server\\Name', async () => {
    const create = (server: string, range: string) => `New-ReceiveConnector -Name "Relay" -Server ${server} -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges ${range}`;
    const result = await workspace.run(`${create('Hub01', '10.0.0.0/8')}\n${create('Hub02', '10.0.0.0/8')}\nGet-ReceiveConnector "Hub02\\Relay" | Format-List Identity\nGet-ReceiveConnector -Server Hub01 | Format-List Identity`);
    assert.equal(result.success, true, result.output);
    assert.match(result.output, /Identity : Hub02\\Relay\n[\s\S]*Identity : Hub01\\Relay/);
  });

  it('fails a Receive connector binding conflict with the sentence the checker gives', async () => {
    const script = [
      'New-ReceiveConnector -Name "Relay" -Server Hub01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 192.168.1.0/24',
      'New-ReceiveConnector -Name "Relay 2" -Server Hub01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 192.168.1.128-192.168.2.10',
    ].join('\n');
    const [checked] = checkDocuments([{ uri: 'relay.ps1', text: script }]);
    const finding = checked.findings.find((candidate) => candidate.code === 'receive-connector-binding-conflict');
    assert.ok(finding);
    const result = await workspace.run(script);
    assert.equal(result.success, false);
    const sentence = finding.message.replace(/ \(The other connector is created .*\)$/, '');
    assert.ok(result.output.replace(/\n/g, ' ').includes(sentence), result.output);
    assert.equal((await workspace.state()).objects?.ReceiveConnector?.length, 1);
  });

  it('gives a new Receive connector its usage type\'s permission groups, authentication and default binding or range', async () => {
    const result = await workspace.run([
      'New-ReceiveConnector -Name "From Internet" -Server Hub01 -Internet -Bindings 0.0.0.0:25 | Out-Null',
      'New-ReceiveConnector -Name "Clients" -Server Hub01 -Usage Client -RemoteIPRanges 10.0.0.0/8 -AuthMechanism Tls | Out-Null',
      'Get-ReceiveConnector -Server Hub01 | Format-List Name,PermissionGroups,AuthMechanism,Bindings,RemoteIPRanges',
    ].join('\n'));
    assert.equal(result.success, true, result.output);
    const values = (property: string) => result.output.split('\n').filter((line) => line.startsWith(`${property} `)).map((line) => line.slice(line.indexOf(':') + 1).trim());
    assert.deepEqual(values('PermissionGroups'), ['{AnonymousUsers}', '{ExchangeUsers}']);
    assert.deepEqual(values('AuthMechanism'), ['{Tls}', '{Tls}'], 'a value the command gives wins over the usage type\'s');
    assert.deepEqual(values('Bindings'), ['{0.0.0.0:25}', '{0.0.0.0:587}']);
    assert.deepEqual(values('RemoteIPRanges'), ['{0.0.0.0-255.255.255.255}', '{10.0.0.0/8}']);
  });

  it('fails two Client connectors on the usage type\'s default binding as the checker does', async () => {
    const script = [
      'New-ReceiveConnector -Name "Clients" -Server Hub01 -Client -RemoteIPRanges 10.0.0.0/8',
      'New-ReceiveConnector -Name "Clients 2" -Server Hub01 -Usage Client -RemoteIPRanges 10.0.0.0/8',
    ].join('\n');
    const [checked] = checkDocuments([{ uri: 'clients.ps1', text: script }]);
    const finding = checked.findings.find((candidate) => candidate.code === 'receive-connector-binding-conflict');
    assert.ok(finding, 'the checker sees the default binding 0.0.0.0:587 of both');
    const result = await workspace.run(script);
    assert.equal(result.success, false);
    assert.ok(result.output.replace(/\n/g, ' ').includes(finding.message.replace(/ \(The other connector is created .*\)$/, '')), result.output);
  });

  it('reads a state file written before these families were simulated', async () => {
    await workspace.run('New-ForeignConnector -Name "Legacy" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5"');
    const result = await workspace.run('Get-SendConnector\nNew-AcceptedDomain -Name "Fabrikam" -DomainName fabrikam.com | Out-Null');
    assert.equal(result.success, true, result.output);
    assert.equal((await workspace.state()).connectors.length, 1);
  });
});

describe('mail-flow configuration objects: a renamed object keeps its identity', () => {
  it('a new object with the old name of a renamed one is a second object, not a replacement', async () => {
    const workspace = Workspace.create(CONTOSO);
    try {
      const result = await workspace.run('New-RemoteDomain -Name A -DomainName a.example\nSet-RemoteDomain A -Name B\nNew-RemoteDomain -Name A -DomainName c.example | Out-Null\nGet-RemoteDomain | Format-List Name,DomainName');
      assert.equal(result.success, true, result.output);
      assert.deepEqual(result.output.split('\n').filter((line) => line.startsWith('DomainName')), ['DomainName : a.example', 'DomainName : c.example']);
      const guids = (await workspace.state()).objects?.RemoteDomain?.map((object) => object.guid) ?? [];
      assert.equal(new Set(guids).size, 2);
    } finally {
      workspace.remove();
    }
  });
});

describe('built-in settings objects: the transport configuration and each server\'s Mailbox and Front End Transport services', () => {
  let workspace: Workspace;
  beforeEach(() => {
    workspace = Workspace.create(CONTOSO);
  });
  afterEach(() => workspace.remove());

  it('Get-TransportConfig shows Exchange\'s defaults before any change, and Set-TransportConfig needs no identity', async () => {
    const before = await workspace.run('Get-TransportConfig | Format-List MaxSendSize,Identity');
    assert.equal(before.success, true, before.output);
    assert.equal(listed(before.output, 'MaxSendSize'), '10 MB (10,485,760 bytes)');
    assert.equal(listed(before.output, 'Identity'), 'Transport Settings');
    assert.equal((await workspace.state()).objects?.TransportConfig, undefined, 'nothing is stored until a change');
    const changed = await workspace.run('Set-TransportConfig -MaxSendSize 20MB');
    assert.equal(changed.success, true, changed.output);
    const after = await workspace.run('Get-TransportConfig | Format-List MaxSendSize,WhenChanged');
    assert.equal(listed(after.output, 'MaxSendSize'), '20 MB (20,971,520 bytes)');
    assert.equal(listed(after.output, 'WhenChanged'), '3/13/2024 9:00:00 AM');
    assert.equal((await workspace.state()).objects?.TransportConfig?.length, 1);
  });

  it('has one Mailbox Transport service per server, named by the server or its FQDN, and changes only the one named', async () => {
    const result = await workspace.run([
      'Set-MailboxTransportService hub02.contoso.com -MaxConcurrentMailboxDeliveries 30',
      'Get-MailboxTransportService | Format-List Identity,MaxConcurrentMailboxDeliveries',
    ].join('\n'));
    assert.equal(result.success, true, result.output);
    const values = result.output.split('\n').filter((line) => /^(Identity|MaxConcurrentMailboxDeliveries)/.test(line)).map((line) => line.slice(line.indexOf(':') + 1).trim());
    assert.deepEqual(values, ['Hub01', '20', 'Hub02', '30']);
    const shown = await workspace.run('Get-MailboxTransportService Hub02 | Format-List DistinguishedName');
    assert.match(listed(shown.output, 'DistinguishedName') ?? '', /^CN=Mailbox,CN=Transport Configuration,CN=Hub02,CN=Servers,/);
  });

  it('refuses a server the organization does not have, changing nothing', async () => {
    const result = await workspace.run('Set-FrontendTransportService Hub09 -MaxConnectionRatePerMinute 500');
    assert.equal(result.success, false);
    assert.match(result.output, /object 'Hub09' couldn't be found/);
    assert.equal((await workspace.state()).objects?.FrontendTransportService, undefined);
  });
});
