// One pass of the simulated Transport service over a workspace, under the workspace lock:
//   1. finish messages an interrupted run had claimed (the claim journals hold their plans);
//   2. retry messages waiting in the queue for room in a Drop directory;
//   3. claim and process the .eml files of the Pickup and Replay directories, in name order, up to
//      PickupDirectoryMaxMessagesPerMinute per directory unless throttling is off in exconn.json,
//      in batches (see BATCH_SIZE).
// An abort (SIGINT/SIGTERM in the CLI) lets the batches already claimed finish, then the pass ends.

import { errorMessage, isFileFault } from '../errors';
import { ensureFolder } from '../workspace/storage';
import { withWorkspaceLock, type LockOptions } from '../workspace/workspaceLock';
import { workspaceRelative } from '../workspace/workspacePaths';
import { loadClaims, loadJournals, rewriteJournal, type ClaimRecord } from './claims';
import { clearLeftovers } from './leftovers';
import { deliverPlannedBatch, LoggedEvents, planClaimedBatch, resumeClaim, type PlannedBatch } from './claimRunner';
import { DirectoryThrottle } from './directoryThrottle';
import { claimMessageFiles, pendingMessageFiles } from './messageFiles';
import { setAsideOddEntries } from './oddEntries';
import { queuedCount, retryQueue } from './messageQueue';
import { transportContext, transportDirectories, type ContextOptions, type TransportContext, type TransportDirectory } from './transportContext';
import { emptySummary, type MessageOutcome, type TransportSummary } from './transportOutcome';

export interface TransportOptions extends ContextOptions {
  /** Aborting lets the current message finish, then stops. */
  signal?: AbortSignal;
  /** Shared across passes (watch mode) so the per-minute limit spans passes. */
  throttle?: DirectoryThrottle;
  lock?: LockOptions;
  /** Called after each message, for live output. */
  onMessage?: (outcome: MessageOutcome) => void;
  /**
   * The directories a running service has started on (watch mode). Exchange takes a .tmp file no
   * claim of its own holds (its interrupted claim, renamed back to .eml) only when the service starts
   * or a directory path changes; later passes take only .eml files, so a gateway's half-written
   * job42.tmp waits for its rename. Absent, as for a one-off pass, every pass is a start.
   */
  started?: Set<string>;
}

/** Processes every message present (within the per-minute limit) and returns what became of each. */
export async function processOnce(workspaceRoot: string, options: TransportOptions = {}): Promise<TransportSummary> {
  return withWorkspaceLock(workspaceRoot, async () => {
    const summary = emptySummary();
    const context = await transportContext(workspaceRoot, options);
    summary.warnings.push(...context.warnings);
    const { directories, problems } = transportDirectories(context);
    summary.errors.push(...problems);
    context.inputFolders = directories.map((directory) => directory.path);
    // Interrupted messages first, before a missing Pickup or Replay folder is created afresh: a
    // claimed file looked for in a fresh folder would seem gone (delivered) while it still waits in
    // the folder that was only away for a moment (see docs/security-model.md).
    await finishInterruptedMessages(context, summary, options);
    const ready = await prepareDirectories(context, directories, summary);
    await clearLeftovers(context);
    if (!options.signal?.aborted) summary.queue = await retryQueue(context, options.signal);
    for (const directory of ready) {
      if (options.signal?.aborted) break;
      await processDirectory(context, directory, summary, options, options.throttle ?? new DirectoryThrottle());
    }
    // Mail routed to Send connectors in this pass goes out over SMTP in this pass too.
    if (!options.signal?.aborted) summary.queue.push(...await retryQueue(context, options.signal, true));
    summary.waiting = await queuedCount(context);
    return summary;
  }, options.lock);
}

/** Exchange creates the Pickup and Replay directories when it is pointed at them. */
async function prepareDirectories(context: TransportContext, directories: TransportDirectory[], summary: TransportSummary): Promise<TransportDirectory[]> {
  const ready: TransportDirectory[] = [];
  for (const directory of directories) {
    try {
      await ensureFolder(context.root, directory.path);
      ready.push(directory);
    } catch (error) {
      summary.errors.push(`The ${directory.role} directory ${directory.windowsPath} cannot be created: ${errorMessage(error)}`);
    }
  }
  return ready;
}

/**
 * Resumes every claim of every journal left behind, then removes each journal, or rewrites it with
 * the claims that failed again (or were not reached before an abort), which the next pass retries.
 */
async function finishInterruptedMessages(context: TransportContext, summary: TransportSummary, options: TransportOptions): Promise<void> {
  const logged = new LoggedEvents(context);
  for (const journal of await loadJournals(context.root, context.layout.claimsFolder)) {
    const unfinished: ClaimRecord[] = [];
    for (const claim of journal.claims) {
      if (options.signal?.aborted) {
        unfinished.push(claim);
        continue;
      }
      try {
        report(summary, options, await resumeClaim(context, claim, logged));
      } catch (error) {
        unfinished.push(claim);
        summary.errors.push(`${claim.folder}/${claim.emlName} (interrupted earlier): ${errorMessage(error)}`);
      }
    }
    try {
      await rewriteJournal(context.root, journal, unfinished);
    } catch (error) {
      summary.errors.push(`${workspaceRelative(context.paths, journal.file)} (interrupted earlier): ${errorMessage(error)}`);
    }
    if (options.signal?.aborted) return;
  }
}

