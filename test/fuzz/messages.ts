// Fuzz target "messages": random and mutated .eml files dropped into the Pickup directory of a
// prepared simulator workspace, a batch per transport pass (processOnce), each file counted as a case.
// Properties, for every file of the batch:
//   - the pass throws nothing and reports no error;
//   - the file has exactly one outcome (never lost, never processed twice);
//   - it ends delivered (its copies exist), NDR'd (the NDR reached the sender) or set aside as `.bad`
//     with its `.bad.reason.txt`, and nothing else of it stays in Pickup (no .eml, no .tmp);
//   - the copies in mailboxes and Drop directories are exactly those the outcomes name, and no copy is
//     claimed by two messages (never delivered twice); no claim record and no queued message remain;
//   - no message takes longer than CASE_TIME_LIMIT_MS.
//
// Messages are generated as recipes (plain data: a base message and edits), rendered to bytes in the
// check. Plain data can be shrunk without generation context, which lets run.ts shrink a failing
// batch of files down to the few files that still fail (see FuzzTarget.reducer).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { processOnce, type TransportSummary } from '../../server/src/core/simulator';
import { type MessageOutcome } from '../../server/src/core/simulator/transport';
import { configure, removeWorkspace, standardWorkspace } from '../core/simulator/workspaceFixture';
import { CASE_TIME_LIMIT_MS, type FuzzTarget } from './fuzzTarget';
import { applyEdits, editArbitrary, type TextEdit } from './mutation';
import { saveMessages } from './regressionStore';

// ---- the workspace --------------------------------------------------------------------------------

const CONNECTORS = [
  { name: 'Contoso X400', addressSpaces: ['X400:c=US;a=Fabrikam;P=Contoso;5'] },
  { name: 'Fabrikam', addressSpaces: ['fabrikam.com;1', '*.fabrikam.com;2'], maxMessageSize: 65536 },
  { name: 'Fax', addressSpaces: ['FAX:*;5'] },
];
const OUTPUT_FOLDERS = ['Mailboxes', ...CONNECTORS.map((connector) => connector.name)];
const PICKUP = 'Pickup';

/** A workspace with mailboxes, a contact and three connectors but no catch-all, so some mail NDRs. */
export class MessageBench {
  private constructor(readonly root: string) {}

  static async create(): Promise<MessageBench> {
    const root = standardWorkspace({
      contacts: [{ name: 'John Smith', address: 'X400:c=US;a=Fabrikam;p=Contoso;s=Smith;g=John', smtpAddress: 'john.smith@contoso.com' }],
    });
    await configure(root, CONNECTORS);
    return new MessageBench(root);
  }

  async close(): Promise<void> {
    removeWorkspace(this.root);
  }

  /** Drops `files` into Pickup, runs one pass and checks what became of each; leaves the workspace clean. */
  async check(files: readonly Buffer[]): Promise<void> {
    const names = files.map((_, index) => `m${String(index).padStart(4, '0')}.eml`);
    files.forEach((content, index) => fs.writeFileSync(path.join(this.root, PICKUP, names[index]), content));
    const gaps: number[] = [];
    let last = performance.now();
    const summary = await processOnce(this.root, { onMessage: () => { const now = performance.now(); gaps.push(now - last); last = now; } });
    const slowest = Math.max(0, ...gaps);
    try {
      assert.ok(slowest < CASE_TIME_LIMIT_MS, `a message took ${slowest.toFixed(0)} ms (limit ${CASE_TIME_LIMIT_MS} ms)`);
      this.checkSummary(summary, names);
    } finally {
      this.clean();
    }
  }

  private checkSummary(summary: TransportSummary, names: readonly string[]): void {
    assert.deepEqual(summary.errors, [], 'the pass reports no error');
    assert.equal(summary.waiting, 0, 'no message waits in the queue');
    const byFile = new Map<string, MessageOutcome[]>();
    for (const outcome of summary.messages) byFile.set(outcome.file, [...(byFile.get(outcome.file) ?? []), outcome]);
    const expectedInPickup: string[] = [];
    for (const name of names) {
      const outcomes = byFile.get(`${PICKUP}/${name}`) ?? [];
      assert.equal(outcomes.length, 1, `${name}: one outcome, got ${outcomes.length}`);
      expectedInPickup.push(...checkOutcome(this.root, name, outcomes[0]));
    }
    assert.equal(summary.messages.length, names.length, 'no outcome for a file that was not dropped');
    assert.deepEqual(listFiles(this.root, PICKUP), expectedInPickup.sort(), 'Pickup holds only the .bad files and their reasons');
    this.checkCopies(summary.messages);
    assert.deepEqual(listFiles(this.root, '.exconn/transport/claims'), [], 'no claim record is left');
  }

