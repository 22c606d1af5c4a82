// Decides what happens to one claimed message file: reads it with the rules of its directory, routes
// every recipient, and writes down the copies, reports and tracking events as a plan. Nothing is
// copied here; planExecution.ts carries the plan out. When no recipient can be reached and no NDR
// can be returned to the sender either, the file is badmail (the Exchange 2013 topic's second badmail
// condition).

import { limitedRoute } from './organizationLimits';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contentHash, deterministicGuid } from '../state/guid';
import { toWindowsPath, workspaceRelative } from '../workspace/workspacePaths';
import type { ClaimedFile } from './claims';

/** A claimed file with the sequence number its message got. */
type NumberedClaim = ClaimedFile & { seq: number };
import type { DeliveryPlan } from './deliveryPlan';
import { buildDsn, type DsnRecipient } from './dsnMessage';
import { wantsFailureReport, wantsSuccessReport, type DirectoryRole } from './envelope';
import type { OutgoingMessage } from './outgoingMessage';
import { pickupSubmission } from './pickupSubmission';
import { PlanBuilder } from './planBuilder';
import { replaySubmission } from './replaySubmission';
import { deliverRoutes, type RouteDeliveryResult } from './routeDelivery';
import { routeRecipient, type RecipientRoute } from './routing';
import { stampedNames } from './freeNames';
import type { Badmail, ReportedMessage, Submission, SubmissionContext } from './submission';
import type { TransportContext } from './transportContext';
import type { ReportOutcome } from './transportOutcome';

/** The tracking log's source for a submission through each directory (Exchange: PICKUP, and ADMIN for Replay). */
export const DIRECTORY_SOURCE: Record<DirectoryRole, string> = { Pickup: 'PICKUP', Replay: 'ADMIN' };

/** `hash` is the file's contentHash, when the caller has it already. */
export async function planDelivery(context: TransportContext, claim: NumberedClaim, raw: Buffer, hash = contentHash(raw)): Promise<DeliveryPlan> {
  const now = context.clock.now();
  const submissionContext: SubmissionContext = {
    now,
    serverFqdn: context.serverFqdn,
    defaultDomain: context.defaultDomain,
    messageGuid: deterministicGuid(`message-id:${claim.seq}:${hash}`),
    maxHeaderSize: context.settings.pickupDirectoryMaxHeaderSize,
    maxRecipients: context.settings.pickupDirectoryMaxRecipientsPerMessage,
  };
  const result = claim.directory === 'Pickup' ? await pickupSubmission(raw, submissionContext) : await replaySubmission(raw, submissionContext);
  const networkId = deterministicGuid(`network:${claim.seq}:${hash}`).replace(/-/g, '');
  if (result.kind === 'badmail') return planBadmail(new PlanBuilder(context, now), claim, result.badmail, { networkId, size: raw.length });
  return planSubmission(new PlanBuilder(context, now), claim, result.submission, networkId);
}

