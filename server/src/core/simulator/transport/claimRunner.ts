// Takes a claimed message to finished: plan it and save the plan in its claim record, make the copies,
// record the events, then remove the .tmp file and the claim. A run killed at any instant leaves
// either a .tmp file without a claim (planned afresh) or a claim (carried out again: copies that
// exist are not made twice, and events already in the log are not written twice).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { removeDurably } from '../storage';
import { removeClaim, saveClaim, type ClaimedFile, type ClaimRecord } from './claims';
import { planDelivery } from './deliveryPlanner';
import { writeEventLog } from './eventLog';
import { executeOutputs } from './planExecution';
import { appendTrackingRows, readTrackingRows } from './trackingLogFiles';
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