  /** Every copy on disk is named by exactly one message's outcome, and every named copy is on disk. */
  private checkCopies(outcomes: readonly MessageOutcome[]): void {
    const owner = new Map<string, string>();
    for (const outcome of outcomes) {
      const locations = new Set([...outcome.recipients, ...outcome.reports].filter((r) => r.result === 'mailbox' || r.result === 'drop').map((r) => normalizeLocation(r.location)));
      for (const location of locations) {
        assert.ok(!owner.has(location), `${location} is claimed by ${owner.get(location) ?? ''} and ${outcome.file}: delivered twice`);
        owner.set(location, outcome.file);
      }
    }
    const onDisk = OUTPUT_FOLDERS.flatMap((folder) => listFiles(this.root, folder).map((file) => `${folder}/${file}`)).filter((file) => file.endsWith('.eml'));
    assert.deepEqual(onDisk.sort(), [...owner.keys()].sort(), 'the copies on disk are the ones the outcomes name');
  }

  /** Empties Pickup, the output folders and the logs, so each batch starts alike and the disk stays small. */
  private clean(): void {
    for (const folder of [PICKUP, ...OUTPUT_FOLDERS]) {
      fs.rmSync(path.join(this.root, folder), { recursive: true, force: true });
      fs.mkdirSync(path.join(this.root, folder), { recursive: true });
    }
    for (const log of ['.exconn/MessageTracking', '.exconn/events.log']) fs.rmSync(path.join(this.root, log), { recursive: true, force: true });
  }
}

/** Checks one outcome; returns the files it leaves in Pickup (relative to Pickup). */
function checkOutcome(root: string, name: string, outcome: MessageOutcome): string[] {
  const at = `${name} (${outcome.result})`;
  if (outcome.result === 'badmail') {
    assert.ok(outcome.badmail, `${at}: the badmail file is named`);
    const { file, reasonFile, reason } = outcome.badmail;
    assert.ok(reason.length > 0, `${at}: a reason`);
    for (const kept of [file, reasonFile]) assert.ok(fs.existsSync(path.join(root, kept)), `${at}: ${kept} exists`);
    assert.match(file, /\.bad$/, `${at}: ${file} ends in .bad`);
    assert.equal(reasonFile, `${file}.reason.txt`, `${at}: the reason file sits beside the .bad file`);
    return [file, reasonFile].map((kept) => path.relative(PICKUP, kept).split(path.sep).join('/'));
  }
  assert.ok(outcome.recipients.length > 0, `${at}: recipients`);
  const reached = outcome.recipients.filter((r) => r.result === 'mailbox' || r.result === 'drop');
  for (const recipient of reached) assert.ok(recipient.location, `${at}: ${recipient.address} has a location`);
  if (outcome.result === 'delivered') assert.equal(reached.length, outcome.recipients.length, `${at}: every recipient reached`);
  if (outcome.result === 'not delivered') {
    const ndr = outcome.reports.find((report) => report.kind === 'NDR');
    assert.ok(ndr && ndr.result !== 'failed', `${at}: an undeliverable message is NDR'd or badmail (${JSON.stringify(outcome.reports)})`);
  }
  assert.ok(['delivered', 'partly delivered', 'not delivered'].includes(outcome.result), `${at}: an end state`);
  return [];
}

/** `C:\Fabrikam\x.eml` (a Drop location) or `Mailboxes/a@b/x.eml` → a workspace-relative path with `/`. */
function normalizeLocation(location: string | undefined): string {
  return (location ?? '').replace(/^C:\\/i, '').replace(/\\/g, '/');
}

