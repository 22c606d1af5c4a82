// Benchmark 3: the simulated Transport service taking 1,000 and 10,000 generated messages from the
// Pickup directory into Foreign connectors' Drop directories and local mailboxes in one pass
// (throttling off), beside `cp` copying the same files into an empty folder in the same run. Every
// pass is checked afterwards: each message delivered, NDR'd or set aside as badmail, nothing left in
// Pickup, nothing waiting, the files on disk matching the summary. A benchmark that silently measured
// a pass that lost or skipped messages would be worse than none.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { processOnce, runScript, type TransportSummary } from '../../server/src/core/simulator';
import type { BenchGroup, BenchOptions } from './benchGroup';
import type { BenchRow } from './benchResult';
import {
  BENCH_CONTACTS, BENCH_DOMAIN, BENCH_MAILBOXES, generateMessages, SMTP_PARTNERS, X400_PARTNERS, type GeneratedMessage,
} from './messageGenerator';
import { summarize } from './statistics';

const SIZES = [1000, 10000];
const PICKUP = 'Pickup';
const DROPS = 'Drops';

export const pickupBench: BenchGroup = {
  name: 'simulator',
  description: 'Pickup → Drop of generated messages in one transport pass vs cp of the same files',
  run: async (options) => runPickupBench(options),
};

async function runPickupBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  await warmUp(options);
  for (const count of options.quick ? SIZES.slice(0, 1) : SIZES) {
    const runs = options.quick ? (count >= 10000 ? 1 : 2) : count >= 10000 ? 3 : 5;
    const source = writeMessageFiles(path.join(options.workDir, `messages-${count}`), generateMessages({ count }));
    const megabytes = folderBytes(source) / 1e6;
    options.log(`${count} messages, ${megabytes.toFixed(1)} MB, ${runs} runs each`);
    // Interleave ours and cp so a slow patch of the machine hits both alike.
    const ours: number[] = [];
    const theirs: number[] = [];
    let files = 0;
    for (let run = 0; run < runs; run++) {
      const pass = await timedPass(options.workDir, source, count, `run-${count}-${run}`);
      ours.push(count / (pass.milliseconds / 1000));
      files = pass.files;
      theirs.push(count / ((await timedCopy(options.workDir, source, count, `cp-${count}-${run}`)) / 1000));
      options.log(`  run ${run + 1}: ${ours.at(-1)?.toFixed(0)} msg/s, cp ${theirs.at(-1)?.toFixed(0)} msg/s`);
    }
    fs.rmSync(source, { recursive: true, force: true });
    rows.push({
      group: 'simulator',
      name: `Pickup → Drop, ${count} messages`,
      ours: { unit: 'msg/s', summary: summarize(ours) },
      reference: { name: 'cp of the same files', unit: 'msg/s', summary: summarize(theirs) },
      goal: { text: '≥ 0.3× cp', on: 'ratio', atLeast: 0.3 },
      details: { messages: count, bytes: Math.round(megabytes * 1e6), 'files written': files },
    });
  }
  return rows;
}

/** One unmeasured pass over a few messages, so the first measured pass does not pay for the JIT. */
async function warmUp(options: BenchOptions): Promise<void> {
  const count = 200;
  const source = writeMessageFiles(path.join(options.workDir, 'messages-warmup'), generateMessages({ count, seed: 7 }));
  await timedPass(options.workDir, source, count, 'warmup');
  fs.rmSync(source, { recursive: true, force: true });
}

function writeMessageFiles(folder: string, messages: readonly GeneratedMessage[]): string {
  fs.mkdirSync(folder, { recursive: true });
  for (const message of messages) fs.writeFileSync(path.join(folder, message.name), message.text);
  return folder;
}

function folderBytes(folder: string): number {
  return fs.readdirSync(folder).reduce((total, name) => total + fs.statSync(path.join(folder, name)).size, 0);
}

