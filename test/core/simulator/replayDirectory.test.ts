import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce } from '../../../server/src/core/simulator';
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
