// Takes claimed messages to finished, a batch at a time. The durable steps, in this order, each on
// disk for the whole batch before the next begins:
//   1. the claim journal: one file with the plan of every message of the batch (claims.ts);
//   2. the copies (Drop directories, mailboxes, the queue), then the queue entries, then the badmail
//      reason files, then the renames of badmail .tmp files to .bad (planExecution.ts);
//   3. the tracking log rows and the application events;
//   4. the removal of the delivered messages' .tmp files;
//   5. the removal of the journal.
// A run killed at any instant leaves, for each message, either a .tmp file no journal names (claimed,
// not planned: planned afresh) or a journal naming it (carried out again by resumeClaim: copies that
// exist are not made twice, events already logged are not logged twice, and a message whose .tmp file
// is gone made all its copies before step 4, so none is made again).

import * as path from 'node:path';
import { contentHash } from '../state/guid';
import { inParallel, isNotFound, readRegularFile, readTextInWorkspace, removeDurably, removeFilesDurably } from '../workspace/storage';
import { claimContents, readClaimedSource, removeJournal, saveJournal, type ClaimedFile, type ClaimRecord, type ClaimToJournal } from './claims';
import { planDelivery } from './deliveryPlanner';
import { writeEventLog } from './eventLog';
import { executeOutputs, executePlans } from './planExecution';
import { appendTrackingRows, readTrackingRows } from './trackingLogFiles';
import type { TrackingRow } from './trackingFields';
import type { TransportContext } from './transportContext';
import type { MessageOutcome } from './transportOutcome';

/** A claimed file that could not be planned (unreadable, say): it stays claimed, for the next pass. */
export interface UnplannedFile {
  file: ClaimedFile;
  error: unknown;
}

/** A batch of claimed files, planned, and the generation of reservations its plans hold. */
export interface PlannedBatch {
  entries: ClaimToJournal[];
  /** Files that could not be read or planned: they stay claimed, for the next pass. */
  unplanned: UnplannedFile[];
  generation: number;
}

/**
 * Plans a batch of freshly claimed files: nothing is written but sequence numbers. Its plans hold
 * their names and Drop bytes in a generation of reservations, which the caller releases once the
 * batch is delivered and no later batch is being planned (see BatchReservations).
 */
export async function planClaimedBatch(context: TransportContext, files: readonly ClaimedFile[]): Promise<PlannedBatch> {
  const generation = context.reservations.begin();
  try {
    return { ...(await planBatch(context, files)), generation };
  } catch (error) {
    context.reservations.release(generation);
    throw error;
  }
}

/** Steps 1 to 5 for a planned batch; the outcomes of its messages. */
export async function deliverPlannedBatch(context: TransportContext, batch: PlannedBatch): Promise<MessageOutcome[]> {
  const claims = batch.entries.map((entry) => entry.claim);
  if (claims.length === 0) return [];
  const journal = await saveJournal(context.root, context.layout.claimsFolder, batch.entries);
  batch.entries.length = 0; // the journal has what it needed of the files' bytes
  await executePlans(context, claims.map((claim) => claim.plan));
  await recordBatchEvents(context, claims);
  const delivered = claims.filter((claim) => !claim.plan.badmail);
  await removeFilesDurably(context.root, delivered.map((claim) => path.join(context.root, claim.folder, claim.tmpName)));
  await removeJournal(context.root, journal);
  return claims.map((claim) => ({ ...claim.plan.outcome, resumed: false }));
}

async function planBatch(context: TransportContext, files: readonly ClaimedFile[]): Promise<{ entries: ClaimToJournal[]; unplanned: UnplannedFile[] }> {
  // Reading side by side keeps the disk busy; planning stays in order, as sequence numbers and the
  // batch's reservations must.
  const contents = await inParallel(files, (file) => readClaimedFile(context, file));
  const entries: ClaimToJournal[] = [];
  const unplanned: UnplannedFile[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const raw = contents[index];
      if (raw instanceof Error) throw raw;
      const seq = await context.sequence.allocate();
      const sha256 = contentHash(raw);
      entries.push({ claim: { ...file, seq, plan: await planDelivery(context, { ...file, seq }, raw, sha256) }, raw, sha256 });
    } catch (error) {
      unplanned.push({ file, error });
    }
  }
  return { entries, unplanned };
}