/** Files under a workspace folder, relative to it, with `/`; [] when it does not exist. */
function listFiles(root: string, folder: string): string[] {
  const base = path.join(root, folder);
  if (!fs.existsSync(base)) return [];
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.relative(base, path.join(dir, entry.name)).split(path.sep).join('/')]);
  return walk(base).sort();
}

// ---- recipes --------------------------------------------------------------------------------------

/** Text in "byte space": one character per octet, as the files are written (latin1). */
const bytes = (utf8: string) => Buffer.from(utf8, 'utf8').toString('latin1');

const crlf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

const BASES = [
  crlf('From: admin@contoso.com', 'To: Mary <mary@contoso.com>', 'Subject: Mail-flow test through the Pickup directory', '', 'If you can read this, the Pickup directory works.'),
  crlf('From: admin@contoso.com', 'To: John Smith <IMCEAX400-c=US;a=Fabrikam;p=Contoso;s=Smith@contoso.com>', 'Subject: Quarterly figures', '', 'Hello John.'),
  crlf('Subject: No sender and no recipients', '', 'Exchange sets this file aside as badmail.'),
  crlf('From: "Bob, Sales" <bob@fabrikam.com>', 'To: pat@fabrikam.com, ann@sub.fabrikam.com', 'Cc: admin@contoso.com', 'Bcc: carol@nowhere.example', 'Subject: Several recipients', 'Message-ID: <1@fabrikam.com>', 'Date: Wed, 13 Mar 2024 09:00:00 +0000', '', 'Body.'),
  crlf('From: admin@contoso.com', 'To: nobody@unknown.example', 'Subject: Unroutable', '', 'This one comes back as an NDR.'),
  crlf('From: admin@contoso.com', 'To: IMCEAFAX-+2B14255550100@contoso.com, john.smith@contoso.com', 'Subject: Fax and contact', '', 'x'),
  crlf('From: admin@contoso.com', 'Sender: mary@contoso.com', 'To: Team: mary@contoso.com, "A (B)" <admin@contoso.com>;', `Subject: =?utf-8?B?${Buffer.from('Grüße aus Köln', 'utf8').toString('base64')}?= and =?iso-8859-1?Q?caf=E9?=`, 'X-Custom: folded', '\tcontinued line', '', bytes('Grüße, 8-bit body ä')),
  crlf('From: admin@contoso.com', 'To: mary@contoso.com', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/plain; charset=utf-8', '', 'Hi', '--b1', 'Content-Type: application/octet-stream', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="a.bin"', '', 'AAECAwQFBgcICQ==', '--b1--'),
  'From: admin@contoso.com\nTo: mary@contoso.com\nSubject: LF line endings\n\nBody\n',
  crlf('Return-Path: <bounce@fabrikam.com>', 'Received: from x by y; Wed, 13 Mar 2024 09:00:00 +0000', 'From: <>', 'To: mary@contoso.com', 'Subject: null sender?', '', 'x'),
];

const TOKENS = [
  '\r\n', '\n', '\r', '\r\n\r\n', ':', ': ', 'To: ', 'To: mary@contoso.com\r\n', 'Cc: admin@contoso.com\r\n', 'Bcc: ', 'From: ', 'From: admin@contoso.com\r\n',
  'Sender: ', 'Subject: ', 'Date: ', 'Date: 31 Feb 2024 25:61:61 +9999\r\n', 'Message-ID: ', 'Message-ID: <>\r\n', 'Content-Type: ', 'MIME-Version: 1.0\r\n',
  'Content-Type: multipart/mixed; boundary="b"\r\n', '--b\r\n', '--b--\r\n', 'Content-Transfer-Encoding: base64\r\n', 'Content-Transfer-Encoding: quoted-printable\r\n',
  '<', '>', '<>', '@', '@@', ',', ';', '"', '(', ')', '\\', '=?utf-8?B?', '=?utf-8?Q?', '?=', '=?', '=E9', '=\r\n', ' ', '\t', '\0', '\0\0\0\0',
  'IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com', 'IMCEAFAX-+2B1@contoso.com', 'IMCEA-x@contoso.com', 'john.smith@contoso.com',
  'pat@fabrikam.com', 'x@sub.fabrikam.com', 'mary@contoso.com', 'a/b@contoso.com', '..@contoso.com', 'X-Receiver: <mary@contoso.com>\r\n', 'X-Sender: <a@b>\r\n',
  '\xff\xfe', '\x80', bytes('é'), bytes('😀'), 'Mary', '.', '\r\n.\r\n',
];

