// A queued message given up with a non-delivery report to its sender: Remove-Message (with its
// default -WithNDR $true) and a next hop's permanent refusal (an SMTP 5xx reply). The report is made
// by the same code as the NDRs of the Pickup and Replay directories (deliveryPlanner's sendReport),
// so it reaches the sender's mailbox, or the connector that serves the sender, the same way.
//
// Crash safety, as for a claimed file (claimRunner.ts): the report is planned once and the plan is
// kept in the queue entry (`returning`) before anything is written; the plan is then carried out
// (copies that exist are not made again, tracking rows already logged are not logged again) and only
// then does the message leave the queue. A run killed anywhere finishes the same plan: one report,
// never two, and the message is not delivered after all.

import { deterministicGuid } from '../state/guid';
import { isNotFound, readInWorkspace, readJsonFile, removeDurably, writeJsonAtomic } from '../workspace/storage';
import type { DeliveryPlan } from './deliveryPlan';
import { sendReport } from './deliveryPlanner';
import type { DeliveryStatus } from './deliveryStatus';
import type { DsnRecipient } from './dsnMessage';
import type { EnvelopeRecipient } from './envelope';
import { splitEnvelopeBlock } from './envelopeBlock';
import { parseEnvelopeLine, parseNotify, parseRet } from './envelopeLine';
import { fieldValue } from './messageText';
import { wantsFailureReport } from './envelope';
import type { QueuedMessage, StoredEntry } from './messageQueue';
import type { OutgoingMessage } from './outgoingMessage';
import { executeOutputs } from './planExecution';
import { PlanBuilder } from './planBuilder';
import type { ReportedMessage } from './submission';
import { trackingRowKey } from './trackingFields';
import { appendTrackingRows, readTrackingRows } from './trackingLogFiles';
import type { TransportContext } from './transportContext';
import type { ReportOutcome } from './transportOutcome';

/** A recipient of the queued message that will not get it, and why. */
export interface ReturnedRecipient {
  address: string;
  status: DeliveryStatus;
}

/** Where the given-up message's failure is logged from: QUEUE for an administrator's removal, SMTP for a refusal. */
export type ReturnSource = 'QUEUE' | 'SMTP';

/**
 * Plans the report for `failures` (FAIL events, and the NDR unless the sender is the null sender or
 * no recipient asked for one). Nothing is written.
 */
export async function planReturn(context: TransportContext, message: QueuedMessage, failures: readonly ReturnedRecipient[], source: ReturnSource): Promise<DeliveryPlan> {
  const { entry } = message;
  const now = context.clock.now();
  const builder = new PlanBuilder(context, now);
  const stored = readStoredCopy(await readCopy(context.root, message.file));
  const original: OutgoingMessage = {
    internalId: entry.internalId, messageId: entry.messageId, networkId: entry.networkMessageId, sender: entry.sender,
    displaySender: entry.senderAddress ?? entry.sender, subject: entry.subject, content: '', size: entry.totalBytes, newline: stored.newline,
  };
  for (const failure of failures) {
    builder.row(original, {
      source, 'event-id': 'FAIL', 'connector-id': entry.connectorName, 'recipient-address': [failure.address],
      'recipient-status': [failure.status.response], 'recipient-count': 1,
    });
  }
  const reported = failures.filter((failure) => wantsFailureReport(stored.recipient(failure.address)));
  let internalId = entry.internalId;
  if (entry.sender !== '' && reported.length > 0) {
    const submission: ReportedMessage = {
      directory: 'Replay',
      envelope: { sender: entry.sender, recipients: reported.map((failure) => stored.recipient(failure.address)), ...stored.senderParameters },
      content: stored.content, newline: stored.newline, messageId: entry.messageId, subject: entry.subject,
    };
    const recipients: DsnRecipient[] = reported.map((failure) => {
      const orcpt = stored.recipient(failure.address).orcpt;
      return { address: failure.address, ...(orcpt ? { orcpt } : {}), action: 'failed', code: failure.status.code, response: failure.status.response, explanation: failure.status.explanation };
    });
    // The report's GUID differs from the Pickup NDR's (`NDR:<network id>`): one message may have both.
    await sendReport(builder, submission, { ...original, networkId: deterministicGuid(`queue:${entry.networkMessageId}:${message.file}`).replace(/-/g, '') }, recipients, 'NDR');
    const reportRow = builder.rows.find((row) => row['event-id'] === 'DSN');
    if (reportRow) internalId = Number(reportRow['internal-message-id']);
  }
  return builder.plan(internalId, { directory: 'Replay', file: entry.fileName, messageId: entry.messageId, internalId, resumed: false });
}

