import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce, runScript } from '../../../server/src/core/simulator';
import { readTrackingLog } from '../../../server/src/core/simulator/transport';
import { configure, dropMessage, emlFilesIn, filesIn, message, onlyMessageIn, readIn, removeWorkspace, standardWorkspace } from './workspaceFixture';

describe('transport: Replay directory rules', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Internet', addressSpaces: ['*;10'] }]);
  });
  afterEach(() => removeWorkspace(root));

  const replay = (name: string, headers: string[]) => dropMessage(root, 'Replay', name, message(headers));

  async function processSingle() {
    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    assert.equal(summary.messages.length, 1);
    return summary.messages[0];
  }

  function assertBadmail(reason: RegExp) {
    assert.deepEqual(filesIn(root, 'Replay'), ['r.bad', 'r.bad.reason.txt']);
    assert.match(readIn(root, 'Replay', 'r.bad.reason.txt'), reason);
  }

  it('good: the envelope comes from X-Sender and X-Receiver, not From and To', async () => {
    replay('r.eml', [
      'X-Receiver: <mary@contoso.com> NOTIFY=NEVER ORcpt=mary@contoso.com',
      'X-Sender: <bob@fabrikam.com> BODY=7bit RET=HDRS ENVID=12345ABCD auth=<someAuth>',
      'X-CreatedBy: MSExchange15',
      'X-EndOfInjectedXHeaders: 250',
      'From: someone.else@fabrikam.com',
      'To: nobody@contoso.com',
      'Bcc: hidden@contoso.com',
      'Subject: Replayed',
    ]);
    const outcome = await processSingle();
    assert.equal(outcome.directory, 'Replay');
    assert.deepEqual(outcome.recipients.map((r) => `${r.address}:${r.result}`), ['mary@contoso.com:mailbox']);
    const copy = onlyMessageIn(root, 'Mailboxes');
    assert.match(copy, /^Return-Path: <bob@fabrikam\.com>\r\nReceived: from Hub01\.contoso\.com by Replay with 15\.2\.1118\.7; Wed, 13 Mar 2024 09:00:00 \+0000\r\n/);
    assert.doesNotMatch(copy, /^X-(Sender|Receiver|CreatedBy|EndOfInjectedXHeaders):/m, 'the envelope X-headers are consumed');
    assert.doesNotMatch(copy, /^Bcc:/m);
    assert.match(copy, /^From: someone\.else@fabrikam\.com\r\n/m, 'the header From stays for the reader');
  });

  it('bad: X-Sender missing', async () => {
    replay('r.eml', ['X-Receiver: <mary@contoso.com>', 'Subject: x']);
    await processSingle();
    assertBadmail(/no X-Sender field/);
  });

  it('bad: two X-Sender fields', async () => {
    replay('r.eml', ['X-Sender: <a@fabrikam.com>', 'X-Sender: <b@fabrikam.com>', 'X-Receiver: <mary@contoso.com>']);
    await processSingle();
    assertBadmail(/2 X-Sender fields \(lines 1, 2\); exactly one is allowed/);
  });

  it('bad: X-Receiver missing', async () => {
    replay('r.eml', ['X-Sender: <bob@fabrikam.com>', 'To: mary@contoso.com']);
    await processSingle();
    assertBadmail(/no X-Receiver field/);
  });

  it('bad: X-headers after a regular header field', async () => {
    replay('r.eml', ['X-Sender: <bob@fabrikam.com>', 'Subject: too early', 'X-Receiver: <mary@contoso.com>']);
    await processSingle();
    assertBadmail(/X-Receiver on line 3 comes after the regular header field Subject \(line 2\)/);
  });

  it('bad: a blank X-CreatedBy, a bad NOTIFY, a bad RET, an X-Receiver without an address', async () => {
    const cases: [string[], RegExp][] = [
      [['X-Sender: <bob@fabrikam.com>', 'X-Receiver: <mary@contoso.com>', 'X-CreatedBy:'], /X-CreatedBy on line 3 is blank/],
      [['X-Sender: <bob@fabrikam.com>', 'X-Receiver: <mary@contoso.com> NOTIFY=NEVER,FAILURE'], /combines NEVER with other values/],
      [['X-Sender: <bob@fabrikam.com> RET=BODY', 'X-Receiver: <mary@contoso.com>'], /RET=BODY is neither FULL nor HDRS/],
      [['X-Sender: <bob@fabrikam.com>', 'X-Receiver: mary'], /'mary', which is not an email address/],
    ];
    for (const [headers, reason] of cases) {
      replay('r.eml', headers);
      await processSingle();
      assertBadmail(reason);
      removeBad();
    }
  });

  function removeBad() {
    for (const name of filesIn(root, 'Replay')) fs.rmSync(path.join(root, 'Replay', name));
  }

  it('uses the DSN parameters: NOTIFY=NEVER suppresses the NDR; ORCPT, ENVID and RET=HDRS shape it', async () => {
    replay('r.eml', [
      'X-Sender: <admin@contoso.com> RET=HDRS ENVID=ENV-42',
      'X-Receiver: <nobody@contoso.com> ORCPT=rfc822;original@contoso.com',
      'X-Receiver: <ghost@contoso.com> NOTIFY=NEVER',
      'Subject: Where did it go',
    ]);
    const outcome = await processSingle();
    assert.equal(outcome.result, 'not delivered');
    assert.equal(outcome.reports.length, 1);
    const ndr = onlyMessageIn(root, 'Mailboxes/admin@contoso.com');
    assert.match(ndr, /^Subject: Undeliverable: Where did it go\r\n/m);
    assert.match(ndr, /^Original-Envelope-Id: ENV-42\r\n/m);
    assert.match(ndr, /^Original-Recipient: rfc822;original@contoso\.com\r\nFinal-Recipient: rfc822;nobody@contoso\.com\r\nAction: failed\r\nStatus: 5\.1\.1\r\n/m);
    assert.doesNotMatch(ndr, /ghost@contoso\.com/, 'NOTIFY=NEVER: no report for that recipient');
    assert.match(ndr, /^Content-Type: text\/rfc822-headers\r\n/m, 'RET=HDRS: only the header comes back');
    assert.doesNotMatch(ndr, /This is the body of the message/);
  });

  it('gives a null-sender message nobody can take to badmail: no NDR can go back', async () => {
    replay('r.eml', ['X-Sender: <>', 'X-Receiver: <nobody@contoso.com>']);
    const outcome = await processSingle();
    assert.equal(outcome.result, 'badmail');
    assertBadmail(/no non-delivery report can be returned, because the message has the null sender/);
    assert.deepEqual(emlFilesIn(root, 'Mailboxes'), []);
  });
});