/** One change to a message; plain data so fast-check can shrink it without generation context. */
type MessageOp =
  | { op: 'edit'; edit: TextEdit }
  | { op: 'dropHeader'; name: string }
  | { op: 'hugeLine'; at: number; length: number; ch: string }
  | { op: 'garbage'; at: number; octets: number[] }
  | { op: 'lineEndings'; style: '\n' | '\r' | '\r\n' }
  | { op: 'truncate'; at: number };

export type MessageRecipe =
  | { kind: 'mutated'; base: number; ops: MessageOp[] }
  | { kind: 'random'; octets: number[] };

const octet = fc.integer({ min: 0, max: 255 });

const messageOp: fc.Arbitrary<MessageOp> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('edit' as const), edit: editArbitrary(fc.constantFrom(...TOKENS), 12) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('dropHeader' as const), name: fc.constantFrom('From', 'To', 'Cc', 'Bcc', 'Sender', 'Subject', 'Content-Type', 'MIME-Version') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('hugeLine' as const), at: fc.nat(), length: fc.integer({ min: 1000, max: 200_000 }), ch: fc.constantFrom('a', ' ', ',', '\0', '=', 'x@y.z,') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('garbage' as const), at: fc.nat(), octets: fc.array(octet, { minLength: 1, maxLength: 32 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('lineEndings' as const), style: fc.constantFrom<'\n' | '\r' | '\r\n'>('\n', '\r', '\r\n') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
);

const recipe: fc.Arbitrary<MessageRecipe> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('mutated' as const), base: fc.nat(BASES.length - 1), ops: fc.array(messageOp, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('random' as const), octets: fc.array(octet, { maxLength: 300 }) }) },
);

function applyOp(text: string, op: MessageOp): string {
  const at = (n: number) => n % (text.length + 1);
  switch (op.op) {
    case 'edit':
      return applyEdits(text, [op.edit]);
    case 'dropHeader':
      return text.replace(new RegExp(`^${op.name}:[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*\\r?\\n`, 'im'), '');
    case 'hugeLine':
      return text.slice(0, at(op.at)) + op.ch.repeat(Math.ceil(op.length / op.ch.length)) + text.slice(at(op.at));
    case 'garbage':
      return text.slice(0, at(op.at)) + String.fromCharCode(...op.octets) + text.slice(at(op.at));
    case 'lineEndings':
      return text.replace(/\r\n|\r|\n/g, op.style);
    case 'truncate':
      return text.slice(0, at(op.at));
  }
}

export function renderMessage(value: MessageRecipe): Buffer {
  if (value.kind === 'random') return Buffer.from(value.octets);
  const text = value.ops.reduce(applyOp, BASES[value.base % BASES.length]);
  return Buffer.from(text, 'latin1');
}

/** Checks a batch of message files in a fresh workspace: what regressions.test.ts replays. */
export async function checkMessageFiles(files: readonly Buffer[]): Promise<void> {
  const bench = await MessageBench.create();
  try {
    await bench.check(files);
  } finally {
    await bench.close();
  }
}

/** `batch` files per transport pass; each counts as a case. */
export function messagesTarget(batch = 100): FuzzTarget<MessageRecipe[]> {
  return {
    name: 'messages',
    casesPerRun: batch,
    async: true,
    arbitrary: fc.array(recipe, { minLength: batch, maxLength: batch }),
    reducer: fc.array(recipe, { minLength: 1, maxLength: batch }),
    open: async () => {
      const bench = await MessageBench.create();
      return { check: (recipes) => bench.check(recipes.map(renderMessage)), close: () => bench.close() };
    },
    save: (recipes) => saveMessages(recipes.map(renderMessage)),
    describe: (recipes) => `${recipes.length} file(s): ${recipes.map((r) => JSON.stringify(renderMessage(r).toString('latin1').slice(0, 400))).join(', ')}`,
  };
}
