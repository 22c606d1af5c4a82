import * as assert from 'node:assert/strict';
import { complete, type CompletionItem, type CompletionList, resolveCompletionItem } from '../../../server/src/core/analysis';
import { fixture, viewOf, type ViewOptions } from './fixture';

/** Completion at the `‸` of the source; the items sorted as an editor sorts them. */
function completeAt(source: string, options?: ViewOptions): { items: CompletionItem[]; ranges: ReturnType<typeof fixture>['ranges']; list: CompletionList } {
  const { analysis, cursor, ranges } = fixture(source);
  const list = complete(analysis, cursor, viewOf(analysis, options));
  const items = [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  return { items, ranges, list };
}

const labels = (items: CompletionItem[]) => items.map((item) => item.label);
const item = (items: CompletionItem[], label: string) => {
  const found = items.find((candidate) => candidate.label === label);
  assert.ok(found, `no item ${label} in ${JSON.stringify(labels(items))}`);
  return found;
};

const createContoso = 'New-ForeignConnector -Name "Contoso Foreign Connector" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5" -SourceTransportServers Hub01,Hub02\n';

describe('completion', () => {
  it('offers the parameters PowerShell 7 added after those Windows PowerShell 5.1 has', () => {
    const order = labels(completeAt('1..4 | ForEach-Object -‸').items);
    assert.ok(order.includes('-Parallel'), JSON.stringify(order));
    assert.ok(order.indexOf('-Process') < order.indexOf('-Parallel'), JSON.stringify(order));
    assert.ok(order.indexOf('-ErrorAction') < order.indexOf('-Parallel'), 'after the common parameters too');
  });

  describe('cmdlet names at a command position', () => {
    it('offers the catalog cmdlets with their synopsis, replacing the typed word', () => {
      const { items, ranges } = completeAt('⟦New-For⟧‸');
      const cmdlet = item(items, 'New-ForeignConnector');
      assert.deepEqual(cmdlet.textEdit, { range: ranges[0], newText: 'New-ForeignConnector' });
      assert.match(cmdlet.detail ?? '', /^Creates a Foreign connector/);
      assert.equal(cmdlet.kind, 3);
    });

    it('lists the Exchange cmdlets first, then PowerShell ones, then snippets', () => {
      const { items } = completeAt('‸');
      const order = labels(items);
      assert.ok(order.indexOf('Set-TransportService') < order.indexOf('Format-List'), 'Exchange cmdlets before PowerShell ones');
      const lastCmdlet = items.findLastIndex((candidate) => candidate.kind === 3);
      const firstSnippet = items.findIndex((candidate) => candidate.kind === 15);
      assert.ok(lastCmdlet < firstSnippet, 'cmdlets before snippets');
      assert.equal(items[firstSnippet].label, 'Foreign connector procedure');
    });

    it('offers cmdlets after a pipe and after an assignment', () => {
      assert.ok(labels(completeAt('Get-ForeignConnector | ⟦Form⟧‸').items).includes('Format-List'));
      assert.ok(labels(completeAt('$c = ‸').items).includes('New-ForeignConnector'));
    });

    it('offers a snippet with the mandatory parameters of each cmdlet', () => {
      const { items, ranges } = completeAt('⟦New⟧‸');
      const snippet = item(items, 'New-ForeignConnector (mandatory parameters)');
      assert.equal(snippet.insertTextFormat, 2);
      assert.deepEqual(snippet.textEdit, { range: ranges[0], newText: 'New-ForeignConnector -Name "${1:Name}" -AddressSpaces "${2:X400:c=US;a= ;p=Contoso;1}"$0' });
    });

    it('offers the whole Foreign-connector procedure as a snippet', () => {
      const snippet = item(completeAt('‸').items, 'Foreign connector procedure');
      assert.match(snippet.textEdit.newText, /^# Create the connector/);
      assert.match(snippet.textEdit.newText, /\nSet-ForeignConnector "\$\{1\}" -DropDirectory "\$\{4:C:\\\\Drop Directory\}"\n/);
      assert.match(snippet.textEdit.newText, /Set-TransportService \$\{3\} -PickupDirectoryPath/);
      assert.match(snippet.textEdit.newText, /Set-TransportService \$\{3\} -ReplayDirectoryPath/);
      assert.match(snippet.documentation?.value ?? '', /Set-ForeignConnector "Contoso Foreign Connector" -DropDirectory "C:\\Drop Directory"/);
    });

    it('offers nothing inside a comment', () => {
      assert.deepEqual(completeAt('# New-For‸').items, []);
      assert.deepEqual(completeAt('<#\nNew-For‸\n#>').items, []);
      assert.deepEqual(completeAt('Get-ForeignConnector # -‸').items, []);
    });
  });

  describe('parameter names after -', () => {
    it('offers only the parameters the target Exchange version has', () => {
      assert.ok(!labels(completeAt('Get-MessageTrackingLog -‸').items).includes('-NetworkMessageId'), 'Exchange 2013, the default');
      assert.ok(labels(completeAt('Get-MessageTrackingLog -‸', { exchangeVersion: '2016' }).items).includes('-NetworkMessageId'), 'Exchange 2016');
    });


    it('completes an abbreviation to the full name, replacing what is typed', () => {
      const { items, ranges } = completeAt('New-ForeignConnector ⟦-Addr⟧‸');
      const parameter = item(items, '-AddressSpaces');
      assert.deepEqual(parameter.textEdit, { range: ranges[0], newText: '-AddressSpaces' });
      assert.equal(parameter.detail, 'MultiValuedProperty (mandatory)');
    });

    it('puts the mandatory parameters first, then the cmdlet\'s own, then the common ones', () => {
      const { items } = completeAt('New-ForeignConnector -‸');
      assert.deepEqual(labels(items).slice(0, 7), ['-AddressSpaces', '-Name', '-Confirm', '-DomainController', '-IsScopedConnector', '-SourceTransportServers', '-WhatIf']);
      assert.ok(labels(items).slice(7).includes('-ErrorAction'));
    });

    it('leaves out the parameters already given, by name or by position', () => {
      const named = labels(completeAt('New-ForeignConnector -Name "x" -‸').items);
      assert.ok(!named.includes('-Name'));
      assert.ok(named.includes('-AddressSpaces'));
      const positional = labels(completeAt('Set-ForeignConnector "x" -‸').items);
      assert.ok(!positional.includes('-Identity'));
      assert.ok(positional.includes('-DropDirectory'));
    });

    it('keeps the parameter being typed even though it is bound', () => {
      const { items, ranges } = completeAt('Set-ForeignConnector "x" -Enabled $true ⟦-Dr⟧‸');
      assert.deepEqual(labels(items).filter((label) => label.startsWith('-Drop')), ['-DropDirectory', '-DropDirectoryQuota']);
      assert.deepEqual(item(items, '-DropDirectory').textEdit.range, ranges[0]);
    });

    it('leaves out the parameters of other parameter sets', () => {
      const offered = labels(completeAt('Get-ForeignConnector | Where-Object -FilterScript { $_.Enabled } -‸').items);
      assert.ok(!offered.includes('-Like'));
      assert.ok(!offered.includes('-Property'));
      assert.ok(offered.includes('-InputObject'));
    });

    it('offers nothing inside a script block or parentheses of the command', () => {
      assert.deepEqual(completeAt('Get-ForeignConnector | Where-Object { $_.Enabled -eq‸ }').items, []);
      assert.deepEqual(completeAt('Set-ForeignConnector x -Comment ($a -jo‸)').items, []);
    });

    it('offers nothing for a command outside the catalog', () => {
      assert.deepEqual(completeAt('Get-ChildItem -‸').items, []);
    });
  });

  describe('values', () => {
    it('offers $true and $false for a Boolean, replacing what is typed', () => {
      const empty = completeAt('Set-ForeignConnector "x" -Enabled ⟦⟧‸');
      assert.deepEqual(labels(empty.items), ['$true', '$false']);
      assert.deepEqual(empty.items[0].textEdit, { range: empty.ranges[0], newText: '$true' });
      const typed = completeAt('Set-ForeignConnector "x" -Enabled ⟦$t⟧‸');
      assert.deepEqual(typed.items[0].textEdit, { range: typed.ranges[0], newText: '$true' });
    });

    it('offers $true and $false after a switch\'s colon', () => {
      assert.deepEqual(labels(completeAt('Remove-ForeignConnector "x" -Confirm:‸').items), ['$true', '$false']);
    });

    it('offers the allowed values of an enumeration', () => {
      assert.deepEqual(labels(completeAt('Get-ForeignConnector -ErrorAction ‸').items), ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break']);
    });

    it('offers connector names for -Identity from the workspace and the simulator, quoted when needed', () => {
      const options = { others: [{ uri: 'file:///ws/01.ps1', text: createContoso }], simulated: [{ name: 'Fax' }] };
      const { items, ranges } = completeAt('Set-ForeignConnector ⟦⟧‸', options);
      assert.deepEqual(labels(items), ['Contoso Foreign Connector', 'Fax']);
      assert.deepEqual(items[0].textEdit, { range: ranges[0], newText: '"Contoso Foreign Connector"' });
      assert.deepEqual(items[1].textEdit, { range: ranges[0], newText: 'Fax' });
    });

    it('inside quotes, replaces the string\'s content with the bare name', () => {
      const options = { others: [{ uri: 'file:///ws/01.ps1', text: createContoso }] };
      const { items, ranges } = completeAt('Get-ForeignConnector -Identity "⟦Con‸⟧"', options);
      assert.deepEqual(items.map((candidate) => candidate.textEdit), [{ range: ranges[0], newText: 'Contoso Foreign Connector' }]);
    });

    it('offers the servers of exconn.json for -SourceTransportServers, without those listed', () => {
      const { items } = completeAt('New-ForeignConnector -Name x -AddressSpaces "SMTP:contoso.com" -SourceTransportServers Hub01,‸', { servers: ['Hub01', 'Hub02', 'Edge01'] });
      assert.deepEqual(labels(items), ['Hub02', 'Edge01']);
    });

    it('offers the piped object\'s properties after Format-List, in Format-List order', () => {
      const { items } = completeAt('Get-ForeignConnector | Format-List ‸');
      assert.deepEqual(labels(items).slice(0, 5), ['RunspaceId', 'AddressSpaces', 'Comment', 'ConnectedDomains', 'DropDirectory']);
      const listed = labels(completeAt('Get-TransportService Hub01 | Select-Object PickupDirectoryPath,‸').items);
      assert.ok(!listed.includes('PickupDirectoryPath'));
      assert.ok(listed.includes('ReplayDirectoryPath'));
    });

    it('offers the properties of every mail-flow object after Format-List, Format-Table, Select-Object and Where-Object', () => {
      const cases: [string, string][] = [
        ['Get-SendConnector | Format-List ‸', 'SmartHosts'],
        ['Get-DeliveryAgentConnector "Fabrikam Fax" | fl ‸', 'DeliveryProtocol'],
        ['Get-ReceiveConnector | Select-Object Name,‸', 'RemoteIPRanges'],
        ['Get-AcceptedDomain | Format-Table Name,‸', 'DomainType'],
        ['Get-AcceptedDomain | Format-Table Name,‸', 'Default'],
        ['Get-RemoteDomain | fl ‸', 'AutoForwardEnabled'],
        ['Get-TransportConfig | fl ‸', 'MaxSendSize'],
        ['Get-MailContact | Select-Object ‸', 'ExternalEmailAddress'],
        ['Get-TransportRule | fl ‸', 'Priority'],
        ['Get-FrontendTransportService | fl ‸', 'AgentLogEnabled'],
        ['Get-MailboxTransportService | fl ‸', 'ConnectivityLogEnabled'],
        ['Get-TransportAgent | fl ‸', 'Priority'],
        ['Get-SendConnector | Where-Object Sm‸', 'SmartHosts'],
        ['New-SendConnector -Name x -AddressSpaces * | fl ‸', 'AddressSpaces'],
        ['Get-Queue -Server Hub01 | fl ‸', 'MessageCount'],
        ['Get-Queue | Sort-Object ‸', 'NextRetryTime'],
        ['Get-Message -Queue "Hub01\\contoso.com" | Format-Table ‸', 'FromAddress'],
      ];
      for (const [source, property] of cases) {
        assert.ok(labels(completeAt(source).items).includes(property), `${property} after ${source}`);
      }
      const agent = labels(completeAt('Get-TransportAgent | fl ‸').items);
      assert.ok(!agent.includes('TransportService') && !agent.includes('Name'), 'a transport agent has no TransportService or Name property');
      assert.ok(!labels(completeAt('Get-AcceptedDomain | fl ‸').items).includes('MakeDefault'), 'MakeDefault sets the Default property');
    });

    it('offers address-space starters for an unquoted address space', () => {
      const { items } = completeAt('New-ForeignConnector -Name x -AddressSpaces ‸');
      assert.deepEqual(labels(items), ['"X400:…"', '"SMTP:…"']);
      assert.equal(items[0].textEdit.newText, '"X400:c=${1:US};a=${2: };p=${3:Contoso};${4:1}"');
    });
  });

  describe('inside an address-space string', () => {
    const prefix = 'New-ForeignConnector -Name "Contoso" -AddressSpaces ';

    it('offers the types first', () => {
      const { items, ranges } = completeAt(`${prefix}"⟦X4⟧‸"`);
      assert.deepEqual(labels(items), ['X400:', 'SMTP:']);
      assert.deepEqual(items[0].textEdit, { range: ranges[0], newText: 'X400:' });
    });

    it('offers every X.400 attribute key after the type, country first', () => {
      const { items } = completeAt(`${prefix}"X400:‸"`);
      assert.deepEqual(labels(items), ['c=', 'a=', 'p=', 'o=', 'ou1=', 'ou2=', 'ou3=', 'ou4=', 'cn=', 's=', 'g=', 'i=', 'q=', 'x.121=', 'n-id=', 't-ty=', 't-id=', 'dda:']);
      assert.equal(items[2].detail, 'PRMD (private management domain)');
      assert.match(items[2].documentation?.value ?? '', /Length: 1–16 characters/);
    });

    it('offers the keys not used yet and the cost, replacing the typed key', () => {
      const { items, ranges } = completeAt(`${prefix}"X400:c=US;a=Fabrikam;⟦o⟧‸"`);
      assert.deepEqual(labels(items).slice(0, 3), ['p=', 'o=', 'ou1=']);
      assert.ok(!labels(items).includes('c=') && !labels(items).includes('a='));
      assert.deepEqual(item(items, 'o=').textEdit, { range: ranges[0], newText: 'o=' });
      assert.equal(items.at(-1)?.label, '1');
      assert.match(items.at(-1)?.detail ?? '', /^cost/);
    });

    it('normalises a key being retyped up to its =', () => {
      const { items, ranges } = completeAt(`${prefix}"X400:c=US;⟦P‸=⟧Contoso;5"`);
      assert.deepEqual(item(items, 'p=').textEdit, { range: ranges[0], newText: 'p=' });
      assert.ok(!labels(items).includes('1'), 'no cost in the middle of the address space');
    });

    it('works in the values of @{Add=...}', () => {
      assert.deepEqual(labels(completeAt('Set-ForeignConnector x -AddressSpaces @{Add="X400:c=US;a= ;p=Contoso;o=‸"}').items), []);
      assert.ok(labels(completeAt('Set-ForeignConnector x -AddressSpaces @{Add="X400:c=US;‸"}').items).includes('a='));
    });

    it('offers nothing inside an attribute value or an SMTP domain', () => {
      assert.deepEqual(completeAt(`${prefix}"X400:c=U‸"`).items, []);
      assert.deepEqual(completeAt(`${prefix}"SMTP:cont‸"`).items, []);
    });
  });

  describe('resolve', () => {
    it('adds the cmdlet\'s syntax and description', () => {
      const resolved = resolveCompletionItem(item(completeAt('New‸').items, 'New-ForeignConnector'));
      assert.match(resolved.documentation?.value ?? '', /New-ForeignConnector \[-Name\] <String> -AddressSpaces <MultiValuedProperty>/);
    });

    it('adds a parameter\'s type, range and default', () => {
      const resolved = resolveCompletionItem(item(completeAt('Set-ForeignConnector x -MaxM‸').items, '-MaxMessageSize'));
      assert.match(resolved.documentation?.value ?? '', /Default: Unlimited/);
      assert.match(resolved.documentation?.value ?? '', /Accepts: 0 B .* to .*, or unlimited/);
    });
  });
});
