// Carries out a delivery plan so that it can be interrupted at any point and carried out again with
// the same result. Each copy goes to the name the plan fixed, atomically, and a copy that already
// exists is not made again; a queue entry counts as made once its JSON file exists, which is written
// after the copy. Badmail is a reason file followed by the rename of the .tmp file to .bad.

import * as path from 'node:path';
import { fileExists, renameDurably, writeFileAtomic, writeJsonAtomic } from '../storage';
import type { DeliveryPlan, PlannedOutput } from './deliveryPlan';
import type { TransportContext } from './transportContext';

export async function executeOutputs(context: TransportContext, plan: DeliveryPlan): Promise<void> {
  for (const output of plan.outputs) await executeOutput(context, output, plan.contents[output.content] ?? '');
  if (plan.badmail) {
    const bad = path.join(context.root, plan.badmail.bad);
    const tmp = path.join(context.root, plan.badmail.tmp);
    await writeFileAtomic(context.root, path.join(context.root, plan.badmail.reasonFile), plan.badmail.reasonText);
    if (await fileExists(tmp)) await renameDurably(context.root, tmp, bad);
  }
}

async function executeOutput(context: TransportContext, output: PlannedOutput, content: string): Promise<void> {
  const target = path.join(context.root, output.target);
  const marker = output.queueEntry ? `${target}.json` : target;
  if (await fileExists(marker)) return;
  await writeFileAtomic(context.root, target, Buffer.from(output.prefix + content, 'latin1'));
  if (output.queueEntry) await writeJsonAtomic(context.root, `${target}.json`, output.queueEntry);
}