async function planSubmission(builder: PlanBuilder, claim: NumberedClaim, submission: Submission, networkId: string): Promise<DeliveryPlan> {
  const context = builder.context;
  const envelope = submission.envelope;
  const message: OutgoingMessage = {
    internalId: claim.seq,
    messageId: submission.messageId,
    networkId,
    sender: envelope.sender,
    displaySender: submission.headerSender || envelope.sender,
    subject: submission.subject,
    content: builder.content('message', submission.content),
    size: Buffer.byteLength(submission.content, 'latin1'),
    newline: submission.newline,
    ...(envelope.ret ? { ret: envelope.ret } : {}),
    ...(envelope.envid ? { envid: envelope.envid } : {}),
    origin: { heloDomain: envelope.clientHostname, source: envelope.source, sourceIp: envelope.clientIp },
  };
  const addresses = envelope.recipients.map((recipient) => recipient.address);
  // "Message tracking": on RECEIVE, recipient-status says for each recipient whether it was a To, Cc or Bcc recipient.
  builder.row(message, {
    source: DIRECTORY_SOURCE[claim.directory], 'event-id': 'RECEIVE', 'source-context': claim.emlName,
    'client-ip': envelope.clientIp ?? '', 'client-hostname': envelope.clientHostname ?? '',
    'recipient-address': addresses, 'recipient-status': submission.addressedAs, 'recipient-count': addresses.length,
  });
  const restriction = submission.restriction;
  const routes: RecipientRoute[] = envelope.recipients.map((recipient) =>
    restriction ? { kind: 'failed', recipient, status: restriction } : limitedRoute(routeRecipient(context.routing, recipient, message.size), context.limits, message.size));
  const delivered = await deliverRoutes(builder, message, routes);
  builder.recipients.push(...delivered.outcomes);
  const reachedSomeone = delivered.outcomes.some((outcome) => outcome.result !== 'failed');
  const ndr = await reportFailures(builder, submission, message, delivered);
  if (!reachedSomeone && delivered.failed.length > 0 && (ndr === 'no sender' || ndr?.result === 'failed')) {
    const why = ndr === 'no sender' ? 'the message has the null sender <>' : `the NDR to ${envelope.sender} failed too (${ndr.detail ?? ''})`;
    const statuses = delivered.failed.map((failure) => `${failure.recipient.address}: ${failure.status.response}`).join('; ');
    return planBadmail(new PlanBuilder(context, builder.now), claim, {
      reason: `No recipient could be reached (${statuses}) and no non-delivery report can be returned, because ${why}.`,
      sender: envelope.sender, recipients: addresses, messageId: submission.messageId, subject: submission.subject,
    }, { networkId, size: message.size, earlierRows: builder.rows });
  }
  await reportRelays(builder, submission, message, delivered);
  return builder.plan(claim.seq, baseOutcome(context, claim, submission.messageId));
}

/** Sends the NDR for failed recipients that want one; 'no sender' when the null sender makes it impossible. */
async function reportFailures(builder: PlanBuilder, submission: Submission, original: OutgoingMessage, delivered: RouteDeliveryResult): Promise<ReportOutcome | 'no sender' | undefined> {
  const failures = delivered.failed.filter((failure) => wantsFailureReport(failure.recipient));
  if (failures.length === 0) return undefined;
  if (submission.envelope.sender === '') return 'no sender';
  const recipients: DsnRecipient[] = failures.map((failure) => ({
    address: failure.recipient.address,
    ...(failure.recipient.orcpt ? { orcpt: failure.recipient.orcpt } : {}),
    action: 'failed', code: failure.status.code, response: failure.status.response, explanation: failure.status.explanation,
  }));
  return sendReport(builder, submission, original, recipients, 'NDR');
}

/** A relay DSN for recipients handed to a RelayDsnRequired connector that asked NOTIFY=SUCCESS. */
async function reportRelays(builder: PlanBuilder, submission: Submission, original: OutgoingMessage, delivered: RouteDeliveryResult): Promise<void> {
  const relayed = delivered.relayed.filter((entry) => wantsSuccessReport(entry.recipient));
  if (relayed.length === 0 || submission.envelope.sender === '') return;
  const recipients: DsnRecipient[] = relayed.map((entry) => ({
    address: entry.recipient.address,
    ...(entry.recipient.orcpt ? { orcpt: entry.recipient.orcpt } : {}),
    action: 'relayed', code: '2.0.0', response: `250 2.0.0 Relayed to the foreign gateway by ${entry.connector.name}`,
    explanation: `The message was written to the Drop directory of "${entry.connector.name}"; the foreign system sends no delivery notification.`,
  }));
  await sendReport(builder, submission, original, recipients, 'relay DSN');
}

export async function sendReport(builder: PlanBuilder, submission: ReportedMessage, original: OutgoingMessage, recipients: DsnRecipient[], kind: ReportOutcome['kind']): Promise<ReportOutcome> {
  const context = builder.context;
  const internalId = await context.sequence.allocate();
  const guid = deterministicGuid(`${kind}:${original.networkId}`);
  const dsn = buildDsn({ original: submission, recipients, now: builder.now, serverFqdn: context.serverFqdn, defaultDomain: context.defaultDomain, guid });
  const message: OutgoingMessage = {
    internalId,
    messageId: dsn.messageId,
    networkId: guid.replace(/-/g, ''),
    sender: '',
    displaySender: dsn.from,
    subject: dsn.subject,
    content: builder.content(kind === 'NDR' ? 'ndr' : 'relay', dsn.content),
    size: Buffer.byteLength(dsn.content, 'latin1'),
    newline: original.newline,
  };
  const to = submission.envelope.sender;
  builder.row(message, {
    source: 'DSN', 'event-id': 'DSN', 'recipient-address': [to], 'recipient-count': 1, reference: [original.messageId],
    'related-recipient-address': recipients.map((recipient) => recipient.address),
  });
  const delivered = await deliverRoutes(builder, message, [routeRecipient(context.routing, { address: to, notify: ['NEVER'] })]);
  const outcome = delivered.outcomes[0];
  const report: ReportOutcome = { kind, to, result: outcome.result, ...(outcome.location ? { location: outcome.location } : {}), ...(outcome.detail ? { detail: outcome.detail } : {}) };
  builder.reports.push(report);
  return report;
}