/** A fresh workspace with the messages in Pickup, one timed transport pass, the check, the clean-up. */
async function timedPass(workDir: string, source: string, count: number, name: string): Promise<{ milliseconds: number; files: number }> {
  const root = path.join(workDir, name);
  try {
    await createWorkspace(root);
    fs.cpSync(source, path.join(root, PICKUP), { recursive: true });
    settleDisk();
    const started = performance.now();
    const summary = await processOnce(root);
    const milliseconds = performance.now() - started;
    return { milliseconds, files: verifyPass(root, summary, count) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** `cp` of every message file into an empty folder, one process, timed as the pass is. */
async function timedCopy(workDir: string, source: string, count: number, name: string): Promise<number> {
  const target = path.join(workDir, name);
  fs.mkdirSync(target);
  try {
    settleDisk();
    const started = performance.now();
    await runProcess('cp', ['-r', `${source}/.`, target]);
    const milliseconds = performance.now() - started;
    const copied = fs.readdirSync(target).length;
    if (copied !== count) throw new Error(`cp copied ${copied} of ${count} files`);
    return milliseconds;
  } finally {
    fs.rmSync(target, { recursive: true, force: true });
  }
}

/**
 * Writes back what setting up and cleaning up left dirty, so neither ours nor cp starts its timed
 * part with someone else's writes to flush (ext4 commits them with the first fsync).
 */
function settleDisk(): void {
  spawnSync('sync');
}

function runProcess(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr}`))));
  });
}

/** exconn.json plus the connectors and the Pickup directory, set up by a script as an administrator would. */
async function createWorkspace(root: string): Promise<void> {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'exconn.json'), `${JSON.stringify(organization(), null, 2)}\n`);
  const result = await runScript({ workspace: root, text: setupScript() });
  if (!result.success) throw new Error(`The benchmark's setup script failed:\n${result.output}`);
}

function organization(): Record<string, unknown> {
  return {
    organizationName: 'Contoso',
    domain: BENCH_DOMAIN,
    servers: ['Hub01', 'Hub02'],
    localServer: 'Hub01',
    acceptedDomains: [BENCH_DOMAIN],
    mailboxes: BENCH_MAILBOXES,
    contacts: BENCH_CONTACTS,
    throttling: false,
    clock: '2024-03-13T09:00:00Z',
  };
}

function setupScript(): string {
  const x400 = X400_PARTNERS.map((partner) => connectorStatements(partner.connector, [`"${partner.addressSpace};${partner.cost}"`]));
  const smtp = SMTP_PARTNERS.map((partner) => connectorStatements(partner.connector, partner.addressSpaces.map((entry) => `"${entry.space};${entry.cost}"`)));
  return [...x400, ...smtp, `Set-TransportService Hub01 -PickupDirectoryPath "C:\\${PICKUP}"`, ''].flat().join('\n');
}

function connectorStatements(name: string, addressSpaces: string[]): string[] {
  return [
    `New-ForeignConnector -Name "${name}" -AddressSpaces ${addressSpaces.join(',')} -SourceTransportServers Hub01,Hub02`,
    `Set-ForeignConnector "${name}" -DropDirectory "C:\\${DROPS}\\${name.replace(/ /g, '')}"`,
  ];
}

/**
 * Throws unless every message was accounted for: delivered, NDR'd (the NDR itself delivered) or set
 * aside as badmail, with Pickup empty, nothing queued or claimed, and as many files in the Drop and
 * mailbox folders as the summary names. Returns that number of files.
 */
function verifyPass(root: string, summary: TransportSummary, count: number): number {
  const problems = [...summary.errors, ...summary.throttled.map((entry) => `${entry.count} files throttled in ${entry.directory}`)];
  if (summary.waiting > 0) problems.push(`${summary.waiting} messages wait in the queue`);
  if (summary.messages.length !== count) problems.push(`${summary.messages.length} of ${count} messages were processed`);
  for (const message of summary.messages) problems.push(...messageProblems(message));
  const left = fs.readdirSync(path.join(root, PICKUP)).filter((name) => /\.(eml|tmp)$/i.test(name));
  if (left.length > 0) problems.push(`${left.length} files are left in Pickup (${left.slice(0, 3).join(', ')})`);
  const claims = filesUnder(path.join(root, '.exconn/transport/claims'));
  if (claims.length > 0) problems.push(`${claims.length} claim records are left`);
  const expected = expectedFiles(summary);
  const written = [...filesUnder(path.join(root, DROPS)), ...filesUnder(path.join(root, 'Mailboxes'))].filter((file) => file.endsWith('.eml')).length;
  if (written !== expected) problems.push(`${written} message files were written; the summary names ${expected}`);
  if (problems.length > 0) throw new Error(`The transport pass lost or mishandled messages:\n  ${problems.slice(0, 20).join('\n  ')}`);
  return written;
}

function messageProblems(message: TransportSummary['messages'][number]): string[] {
  if (message.result === 'badmail') return message.badmail ? [] : [`${message.file}: badmail without a .bad file`];
  if (message.result === 'waiting') return [`${message.file}: waiting`];
  const problems: string[] = [];
  const failed = message.recipients.filter((recipient) => recipient.result === 'failed');
  const queued = message.recipients.filter((recipient) => recipient.result === 'queued');
  if (queued.length > 0) problems.push(`${message.file}: ${queued.length} recipients queued`);
  const ndrDelivered = message.reports.some((report) => report.kind === 'NDR' && (report.result === 'mailbox' || report.result === 'drop'));
  if (failed.length > 0 && !ndrDelivered) problems.push(`${message.file}: ${failed.map((recipient) => recipient.address).join(', ')} failed without a delivered NDR`);
  return problems;
}

/** The distinct Drop and mailbox files the summary says were written (one Drop file per connector). */
function expectedFiles(summary: TransportSummary): number {
  const locations = new Set<string>();
  for (const message of summary.messages) {
    for (const recipient of message.recipients) if (recipient.result === 'drop' || recipient.result === 'mailbox') locations.add(recipient.location ?? '');
    for (const report of message.reports) if (report.result === 'drop' || report.result === 'mailbox') locations.add(report.location ?? '');
  }
  return locations.size;
}

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
}
