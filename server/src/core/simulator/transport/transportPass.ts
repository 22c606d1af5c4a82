// One pass of the simulated Transport service over a workspace, under the workspace lock:
//   1. finish messages an interrupted run had claimed (their claim records say how far they got);
//   2. retry messages waiting in the queue for room in a Drop directory;
//   3. claim and process the .eml files of the Pickup and Replay directories, in name order, up to
//      PickupDirectoryMaxMessagesPerMinute per directory unless throttling is off in exconn.json,
//      in batches (see BATCH_SIZE).
// An abort (SIGINT/SIGTERM in the CLI) lets the current batch finish, then the pass ends.

import { errorMessage } from '../errors';
import { ensureFolder } from '../storage';
import { withWorkspaceLock, type LockOptions } from '../workspaceLock';
import { workspaceRelative } from '../workspacePaths';
import { loadClaims } from './claims';
import { clearLeftovers } from './leftovers';
import { processClaimedBatch, resumeClaim } from './claimRunner';
import { DirectoryThrottle } from './directoryThrottle';
import { claimMessageFiles, pendingMessageFiles } from './messageFiles';
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
    const ready = await prepareDirectories(context, directories, summary);
    await finishInterruptedMessages(context, summary, options);
    await clearLeftovers(context);
    if (!options.signal?.aborted) summary.queue = await retryQueue(context, options.signal);
    for (const directory of ready) {
      if (options.signal?.aborted) break;
      await processDirectory(context, directory, summary, options, options.throttle ?? new DirectoryThrottle());
    }
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

async function finishInterruptedMessages(context: TransportContext, summary: TransportSummary, options: TransportOptions): Promise<void> {
  for (const claim of await loadClaims(context.layout.claimsFolder)) {
    if (options.signal?.aborted) return;
    try {
      report(summary, options, await resumeClaim(context, claim));
    } catch (error) {
      summary.errors.push(`${claim.folder}/${claim.emlName} (interrupted earlier): ${errorMessage(error)}`);
    }
  }
}

/**
 * How many files are claimed, planned and written together. Each step of a batch is flushed to disk
 * once rather than once per message, which is what makes a large Pickup directory fast; an abort
 * lets the current batch finish.
 */
const BATCH_SIZE = 64;

async function processDirectory(context: TransportContext, directory: TransportDirectory, summary: TransportSummary, options: TransportOptions, throttle: DirectoryThrottle): Promise<void> {
  const limit = context.settings.pickupDirectoryMaxMessagesPerMinute;
  // A claim an error left unfinished still owns its .tmp file; it is resumed by the next pass, not taken twice.
  const folder = workspaceRelative(context.paths, directory.path);
  const claimed = new Set((await loadClaims(context.layout.claimsFolder)).filter((claim) => claim.folder === folder).map((claim) => claim.tmpName));
  const names = await pendingMessageFiles(directory.path, claimed);
  for (let index = 0; index < names.length;) {
    if (options.signal?.aborted) return;
    const batch = takeBatch(context, directory, names.slice(index, index + BATCH_SIZE), throttle, limit);
    index += batch.length;
    if (batch.length > 0) await processBatch(context, directory, batch, summary, options);
    if (index < names.length && batch.length < BATCH_SIZE) {
      summary.throttled.push({ directory: directory.role, count: names.length - index, limit });
      return;
    }
  }
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

async function processBatch(context: TransportContext, directory: TransportDirectory, names: readonly string[], summary: TransportSummary, options: TransportOptions): Promise<void> {
  const folder = workspaceRelative(context.paths, directory.path);
  try {
    const files = await claimMessageFiles(context, directory, names);
    const { outcomes, unplanned } = await processClaimedBatch(context, files);
    for (const outcome of outcomes) report(summary, options, outcome);
    for (const entry of unplanned) summary.errors.push(`${folder}/${entry.file.emlName}: ${errorMessage(entry.error)}`);
  } catch (error) {
    // The batch stopped part-way: its files keep their .tmp names and claim records, so the next pass
    // resumes or redoes each one. Every file of the batch is named, as each may be affected.
    for (const name of names) summary.errors.push(`${folder}/${name}: ${errorMessage(error)}`);
  }
}

function report(summary: TransportSummary, options: TransportOptions, outcome: MessageOutcome | undefined): void {
  if (!outcome) return;
  summary.messages.push(outcome);
  options.onMessage?.(outcome);
}
