import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processOnce } from '../../../server/src/core/simulator';
import { configure, dropMessage, emlFilesIn, filesIn, message, onlyMessageIn, readIn, removeWorkspace, standardWorkspace } from './workspaceFixture';

describe('transport: Pickup directory rules', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Internet', addressSpaces: ['*;10'] }]);
  });
  afterEach(() => removeWorkspace(root));

  const pickup = (name: string, headers: string[], body?: string) => dropMessage(root, 'Pickup', name, message(headers, body));

  /** Runs a pass and returns the outcome of the single message. */
  async function processSingle() {
    const summary = await processOnce(root);
    assert.deepEqual(summary.errors, []);
    assert.equal(summary.messages.length, 1);
    return summary.messages[0];
  }

  function assertBadmail(name: string, reason: RegExp) {
    const base = name.replace(/\.eml$/, '');
    assert.deepEqual(filesIn(root, 'Pickup'), [`${base}.bad`, `${base}.bad.reason.txt`]);
    assert.match(readIn(root, 'Pickup', `${base}.bad.reason.txt`), reason);
    assert.deepEqual(emlFilesIn(root, 'Mailboxes'), []);
    assert.deepEqual(emlFilesIn(root, 'Internet'), []);
  }

  it('only takes .eml files', async () => {
    fs.writeFileSync(path.join(root, 'Pickup', 'notes.txt'), 'To: mary@contoso.com\r\n\r\nx');
    pickup('good.eml', ['From: bob@fabrikam.com', 'To: mary@contoso.com', 'Subject: Hello']);
    const outcome = await processSingle();
    assert.equal(outcome.result, 'delivered');
    assert.deepEqual(filesIn(root, 'Pickup'), ['notes.txt']);
  });

  describe('originator: From or Sender', () => {
    it('good: the From address is the originator', async () => {
      pickup('good.eml', ['From: bob@fabrikam.com', 'To: mary@contoso.com']);
      await processSingle();
      assert.match(onlyMessageIn(root, 'Mailboxes'), /^Return-Path: <bob@fabrikam\.com>\r\n/);
    });

    it('good: several From addresses with one Sender, who becomes the originator', async () => {
      pickup('good.eml', ['From: bob@fabrikam.com, ann@fabrikam.com', 'Sender: bob@fabrikam.com', 'To: mary@contoso.com']);
      assert.equal((await processSingle()).result, 'delivered');
    });

    it('bad: neither From nor Sender', async () => {
      pickup('bad.eml', ['To: mary@contoso.com', 'Subject: anonymous']);
      const outcome = await processSingle();
      assert.equal(outcome.result, 'badmail');
      assertBadmail('bad.eml', /neither From nor Sender holds an email address/);
    });

    it('bad: two addresses in Sender', async () => {
      pickup('bad.eml', ['From: bob@fabrikam.com', 'Sender: bob@fabrikam.com, ann@fabrikam.com', 'To: mary@contoso.com']);
      await processSingle();
      assertBadmail('bad.eml', /Sender field holds 2 addresses/);
    });

    it('bad: several From addresses and no Sender', async () => {
      pickup('bad.eml', ['From: bob@fabrikam.com, ann@fabrikam.com', 'To: mary@contoso.com']);
      await processSingle();
      assertBadmail('bad.eml', /a Sender field with the single address/);
    });
  });

  describe('recipients in To, Cc or Bcc', () => {
    it('good: To, Cc and Bcc are all envelope recipients, and Bcc is removed from the header', async () => {
      pickup('good.eml', ['From: bob@fabrikam.com', 'To: mary@contoso.com', 'Cc: admin@contoso.com', 'Bcc: carol@fabrikam.com']);
      const outcome = await processSingle();
      assert.deepEqual(outcome.recipients.map((r) => `${r.address}:${r.result}`), ['mary@contoso.com:mailbox', 'admin@contoso.com:mailbox', 'carol@fabrikam.com:drop']);
      for (const copy of [...emlFilesIn(root, 'Mailboxes').map((f) => readIn(root, 'Mailboxes', f)), onlyMessageIn(root, 'Internet')]) {
        assert.doesNotMatch(copy, /^Bcc:/m);
      }
      assert.match(onlyMessageIn(root, 'Internet'), /^X-Receiver: <carol@fabrikam\.com>\r\n/m, 'the Bcc recipient still gets a copy');
    });

    it('good: only Bcc recipients give "Undisclosed recipients" in To', async () => {
      pickup('good.eml', ['From: bob@fabrikam.com', 'Bcc: mary@contoso.com']);
      await processSingle();
      assert.match(onlyMessageIn(root, 'Mailboxes'), /^To: Undisclosed recipients:;\r\n/m);
    });

    it('bad: no recipient at all', async () => {
      pickup('bad.eml', ['From: bob@fabrikam.com', 'Subject: to nobody']);
      await processSingle();
      assertBadmail('bad.eml', /no recipient: To, Cc and Bcc hold no email address/);
    });
  });

  describe('header block', () => {
    it('bad: no blank line between header and body', async () => {
      dropMessage(root, 'Pickup', 'bad.eml', ['From: bob@fabrikam.com', 'To: mary@contoso.com', 'This line is body text']);
      await processSingle();
      assertBadmail('bad.eml', /Line 3 \("This line is body text"\) is not a header field/);
    });

    it('good: header size at the limit; bad: one byte over returns an NDR (a Pickup restriction)', async () => {
      await configure(root, [], { PickupDirectoryMaxHeaderSize: 32768 });
      const fill = (size: number) => `X-Fill: ${'a'.repeat(size)}`;
      const fixed = 'From: bob@contoso.com\r\nTo: mary@contoso.com\r\n'.length + 'X-Fill: '.length + 2;
      pickup('a-good.eml', ['From: bob@contoso.com', 'To: mary@contoso.com', fill(32768 - fixed)]);
      pickup('b-bad.eml', ['From: admin@contoso.com', 'To: mary@contoso.com', fill(32768 - fixed + 1)]);
      const summary = await processOnce(root);
      const [good, bad] = summary.messages;
      assert.equal(good.result, 'delivered');
      assert.equal(bad.result, 'not delivered');
      assert.match(bad.recipients[0].detail ?? '', /5\.3\.4 Message header size exceeds/);
      assert.deepEqual(bad.reports.map((report) => `${report.kind} ${report.to} ${report.result}`), ['NDR admin@contoso.com mailbox']);
      assert.deepEqual(filesIn(root, 'Pickup'), [], 'an NDR was generated, so the file is deleted');
    });
  });

  it('good: recipients up to the limit; bad: more returns an NDR with 5.5.3', async () => {
    await configure(root, [], { PickupDirectoryMaxRecipientsPerMessage: 2 });
    pickup('a.eml', ['From: admin@contoso.com', 'To: mary@contoso.com, x@fabrikam.com']);
    pickup('b.eml', ['From: admin@contoso.com', 'To: mary@contoso.com, x@fabrikam.com, y@fabrikam.com']);
    const [good, bad] = (await processOnce(root)).messages;
    assert.equal(good.result, 'delivered');
    assert.equal(bad.result, 'not delivered');
    assert.ok(bad.recipients.every((recipient) => /550 5\.5\.3 Too many recipients/.test(recipient.detail ?? '')));
    const ndr = readIn(root, 'Mailboxes/admin@contoso.com', emlFilesIn(root, 'Mailboxes/admin@contoso.com')[0]);
    assert.match(ndr, /^Status: 5\.5\.3$/m);
  });

  it('makes Exchange\'s header changes: Received added, Received and Resent-* removed, Message-ID and Date added', async () => {
    pickup('good.eml', ['Received: from elsewhere by somewhere', 'Resent-From: x@fabrikam.com', 'From: bob@fabrikam.com', 'To: mary@contoso.com', 'Subject: Header test']);
    const outcome = await processSingle();
    const copy = onlyMessageIn(root, 'Mailboxes');
    assert.match(copy, /^Return-Path: <bob@fabrikam\.com>\r\nReceived: from localhost by Pickup with Microsoft SMTP Server id 15\.2\.1118\.7; Wed, 13 Mar 2024 09:00:00 \+0000\r\n/);
    assert.doesNotMatch(copy, /elsewhere|Resent-From/);
    assert.match(copy, /^Message-ID: <[0-9a-f-]{36}@contoso\.com>\r\n/m);
    assert.match(copy, /^Date: Wed, 13 Mar 2024 09:00:00 \+0000\r\n/m);
    assert.equal(outcome.messageId, /^Message-ID: (.*)\r$/m.exec(copy)?.[1]);
    assert.match(copy, /\r\n\r\nThis is the body of the message\.\r\n$/);
  });

  it('keeps a Message-ID and a valid Date, and replaces a malformed Date', async () => {
    pickup('a.eml', ['From: bob@fabrikam.com', 'To: mary@contoso.com', 'Message-ID: <original@fabrikam.com>', 'Date: Tue, 12 Mar 2024 08:00:00 +0100']);
    pickup('b.eml', ['From: bob@fabrikam.com', 'To: admin@contoso.com', 'Date: sometime soon']);
    await processOnce(root);
    const mary = onlyMessageIn(root, 'Mailboxes/mary@contoso.com');
    assert.match(mary, /^Message-ID: <original@fabrikam\.com>\r\n/m);
    assert.match(mary, /^Date: Tue, 12 Mar 2024 08:00:00 \+0100\r\n/m);
    assert.match(onlyMessageIn(root, 'Mailboxes/admin@contoso.com'), /^Date: Wed, 13 Mar 2024 09:00:00 \+0000\r\n/m);
  });

  it('records the badmail event once in the application event log', async () => {
    pickup('bad.eml', ['To: mary@contoso.com']);
    await processOnce(root);
    await processOnce(root);
    const events = fs.readFileSync(path.join(root, '.exconn', 'events.log'), 'utf8').trim().split('\n');
    assert.equal(events.length, 1);
    assert.match(events[0], /MSExchangeTransport 9010 PickupIsBadmailingFile: At least one file in C:\\Pickup can't be processed/);
  });

  it('names a second badmail of the same name <name><datetime>.bad', async () => {
    pickup('bad.eml', ['To: mary@contoso.com']);
    await processOnce(root);
    pickup('bad.eml', ['To: admin@contoso.com']);
    await processOnce(root);
    assert.deepEqual(filesIn(root, 'Pickup'), ['bad.bad', 'bad.bad.reason.txt', 'bad20240313090000000.bad', 'bad20240313090000000.bad.reason.txt']);
  });
});