// The envelope block of files real servers write: Exchange's own exports carry X-CreatedBy,
// X-HeloDomain, X-ExtendedProps, X-Source, X-SourceIPAddress and X-EndOfInjectedXHeaders after
// X-Sender and X-Receiver ("Pickup directory and Replay directory", Exchange 2013: the optional X-headers).
describe('transport: Replay files as real servers write them ("Pickup directory and Replay directory", Exchange 2013)', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Internet', addressSpaces: ['*;10'] }]);
  });
  afterEach(() => removeWorkspace(root));

  const replay = (headers: string[]) => dropMessage(root, 'Replay', 'r.eml', message(headers));
  const headersOf = (text: string) => text.slice(0, text.indexOf('\r\n\r\n'));

  async function badmailReason(headers: string[]): Promise<string> {
    replay(headers);
    const summary = await processOnce(root);
    assert.equal(summary.messages[0]?.result, 'badmail');
    return readIn(root, 'Replay', 'r.bad.reason.txt');
  }

  const EXPORTED_BLOCK = [
    'X-sender: <pat@fabrikam.com>',
    'X-Receiver: <mary@contoso.com> ORCPT=rfc822;mary@contoso.com',
    'X-CreatedBy: MSExchange15',
    'X-HeloDomain: mbx01.fabrikam.com',
    'X-ExtendedProps: BQBjAAoAgkemlidQ3AgFADcAAgAADwA8AAAATWljcm9zb2Z0',
    'X-Source: SMTP:Default MBX01',
    'X-SourceIPAddress: 10.53.40.199',
    'X-Gateway-Job: 42',
    'X-EndOfInjectedXHeaders: 12503',
  ];

  it('every X-header at the top belongs to the envelope block, which X-EndOfInjectedXHeaders ends; the ones Exchange does not know are ignored and removed', async () => {
    replay([...EXPORTED_BLOCK, 'X-Virus-Scanned: by the gateway', 'From: pat@fabrikam.com', 'To: mary@contoso.com', 'Subject: Exported']);
    const summary = await processOnce(root);
    assert.deepEqual(summary.messages[0]?.recipients.map((r) => `${r.address}:${r.result}`), ['mary@contoso.com:mailbox']);
    const delivered = headersOf(onlyMessageIn(root, 'Mailboxes'));
    assert.doesNotMatch(delivered, /^X-(sender|Receiver|CreatedBy|HeloDomain|ExtendedProps|Source|SourceIPAddress|Gateway-Job|EndOfInjectedXHeaders):/im, 'the whole block is the envelope now');
    assert.match(delivered, /^X-Virus-Scanned: by the gateway$/m, 'an X-header after X-EndOfInjectedXHeaders is the message\'s own');
  });

  it('without X-EndOfInjectedXHeaders the block ends at the first regular header field: an unknown X-header before it is removed, one after it kept', async () => {
    replay(['X-Sender: <pat@fabrikam.com>', 'X-Receiver: <mary@contoso.com>', 'X-Fax-Job: 42', 'From: pat@fabrikam.com', 'X-Mailer: FaxGate 3', 'Subject: Fax']);
    await processOnce(root);
    const delivered = headersOf(onlyMessageIn(root, 'Mailboxes'));
    assert.doesNotMatch(delivered, /^X-Fax-Job:/m);
    assert.match(delivered, /^X-Mailer: FaxGate 3$/m);
  });

  it('X-SourceIPAddress and X-HeloDomain are the client-ip and client-hostname of the RECEIVE event; without them client-ip is 0.0.0.0', async () => {
    replay([...EXPORTED_BLOCK, 'From: pat@fabrikam.com', 'Subject: Exported']);
    await processOnce(root);
    dropMessage(root, 'Replay', 's.eml', message(['X-Sender: <pat@fabrikam.com>', 'X-Receiver: <admin@contoso.com>', 'Subject: Plain']));
    await processOnce(root);
    const receives = (await readTrackingLog(root)).filter((event) => event.EventId === 'RECEIVE');
    assert.deepEqual(receives.map((event) => `${event.Source} ${event.ClientIp} ${event.ClientHostname ?? ''}`), ['ADMIN 10.53.40.199 mbx01.fabrikam.com', 'ADMIN 0.0.0.0 ']);
  });

  it('X-Source and X-SourceIPAddress are what Get-Message shows as MessageSourceName and SourceIP; the sender-address of a later SEND is still the header\'s', async () => {
    await configure(root, [{ name: 'Waiting', addressSpaces: ['fabrikam.com;1'], createDrop: false }]);
    replay([...EXPORTED_BLOCK.map((line) => line.replace('<mary@contoso.com>', '<lee@fabrikam.com>')), 'From: pat@fabrikam.com', 'Sender: desk@fabrikam.com', 'Subject: Waits']);
    await processOnce(root);
    const listing = await runScript({ workspace: root, text: 'Get-Message | Format-List MessageSourceName,SourceIP' });
    assert.equal(listing.success, true, listing.output);
    assert.match(listing.output, /^MessageSourceName : SMTP:Default MBX01$/m);
    assert.match(listing.output, /^SourceIP +: 10\.53\.40\.199$/m);
    fs.mkdirSync(path.join(root, 'Waiting'));
    await processOnce(root);
    const send = (await readTrackingLog(root)).find((event) => event.EventId === 'SEND');
    assert.equal(send?.Sender, 'desk@fabrikam.com');
    assert.equal(send?.ReturnPath, '<pat@fabrikam.com>');
  });

  it('bad: an X-SourceIPAddress that is not an IP address, with the fix', async () => {
    const reason = await badmailReason(['X-Sender: <pat@fabrikam.com>', 'X-Receiver: <mary@contoso.com>', 'X-SourceIPAddress: mbx01.fabrikam.com']);
    assert.match(reason, /X-SourceIPAddress on line 3 is 'mbx01\.fabrikam\.com', which is not an IP address; write the sending server's IPv4 or IPv6 address/);
    assert.deepEqual(emlFilesIn(root, 'Mailboxes'), [], 'nothing is delivered');
  });

  it('bad: an X-CreatedBy naming an Exchange version that does not exist; a foreign system\'s name (Notes) is accepted, and the header firewall applies to it', async () => {
    const reason = await badmailReason(['X-Sender: <pat@fabrikam.com>', 'X-Receiver: <mary@contoso.com>', 'X-CreatedBy: MSExchange16']);
    assert.match(reason, /X-CreatedBy on line 3 is 'MSExchange16', which names no Exchange version; Exchange writes MSExchange12 \(Exchange 2007\), MSExchange14 \(Exchange 2010\), MSExchange15 \(Exchange 2013, 2016, 2019 and SE\)\. Write MSExchange15/);
    for (const name of filesIn(root, 'Replay')) fs.rmSync(path.join(root, 'Replay', name));

    replay(['X-Sender: <pat@fabrikam.com>', 'X-Receiver: <mary@contoso.com>', 'X-CreatedBy: Notes', 'From: pat@fabrikam.com', 'X-MS-Exchange-Organization-SCL: -1', 'Subject: From Notes']);
    await processOnce(root);
    assert.doesNotMatch(headersOf(onlyMessageIn(root, 'Mailboxes')), /X-MS-Exchange-Organization-SCL/);
  });

  it('bad: an X-Receiver after X-EndOfInjectedXHeaders, which ends the block', async () => {
    const reason = await badmailReason(['X-Sender: <pat@fabrikam.com>', 'X-Receiver: <mary@contoso.com>', 'X-EndOfInjectedXHeaders: 80', 'X-Receiver: <admin@contoso.com>']);
    assert.match(reason, /X-Receiver on line 4 comes after X-EndOfInjectedXHeaders \(line 3\), which ends the envelope block; .*Move X-Receiver above X-EndOfInjectedXHeaders/);
  });
});
