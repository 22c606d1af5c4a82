import * as assert from 'node:assert/strict';
import { processOnce, runScript } from '../../../server/src/core/simulator';
import { readTrackingLog, type MessageOutcome } from '../../../server/src/core/simulator/transport';
import { configure, dropMessage, emlFilesIn, message, onlyMessageIn, removeWorkspace, standardWorkspace, type ConnectorSpec } from './workspaceFixture';

describe('transport: routing', () => {
  let root: string;
  afterEach(() => removeWorkspace(root));

  /** Sends one Pickup message from admin@contoso.com to `to` and returns its outcome. */
  async function send(connectors: ConnectorSpec[], to: string[], organization: Record<string, unknown> = {}): Promise<MessageOutcome> {
    root = standardWorkspace(organization);
    await configure(root, connectors);
    dropMessage(root, 'Pickup', 'm.eml', message(['From: admin@contoso.com', `To: ${to.join(', ')}`, 'Subject: Routing test']));
    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    return summary.messages[0];
  }

  const where = (outcome: MessageOutcome) => outcome.recipients.map((r) => (r.result === 'drop' ? `${r.address}->${r.connector}` : `${r.address}:${r.result}`));

  it('takes the lowest cost among equally specific address spaces', async () => {
    const outcome = await send([
      { name: 'Expensive', addressSpaces: ['*.fabrikam.com;10'] },
      { name: 'Cheap', addressSpaces: ['*.fabrikam.com;5'] },
    ], ['bob@fabrikam.com']);
    assert.deepEqual(where(outcome), ['bob@fabrikam.com->Cheap']);
    assert.equal(emlFilesIn(root, 'Expensive').length, 0);
  });

  it('prefers the most specific address space over a lower cost', async () => {
    const outcome = await send([
      { name: 'Wildcard', addressSpaces: ['*.fabrikam.com;1'] },
      { name: 'Sales', addressSpaces: ['sales.fabrikam.com;50'] },
      { name: 'Everything', addressSpaces: ['*;1'] },
    ], ['ann@sales.fabrikam.com', 'bob@fabrikam.com', 'eve@litware.com']);
    assert.deepEqual(where(outcome), ['ann@sales.fabrikam.com->Sales', 'bob@fabrikam.com->Wildcard', 'eve@litware.com->Everything']);
  });

  it('skips a disabled connector, and uses one whose SourceTransportServers are other servers by relaying to them (Foreign connectors)', async () => {
    const outcome = await send([
      { name: 'Disabled', addressSpaces: ['fabrikam.com;1'], enabled: false },
      { name: 'OtherServer', addressSpaces: ['fabrikam.com;1'], sourceTransportServers: ['Hub02'] },
      { name: 'Fallback', addressSpaces: ['*;99'] },
    ], ['bob@fabrikam.com', 'eve@litware.com']);
    assert.deepEqual(where(outcome), ['bob@fabrikam.com->OtherServer', 'eve@litware.com->Fallback']);
    assert.equal(emlFilesIn(root, 'Disabled').length, 0);
  });

  it('returns an NDR with 5.4.4 to the sender\'s mailbox when no connector matches', async () => {
    const outcome = await send([{ name: 'Disabled', addressSpaces: ['*;1'], enabled: false }], ['bob@fabrikam.com']);
    assert.equal(outcome.result, 'not delivered');
    assert.match(outcome.recipients[0].detail ?? '', /^550 5\.4\.4 ROUTING\.NoNextHop; unable to route/);
    assert.deepEqual(outcome.reports.map((r) => `${r.kind}:${r.to}:${r.result}`), ['NDR:admin@contoso.com:mailbox']);
    const ndr = onlyMessageIn(root, 'Mailboxes/admin@contoso.com');
    assert.match(ndr, /^From: Microsoft Outlook <postmaster@contoso\.com>\r\n/m);
    assert.match(ndr, /^Subject: Undeliverable: Routing test\r\n/m);
    assert.match(ndr, /^Content-Type: multipart\/report; report-type=delivery-status;/m);
    assert.match(ndr, /^Final-Recipient: rfc822;bob@fabrikam\.com\r\nAction: failed\r\nStatus: 5\.4\.4\r\nDiagnostic-Code: smtp;550 5\.4\.4 ROUTING\.NoNextHop; unable to route\r\n/m);
    assert.match(ndr, /^Content-Type: message\/rfc822\r\n\r\nReceived: from localhost by Pickup/m, 'the original message is attached');
    const events = await readTrackingLog(root);
    assert.deepEqual(events.map((event) => `${event.EventId}/${event.Source}`), ['RECEIVE/PICKUP', 'FAIL/ROUTING', 'DSN/DSN', 'DELIVER/STOREDRIVER']);
  });

  it('delivers to local mailboxes in accepted domains, and fails an unknown mailbox with 5.1.1', async () => {
    const outcome = await send([{ name: 'Everything', addressSpaces: ['*'] }], ['Mary@Contoso.com', 'nobody@contoso.com']);
    assert.deepEqual(where(outcome), ['Mary@Contoso.com:mailbox', 'nobody@contoso.com:failed']);
    assert.match(outcome.recipients[1].detail ?? '', /550 5\.1\.1 RESOLVER\.ADR\.RecipNotFound; not found/);
    assert.equal(emlFilesIn(root, 'Everything').length, 0, 'an accepted domain is never routed out');
    assert.equal(emlFilesIn(root, 'Mailboxes/mary@contoso.com').length, 1);
  });

  it('routes IMCEA-encapsulated X.400 recipients on their X.400 address, most specific space first', async () => {
    const outcome = await send([
      { name: 'Contoso X400', addressSpaces: ['X400:c=US;a=Fabrikam;P=Contoso;5'] },
      { name: 'Fabrikam X400', addressSpaces: ['X400:c=US;a=Fabrikam;1'] },
      { name: 'Internet', addressSpaces: ['*'] },
    ], ['IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com', 'IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Other+3Bs=Jones@contoso.com']);
    assert.deepEqual(where(outcome), [
      'IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com->Contoso X400',
      'IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Other+3Bs=Jones@contoso.com->Fabrikam X400',
    ]);
  });

  it('routes a mail contact on its X.400 address and names it IMCEA-encapsulated in the Drop file', async () => {
    const outcome = await send([{ name: 'Contoso X400', addressSpaces: ['X400:c=US;a=Fabrikam;P=Contoso;5'] }], ['smith@contoso.com'], {
      contacts: [{ name: 'Smith', address: 'X400:c=US;a=Fabrikam;p=Contoso;s=Smith' }],
    });
    assert.deepEqual(where(outcome), ['smith@contoso.com->Contoso X400']);
    const files = emlFilesIn(root, 'Contoso X400');
    assert.equal(files.length, 1);
    assert.match(files[0], /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.eml$/);
    const drop = onlyMessageIn(root, 'Contoso X400');
    assert.match(drop, /^X-Sender: <admin@contoso\.com>\r\nX-Receiver: <IMCEAX400-c=US\+3Ba=Fabrikam\+3Bp=Contoso\+3Bs=Smith@contoso\.com>\r\nX-CreatedBy: MSExchange15\r\n(?:X-[^\r\n]*\r\n)*X-EndOfInjectedXHeaders: \d+\r\nReceived: from localhost by Pickup/);
  });

  it('writes an IMCEA recipient given with raw semicolons encoded (+3B) in the Drop file, and logs it as one recipient', async () => {
    const raw = 'IMCEAX400-c=US;a=Fabrikam;p=Contoso;s=Smith@contoso.com';
    // In angle brackets, as gateways write it (a bare `;` would end the header's address list).
    const outcome = await send([{ name: 'Contoso X400', addressSpaces: ['X400:c=US;a=Fabrikam;P=Contoso;5'] }], [`John Smith <${raw}>`]);
    assert.deepEqual(where(outcome), [`${raw}->Contoso X400`]);
    assert.match(onlyMessageIn(root, 'Contoso X400'), /\r\nX-Receiver: <IMCEAX400-c=US\+3Ba=Fabrikam\+3Bp=Contoso\+3Bs=Smith@contoso\.com>\r\n/);
    const sent = (await readTrackingLog(root)).filter((event) => event.EventId === 'SEND' && event.Source === 'GATEWAY');
    assert.deepEqual(sent.map((event) => event.Recipients), [['IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com']], 'one recipient, encoded');
  });

  it('routes custom address types (FAX) through connectors of that type, and says when no connector has the type', async () => {
    const outcome = await send([{ name: 'Fax', addressSpaces: ['FAX:*;1'] }], ['IMCEAFAX-+2B1+20425+20555+200100@contoso.com', 'IMCEAX400-c=US+3Ba=Fabrikam+3Bs=Doe@contoso.com']);
    assert.deepEqual(where(outcome), ['IMCEAFAX-+2B1+20425+20555+200100@contoso.com->Fax', 'IMCEAX400-c=US+3Ba=Fabrikam+3Bs=Doe@contoso.com:failed']);
    assert.match(outcome.recipients[1].detail ?? '', /ROUTING\.NoConnectorForAddressType/);
  });

  it('fails a message larger than the connector\'s MaxMessageSize with 5.3.4, and an NDR', async () => {
    const outcome = await send([{ name: 'Small', addressSpaces: ['*'], maxMessageSize: 100 }], ['bob@fabrikam.com']);
    assert.match(outcome.recipients[0].detail ?? '', /550 5\.3\.4 ROUTING\.SizeLimit/);
    assert.equal(emlFilesIn(root, 'Small').length, 0);
    assert.equal(outcome.reports[0].result, 'mailbox');
  });

  it('leaves out connectors too small for the message before weighing address spaces and cost ("Connector selection")', async () => {
    const outcome = await send([
      { name: 'Exact but small', addressSpaces: ['fabrikam.com;1'], maxMessageSize: 100 },
      { name: 'Wildcard', addressSpaces: ['*;10'] },
    ], ['bob@fabrikam.com']);
    assert.deepEqual(where(outcome), ['bob@fabrikam.com->Wildcard']);
    assert.equal(emlFilesIn(root, 'Exact but small').length, 0);
  });

  it('sends a relay DSN when RelayDsnRequired is on and the recipient asked NOTIFY=SUCCESS', async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Gateway', addressSpaces: ['*'], relayDsnRequired: true }]);
    dropMessage(root, 'Replay', 'r.eml', message(['X-Sender: <admin@contoso.com>', 'X-Receiver: <bob@fabrikam.com> NOTIFY=SUCCESS,FAILURE', 'Subject: Tell me']));
    const outcome = (await processOnce(root)).messages[0];
    assert.deepEqual(outcome.reports.map((r) => `${r.kind}:${r.result}`), ['relay DSN:mailbox']);
    const dsn = onlyMessageIn(root, 'Mailboxes/admin@contoso.com');
    assert.match(dsn, /^Subject: Relayed: Tell me\r\n/m);
    assert.match(dsn, /^Action: relayed\r\nStatus: 2\.0\.0\r\n/m);
  });

  it('will not write into a Drop directory that is also the Pickup directory (a loop)', async () => {
    const outcome = await send([{ name: 'Loop', addressSpaces: ['*'], dropDirectory: 'C:\\Pickup', createDrop: false }], ['bob@fabrikam.com']);
    assert.equal(outcome.recipients[0].result, 'queued');
    assert.match(outcome.recipients[0].detail ?? '', /also the Pickup or Replay directory/);
  });
});