/**
 * Gives the message up: keeps the plan in its entry (unless an interrupted run did), carries it out,
 * and removes the message from its queue. The report's outcome, when an NDR was sent.
 */
export async function returnToSender(context: TransportContext, message: QueuedMessage, failures: readonly ReturnedRecipient[], source: ReturnSource): Promise<ReportOutcome | undefined> {
  const json = `${message.file}.json`;
  const current = ((await readJsonFile(context.root, json)) as StoredEntry | undefined) ?? message.entry;
  let plan = current.returning;
  if (!plan) {
    plan = await planReturn(context, { ...message, entry: current }, failures, source);
    await writeJsonAtomic(context.root, json, { ...current, returning: plan });
  }
  await finishReturn(context, message, plan);
  return plan.outcome.reports[0];
}

/**
 * Carries out a kept plan and removes the message: the steps a resumed run repeats safely. `remove:
 * false` when the message was delivered to its other recipients and its caller decides what stays.
 */
export async function finishReturn(context: TransportContext, message: QueuedMessage, plan: DeliveryPlan, options: { remove?: boolean } = {}): Promise<void> {
  await executeOutputs(context, plan);
  await logMissingRows(context, plan);
  if (options.remove === false) return;
  await removeDurably(context.root, `${message.file}.json`);
  await removeDurably(context.root, message.file);
}

/** Appends the plan's tracking rows that an interrupted run did not append yet. */
async function logMissingRows(context: TransportContext, plan: DeliveryPlan): Promise<void> {
  if (!context.tracking || plan.trackingRows.length === 0) return;
  const logged = new Set((await readTrackingRows(context.root, context.tracking.folder)).map(trackingRowKey));
  const missing = plan.trackingRows.filter((row) => !logged.has(trackingRowKey(row)));
  if (missing.length > 0) await appendTrackingRows(context.tracking, missing);
}

async function readCopy(workspaceRoot: string, file: string): Promise<string> {
  try {
    return (await readInWorkspace(workspaceRoot, file)).toString('latin1');
  } catch (error) {
    if (!isNotFound(error)) throw error;
    // The copy was already removed by the run that was killed: its plan is kept, so only the header is missing.
    return '';
  }
}

/**
 * The queued copy is the message as it goes on: for a Drop directory or an agent, after the envelope
 * block (envelopeBlock.ts) whose X-Sender and X-Receiver lines carry the DSN parameters (NOTIFY,
 * ORCPT, RET, ENVID) that decide whether and how the sender is told; for SMTP, the message alone.
 */
function readStoredCopy(text: string): {
  content: string;
  newline: string;
  senderParameters: { ret?: 'FULL' | 'HDRS'; envid?: string };
  recipient: (address: string) => EnvelopeRecipient;
} {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const { block, message } = splitEnvelopeBlock(text);
  const receivers = new Map<string, EnvelopeRecipient>();
  const senderParameters: { ret?: 'FULL' | 'HDRS'; envid?: string } = {};
  for (const field of block) {
    if (field.lowerName !== 'x-sender' && field.lowerName !== 'x-receiver') continue;
    const parsed = parseEnvelopeLine(fieldValue(field));
    if (!parsed.ok) continue;
    if (field.lowerName === 'x-sender') {
      const ret = parsed.parameters.get('RET');
      const parsedRet = ret === undefined ? undefined : parseRet(ret);
      if (parsedRet === 'FULL' || parsedRet === 'HDRS') senderParameters.ret = parsedRet;
      const envid = parsed.parameters.get('ENVID');
      if (envid) senderParameters.envid = envid;
      continue;
    }
    const notifyText = parsed.parameters.get('NOTIFY');
    const notify = notifyText === undefined ? undefined : parseNotify(notifyText);
    const orcpt = parsed.parameters.get('ORCPT');
    receivers.set(parsed.address.toLowerCase(), { address: parsed.address, ...(Array.isArray(notify) ? { notify } : {}), ...(orcpt ? { orcpt } : {}) });
  }
  return {
    content: message,
    newline,
    senderParameters,
    recipient: (address) => receivers.get(address.toLowerCase()) ?? { address },
  };
}
