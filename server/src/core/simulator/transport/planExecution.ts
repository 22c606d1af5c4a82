// Carries out a delivery plan so that it can be interrupted at any point and carried out again with
// the same result. Each copy goes to the name the plan fixed, atomically, and a copy that already
// exists is not made again; a queue entry counts as made once its JSON file exists, which is written
// after the copy. Badmail is a reason file followed by the rename of the .tmp file to .bad.

import * as path from 'node:path';
import { fileExists, fsyncFolder, renameDurably, renameInWorkspace, writeFileAtomic, writeFilesAtomic, writeJsonAtomic, type FileToWrite } from '../workspace/storage';
import type { DeliveryPlan, PlannedOutput } from './deliveryPlan';
import type { TransportContext } from './transportContext';

/**
 * Carries out one plan, making only what is missing. `contents` gives the plan's contents in full; it
 * is asked only when a copy is missing (a resumed plan reads them back from the claimed file).
 */
export async function executeOutputs(context: TransportContext, plan: DeliveryPlan, contents: () => Promise<Record<string, string>> = async () => plan.contents): Promise<void> {
  let known: Record<string, string> | undefined;
  for (const output of plan.outputs) {
    if (await fileExists(outputMarker(context, output))) continue;
    known ??= await contents();
    await executeOutput(context, output, known[output.content] ?? '');
  }
  if (plan.badmail) {
    const bad = path.join(context.root, plan.badmail.bad);
    const tmp = path.join(context.root, plan.badmail.tmp);
    await writeFileAtomic(context.root, path.join(context.root, plan.badmail.reasonFile), plan.badmail.reasonText);
    if (await fileExists(tmp)) await renameDurably(context.root, tmp, bad);
  }
}

/**
 * Carries out the freshly made plans of a batch, step by step across the batch, in the order
 * executeOutputs keeps for one plan: the copies, then the queue entries that mark queued copies
 * complete, then the badmail reason files, then the renames to .bad. Each step is on disk before the
 * next begins, so a plan interrupted anywhere is carried out again by executeOutputs exactly as a
 * single one would be. No copy exists yet: planning chose names that no file had (PlanBuilder.uniqueTarget)
 * under the workspace lock, which this pass still holds.
 */
export async function executePlans(context: TransportContext, plans: readonly DeliveryPlan[]): Promise<void> {
  const toWrite = plans.flatMap((plan) => plan.outputs.map((output) => ({ output, content: plan.contents[output.content] ?? '' })));
  await writeFilesAtomic(context.root, toWrite.map(({ output, content }) => ({ file: path.join(context.root, output.target), data: Buffer.from(output.prefix + content, 'latin1') })));
  await writeFilesAtomic(context.root, toWrite.flatMap(({ output }) => queueMarker(context, output)));
  const badmail = plans.flatMap((plan) => (plan.badmail ? [plan.badmail] : []));
  await writeFilesAtomic(context.root, badmail.map((entry) => ({ file: path.join(context.root, entry.reasonFile), data: entry.reasonText })));
  await renameBadmail(context, badmail);
}

function outputMarker(context: TransportContext, output: PlannedOutput): string {
  const target = path.join(context.root, output.target);
  return output.queueEntry ? `${target}.json` : target;
}

function queueMarker(context: TransportContext, output: PlannedOutput): FileToWrite[] {
  if (!output.queueEntry) return [];
  return [{ file: `${path.join(context.root, output.target)}.json`, data: `${JSON.stringify(output.queueEntry, null, 2)}\n` }];
}

/** Renames the .tmp files of badmail to .bad, flushing each folder once. */
async function renameBadmail(context: TransportContext, badmail: readonly NonNullable<DeliveryPlan['badmail']>[]): Promise<void> {
  const folders = new Set<string>();
  for (const entry of badmail) {
    const tmp = path.join(context.root, entry.tmp);
    if (!(await fileExists(tmp))) continue;
    await renameInWorkspace(context.root, tmp, path.join(context.root, entry.bad));
    folders.add(path.dirname(tmp));
  }
  for (const folder of folders) await fsyncFolder(folder);
}

async function executeOutput(context: TransportContext, output: PlannedOutput, content: string): Promise<void> {
  const target = path.join(context.root, output.target);
  await writeFileAtomic(context.root, target, Buffer.from(output.prefix + content, 'latin1'));
  if (output.queueEntry) await writeJsonAtomic(context.root, `${target}.json`, output.queueEntry);
}