/**
 * How many files are claimed, planned and written together. Each step of a batch is flushed to disk
 * once rather than once per message, which is what makes a large Pickup directory fast; an abort
 * lets the batches already claimed finish.
 */
const BATCH_SIZE = 128;

/** A batch being delivered while the next one is claimed and planned. */
interface BatchInFlight {
  generation: number;
  delivered: Promise<void>;
}

/**
 * Takes a directory's files in batches, as a pipeline of two: while one batch is written (its
 * journal, copies, events, removals: see claimRunner.ts), the next is claimed and planned, which is
 * mostly computing. At most one batch is written at a time, and a batch's reservations are released
 * only once it is written and the batch planned beside it is planned (see BatchReservations).
 */
async function processDirectory(context: TransportContext, directory: TransportDirectory, summary: TransportSummary, options: TransportOptions, throttle: DirectoryThrottle): Promise<void> {
  const limit = context.settings.pickupDirectoryMaxMessagesPerMinute;
  // A claim an error left unfinished still owns its .tmp file; it is resumed by the next pass, not taken twice.
  // Names claimed in this pass join them, so a .tmp name is never given to two messages of a pass.
  const folder = workspaceRelative(context.paths, directory.path);
  const claimed = new Set((await loadClaims(context.root, context.layout.claimsFolder)).filter((claim) => claim.folder === folder).map((claim) => claim.tmpName));
  summary.warnings.push(...await setAsideOddEntries(context, directory));
  let names: string[];
  try {
    const starting = !options.started?.has(directory.path);
    names = await pendingMessageFiles(context.root, directory.path, claimed, starting);
    options.started?.add(directory.path);
  } catch (error) {
    // The folder refused (swapped for a link that leaves) or unreadable: this directory waits, the others go on.
    if (!isFileFault(error)) throw error;
    summary.errors.push(`The ${directory.role} directory ${directory.windowsPath} cannot be read: ${errorMessage(error)}`);
    return;
  }
  let inFlight: BatchInFlight | undefined;
  for (let index = 0; index < names.length;) {
    if (options.signal?.aborted) break;
    const batch = takeBatch(context, directory, names.slice(index, index + BATCH_SIZE), throttle, limit);
    index += batch.length;
    if (batch.length > 0) {
      const planned = await claimAndPlan(context, directory, batch, claimed, summary);
      await settle(context, inFlight);
      inFlight = planned && { generation: planned.generation, delivered: deliver(context, folder, batch, planned, summary, options) };
    }
    if (index < names.length && batch.length < BATCH_SIZE) {
      summary.throttled.push({ directory: directory.role, count: names.length - index, limit });
      break;
    }
  }
  await settle(context, inFlight);
}

/** Waits for a batch to be written, then releases its reservations. */
async function settle(context: TransportContext, batch: BatchInFlight | undefined): Promise<void> {
  if (!batch) return;
  await batch.delivered;
  context.reservations.release(batch.generation);
}

/** The leading names the per-minute limit lets through now (all of them when throttling is off). */
function takeBatch(context: TransportContext, directory: TransportDirectory, names: readonly string[], throttle: DirectoryThrottle, limit: number): string[] {
  if (!context.organization.throttling) return [...names];
  const taken: string[] = [];
  for (const name of names) {
    if (!throttle.tryTake(directory.role, limit)) break;
    taken.push(name);
  }
  return taken;
}

/** Claims and plans a batch; undefined (with the errors in the summary) when that failed. */
async function claimAndPlan(context: TransportContext, directory: TransportDirectory, names: readonly string[], claimed: Set<string>, summary: TransportSummary): Promise<PlannedBatch | undefined> {
  const folder = workspaceRelative(context.paths, directory.path);
  try {
    const files = await claimMessageFiles(context, directory, names, claimed);
    for (const file of files) claimed.add(file.tmpName);
    const planned = await planClaimedBatch(context, files);
    for (const entry of planned.unplanned) summary.errors.push(`${folder}/${entry.file.emlName}: ${errorMessage(entry.error)}`);
    return planned;
  } catch (error) {
    // Claimed files keep their .tmp names and are processed afresh by the next pass.
    for (const name of names) summary.errors.push(`${folder}/${name}: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Delivers a planned batch and reports its messages; never rejects (errors go to the summary). */
async function deliver(context: TransportContext, folder: string, names: readonly string[], batch: PlannedBatch, summary: TransportSummary, options: TransportOptions): Promise<void> {
  try {
    for (const outcome of await deliverPlannedBatch(context, batch)) report(summary, options, outcome);
  } catch (error) {
    // The batch stopped part-way: its files keep their .tmp names and its journal, so the next pass
    // resumes or redoes each one. Every file of the batch is named, as each may be affected.
    for (const name of names) summary.errors.push(`${folder}/${name}: ${errorMessage(error)}`);
  }
}

function report(summary: TransportSummary, options: TransportOptions, outcome: MessageOutcome | undefined): void {
  if (!outcome) return;
  summary.messages.push(outcome);
  options.onMessage?.(outcome);
}