describe('transport: recipients the scripts created', () => {
  let root: string;
  afterEach(() => removeWorkspace(root));

  async function sendAfter(script: string, to: string[]): Promise<MessageOutcome> {
    root = standardWorkspace();
    await configure(root, []);
    const run = await runScript({ workspace: root, text: script });
    assert.equal(run.success, true, run.output);
    dropMessage(root, 'Pickup', 'm.eml', message(['From: admin@contoso.com', `To: ${to.join(', ')}`, 'Subject: Scripted recipients']));
    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    return summary.messages[0];
  }

  const FAX_CONNECTOR = 'New-ForeignConnector -Name "Fax" -AddressSpaces "FAX:*;1"\n';

  it('routes a New-MailContact recipient on its FAX: address, IMCEA-encapsulated in the Drop file', async () => {
    const outcome = await sendAfter(`${FAX_CONNECTOR}New-MailContact -Name "Fax Desk" -ExternalEmailAddress "FAX:+14255550100"`, ['FaxDesk@contoso.com']);
    assert.deepEqual(outcome.recipients.map((r) => [r.result, r.connector]), [['drop', 'Fax']]);
    // A connector's Drop directory defaults to its name under RootDropDirectoryPath, the Exchange install folder.
    assert.match(onlyMessageIn(root, 'Program Files/Microsoft/Exchange Server/V15/Fax'), /^X-Sender: <admin@contoso\.com>\r\nX-Receiver: <IMCEAFAX-\+2B14255550100@contoso\.com>/);
  });

  it('reaches a contact on its PrimarySmtpAddress when one is given', async () => {
    const contact = 'New-MailContact -Name "Smith" -ExternalEmailAddress "X400:c=US;a=Fabrikam;p=Contoso;s=Smith" -PrimarySmtpAddress j.smith@contoso.com';
    const outcome = await sendAfter(`New-ForeignConnector -Name "X400" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5"\n${contact}`, ['j.smith@contoso.com']);
    assert.deepEqual(outcome.recipients.map((r) => [r.result, r.connector]), [['drop', 'X400']]);
  });

  it('takes an authoritative domain New-AcceptedDomain created as local, and routes a relay domain out', async () => {
    const domains = 'New-AcceptedDomain -Name "Fabrikam" -DomainName fabrikam.com\nNew-AcceptedDomain -Name "Litware" -DomainName litware.com -DomainType InternalRelay\n';
    const outcome = await sendAfter(`New-ForeignConnector -Name "Everything" -AddressSpaces "SMTP:*;1"\n${domains}`, ['ann@fabrikam.com', 'bob@litware.com']);
    // fabrikam.com is now this organization's: without a mailbox for ann, 5.1.1 instead of the connector.
    assert.deepEqual(outcome.recipients.map((r) => [r.address, r.result === 'drop' ? r.connector : r.result]), [['ann@fabrikam.com', 'failed'], ['bob@litware.com', 'Everything']]);
    assert.match(outcome.recipients[0].detail ?? '', /5\.1\.1/);
  });
});