/** The file's bytes, or the error reading it (one unreadable file must not stop the others). */
async function readClaimedFile(context: TransportContext, file: ClaimedFile): Promise<Buffer | Error> {
  try {
    return await readRegularFile(context.root, path.join(context.root, file.folder, file.tmpName));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The tracking rows of a batch in one append per day (a batch may span midnight), then its application events. */
async function recordBatchEvents(context: TransportContext, claims: readonly ClaimRecord[]): Promise<void> {
  if (context.tracking) {
    for (const rows of rowsByDay(claims.flatMap((claim) => claim.plan.trackingRows))) await appendTrackingRows(context.tracking, rows);
  }
  const lines = claims.flatMap((claim) => claim.plan.eventLogLines);
  if (lines.length > 0) await writeEventLog(context.root, context.layout.eventLogFile, lines);
}

function rowsByDay(rows: readonly TrackingRow[]): TrackingRow[][] {
  const runs: TrackingRow[][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && last[0]['date-time'].slice(0, 10) === row['date-time'].slice(0, 10)) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

/**
 * What the tracking and application logs already hold, read once for all the claims a pass resumes
 * (reading the whole tracking log once per message would make recovering a large batch slow).
 */
export class LoggedEvents {
  private trackingIds?: Set<string>;
  private eventLogText?: string;

  constructor(private readonly context: TransportContext) {}

  async tracked(internalId: string): Promise<boolean> {
    if (!this.context.tracking) return false;
    this.trackingIds ??= new Set((await readTrackingRows(this.context.root, this.context.tracking.folder)).map((row) => row['internal-message-id']));
    return this.trackingIds.has(internalId);
  }

  noteTracked(rows: readonly TrackingRow[]): void {
    for (const row of rows) this.trackingIds?.add(row['internal-message-id']);
  }

  async eventLog(): Promise<string> {
    this.eventLogText ??= await readText(this.context.root, this.context.layout.eventLogFile);
    return this.eventLogText;
  }

  noteEvents(lines: readonly string[]): void {
    if (this.eventLogText !== undefined) this.eventLogText += lines.map((line) => `${line}\n`).join('');
  }
}

/**
 * Carries out a claim an interrupted run left behind, as far as it had not got: steps 2 to 4 for
 * this message. Removing the claim from its journal is the caller's (step 5).
 */
export async function resumeClaim(context: TransportContext, claim: ClaimRecord, logged = new LoggedEvents(context)): Promise<MessageOutcome> {
  const plan = claim.plan;
  const tmp = path.join(context.root, claim.folder, claim.tmpName);
  // The .tmp file leaves only after step 2 (renamed .bad) or after steps 2 and 3 (removed): when it
  // is gone, every copy was made, and one missing now was taken away since (by the gateway reading
  // the Drop directory, say) and must not be made a second time.
  const source = await readClaimedSource(context.root, claim, tmp);
  if (source) await executeOutputs(context, plan, async () => claimContents(claim, source));
  await recordEvents(context, plan, logged);
  if (source && !plan.badmail) await removeDurably(context.root, tmp);
  return { ...plan.outcome, resumed: true };
}

/** Writes the plan's tracking and application events, unless the interrupted run already did. */
async function recordEvents(context: TransportContext, plan: ClaimRecord['plan'], logged: LoggedEvents): Promise<void> {
  if (context.tracking && !(await logged.tracked(String(plan.internalId)))) {
    await appendTrackingRows(context.tracking, plan.trackingRows);
    logged.noteTracked(plan.trackingRows);
  }
  if (plan.eventLogLines.length > 0) {
    const existing = await logged.eventLog();
    const missing = plan.eventLogLines.filter((line) => !existing.includes(line));
    await writeEventLog(context.root, context.layout.eventLogFile, missing);
    logged.noteEvents(missing);
  }
}

async function readText(workspaceRoot: string, file: string): Promise<string> {
  try {
    return await readTextInWorkspace(workspaceRoot, file);
  } catch (error) {
    if (isNotFound(error)) return '';
    throw error;
  }
}
