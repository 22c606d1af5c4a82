// Takes a claimed message to finished: plan it and save the plan in its claim record, make the copies,
// record the events, then remove the .tmp file and the claim. A run killed at any instant leaves
// either a .tmp file without a claim (planned afresh) or a claim (carried out again: copies that
// exist are not made twice, and events already in the log are not written twice).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { inParallel, removeDurably, removeFilesDurably } from '../storage';
import { removeClaim, removeClaims, saveClaim, saveClaims, type ClaimedFile, type ClaimRecord } from './claims';
import { planDelivery } from './deliveryPlanner';
import { writeEventLog } from './eventLog';
import { executeOutputs, executePlans } from './planExecution';
import { appendTrackingRows, readTrackingRows } from './trackingLogFiles';
import type { TrackingRow } from './trackingFields';
import type { TransportContext } from './transportContext';
import type { MessageOutcome } from './transportOutcome';

/** Plans and delivers a freshly claimed file. */
export async function processClaimedFile(context: TransportContext, file: ClaimedFile): Promise<MessageOutcome> {
  const seq = await context.sequence.allocate();
  const raw = await fs.promises.readFile(path.join(context.root, file.folder, file.tmpName));
  const claim: ClaimRecord = { ...file, seq, plan: await planDelivery(context, { ...file, seq }, raw) };
  await saveClaim(context.root, context.layout.claimsFolder, claim);
  return finishClaim(context, claim, false);
}

/** A claimed file that could not be planned (unreadable, say): it stays claimed, for the next pass. */
export interface UnplannedFile {
  file: ClaimedFile;
  error: unknown;
}

/**
 * Plans and delivers a batch of freshly claimed files with the same steps and the same order of
 * durable writes as processClaimedFile, each step taken for the whole batch at once: every plan is
 * saved before any copy is made, every copy and event is written before any .tmp file is removed,
 * and every .tmp file is gone before any claim record is. A crash anywhere leaves each message in a
 * state processClaimedFile could have left it in, and the next pass finishes it the same way.
 */
export async function processClaimedBatch(context: TransportContext, files: readonly ClaimedFile[]): Promise<{ outcomes: MessageOutcome[]; unplanned: UnplannedFile[] }> {
  const { claims, unplanned } = await planBatch(context, files);
  try {
    await saveClaims(context.root, context.layout.claimsFolder, claims);
    await executePlans(context, claims.map((claim) => claim.plan));
    await recordBatchEvents(context, claims);
    const delivered = claims.filter((claim) => !claim.plan.badmail);
    await removeFilesDurably(context.root, delivered.map((claim) => path.join(context.root, claim.folder, claim.tmpName)));
    await removeClaims(context.root, context.layout.claimsFolder, claims.map((claim) => claim.seq));
  } finally {
    // Planned names are on disk now (or, after an error, held by the claim records, which keep them).
    context.reservations.clear();
  }
  return { outcomes: claims.map((claim) => ({ ...claim.plan.outcome, resumed: false })), unplanned };
}

async function planBatch(context: TransportContext, files: readonly ClaimedFile[]): Promise<{ claims: ClaimRecord[]; unplanned: UnplannedFile[] }> {
  // Reading side by side keeps the disk busy; planning stays in order, as sequence numbers and the
  // batch's reservations must.
  const contents = await inParallel(files, (file) => readClaimedFile(context, file));
  const claims: ClaimRecord[] = [];
  const unplanned: UnplannedFile[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const raw = contents[index];
      if (raw instanceof Error) throw raw;
      const seq = await context.sequence.allocate();
      claims.push({ ...file, seq, plan: await planDelivery(context, { ...file, seq }, raw) });
    } catch (error) {
      unplanned.push({ file, error });
    }
  }
  return { claims, unplanned };
}

/** The file's bytes, or the error reading it (one unreadable file must not stop the others). */
async function readClaimedFile(context: TransportContext, file: ClaimedFile): Promise<Buffer | Error> {
  try {
    return await fs.promises.readFile(path.join(context.root, file.folder, file.tmpName));
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

/** Carries out a claim an interrupted run left behind. */
export async function resumeClaim(context: TransportContext, claim: ClaimRecord): Promise<MessageOutcome> {
  return finishClaim(context, claim, true);
}

async function finishClaim(context: TransportContext, claim: ClaimRecord, resumed: boolean): Promise<MessageOutcome> {
  const plan = claim.plan;
  await executeOutputs(context, plan);
  await recordEvents(context, claim, resumed);
  // The .tmp file must be gone for good before the claim is: a .tmp without a claim would be taken as new.
  if (!plan.badmail) await removeDurably(context.root, path.join(context.root, claim.folder, claim.tmpName));
  await removeClaim(context.root, context.layout.claimsFolder, claim.seq);
  return { ...plan.outcome, resumed };
}

/** Writes the plan's tracking and application events, unless an interrupted run already did. */
async function recordEvents(context: TransportContext, claim: ClaimRecord, mayHaveLogged: boolean): Promise<void> {
  const plan = claim.plan;
  if (context.tracking) {
    const id = String(plan.internalId);
    const logged = mayHaveLogged && (await readTrackingRows(context.tracking.folder)).some((row) => row['internal-message-id'] === id);
    if (!logged) await appendTrackingRows(context.tracking, plan.trackingRows);
  }
  if (plan.eventLogLines.length > 0) {
    const existing = mayHaveLogged ? await readText(context.layout.eventLogFile) : '';
    await writeEventLog(context.root, context.layout.eventLogFile, plan.eventLogLines.filter((line) => !existing.includes(line)));
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await fs.promises.readFile(file, 'utf8');
  } catch {
    return '';
  }
}