/** The file is renamed .bad in its folder, its reason written beside it, and the event logged once. */
function planBadmail(builder: PlanBuilder, claim: NumberedClaim, badmail: Badmail, extra: { networkId: string; size: number; earlierRows?: PlanBuilder['rows'] }): DeliveryPlan {
  const context = builder.context;
  const folder = path.join(context.root, claim.folder);
  const badName = badFileName(context, folder, claim.emlName, builder.now);
  const windowsFolder = toWindowsPath(context.paths, folder) ?? claim.folder;
  const message: OutgoingMessage = {
    internalId: claim.seq, messageId: badmail.messageId ?? '', networkId: extra.networkId, sender: badmail.sender ?? '',
    displaySender: badmail.sender ?? '', subject: badmail.subject ?? '', content: '', size: extra.size, newline: '\r\n',
  };
  builder.rows.push(...(extra.earlierRows ?? []));
  builder.row(message, {
    source: DIRECTORY_SOURCE[claim.directory], 'event-id': 'BADMAIL', 'source-context': `${claim.emlName}: ${badmail.reason}`,
    'recipient-address': badmail.recipients ?? [], 'recipient-count': badmail.recipients?.length ?? 0,
  });
  builder.eventLogLines.push(`${builder.now.toISOString()} Error MSExchangeTransport 9010 PickupIsBadmailingFile: At least one file in ${windowsFolder} can't be processed. These files have .bad extensions. Please look for .bad files, and make sure that their content is valid. (${badName}: ${badmail.reason})`);
  const relative = (name: string) => workspaceRelative(context.paths, path.join(folder, name));
  const reasonText = [
    `${claim.emlName} could not be submitted by the ${claim.directory} directory (${windowsFolder}) and was classified as badmail on ${builder.now.toISOString()}.`,
    '',
    `Reason: ${badmail.reason}`,
    '',
    'Exchange never processes .bad files again. To retry, fix the file, rename it back to .eml and copy it into the directory.',
    '',
  ].join('\r\n');
  const plan = builder.plan(claim.seq, baseOutcome(context, claim, badmail.messageId ?? ''));
  plan.badmail = { tmp: relative(claim.tmpName), bad: relative(badName), reasonFile: relative(`${badName}.reason.txt`), reasonText };
  plan.outcome = { ...plan.outcome, result: 'badmail', badmail: { file: relative(badName), reasonFile: relative(`${badName}.reason.txt`), reason: badmail.reason } };
  return plan;
}

/** `<name>.bad`, or `<name><datetime>.bad` when that exists already (the Exchange 2013 topic's rule). */
function badFileName(context: TransportContext, folder: string, emlName: string, now: Date): string {
  const base = emlName.replace(/\.(eml|tmp)$/i, '');
  const reservations = context.reservations;
  // A name another message of the batch will take counts as taken; a free one is reserved for this one.
  const taken = (name: string) => fs.existsSync(path.join(folder, name)) || !reservations.takeName(path.join(folder, name));
  for (const name of stampedNames(base, '.bad', now)) if (!taken(name)) return name;
  throw new Error('stampedNames never ends');
}

function baseOutcome(context: TransportContext, claim: NumberedClaim, messageId: string) {
  return {
    directory: claim.directory,
    file: workspaceRelative(context.paths, path.join(context.root, claim.folder, claim.emlName)),
    messageId,
    internalId: claim.seq,
    resumed: false,
  };
}
