// Collects a delivery plan while the planner walks the recipients: the copies to make, the tracking
// events, application events, the contents to copy and what to tell the user.

import * as fs from 'node:fs';
import { workspaceRelative } from '../workspace/workspacePaths';
import type { DeliveryPlan, PlannedOutput } from './deliveryPlan';
import type { OutgoingMessage } from './outgoingMessage';
import { trackingRow, type TrackingEventFields, type TrackingRow } from './trackingFields';
import type { TransportContext } from './transportContext';
import type { MessageOutcome, RecipientOutcome, ReportOutcome } from './transportOutcome';
import { numberedNames } from './freeNames';

export class PlanBuilder {
  readonly outputs: PlannedOutput[] = [];
  readonly rows: TrackingRow[] = [];
  readonly eventLogLines: string[] = [];
  readonly contents: Record<string, string> = {};
  readonly recipients: RecipientOutcome[] = [];
  readonly reports: ReportOutcome[] = [];
  private readonly plannedTargets = new Set<string>();

  constructor(
    readonly context: TransportContext,
    readonly now: Date,
  ) {}

  /** Keeps a message's content in the plan under `key`, and returns the key. */
  content(key: string, content: string): string {
    this.contents[key] = content;
    return key;
  }

  /**
   * A target name nobody uses yet. Names derive from the message, so a clash means an old file with
   * the same name (the simulator's state was reset): the new copy gets `-2`, `-3`... instead.
   */
  uniqueTarget(absolute: string): string {
    for (const candidate of numberedNames(absolute)) {
      const relative = workspaceRelative(this.context.paths, candidate);
      if (!this.plannedTargets.has(relative) && !fs.existsSync(candidate) && !fs.existsSync(`${candidate}.json`) && this.context.reservations.takeName(candidate)) {
        this.plannedTargets.add(relative);
        return relative;
      }
    }
    throw new Error('numberedNames never ends');
  }

  output(output: PlannedOutput): void {
    this.outputs.push(output);
  }

  /** A tracking event with the fields every event of the message shares. */
  row(message: OutgoingMessage, fields: TrackingEventFields): void {
    const subjectLogged = this.context.settings.messageTrackingLogSubjectLoggingEnabled;
    this.rows.push(trackingRow({
      'date-time': this.now.toISOString(),
      'server-hostname': this.context.serverFqdn,
      'internal-message-id': message.internalId,
      'message-id': message.messageId,
      'network-message-id': message.networkId,
      'total-bytes': message.size,
      'message-subject': subjectLogged ? message.subject : '',
      'sender-address': message.displaySender,
      'return-path': `<${message.sender}>`,
      directionality: 'Originating',
      ...fields,
    }));
  }

  plan(internalId: number, outcome: Omit<MessageOutcome, 'recipients' | 'reports' | 'result'>): DeliveryPlan {
    return {
      internalId,
      outputs: this.outputs,
      trackingRows: this.rows,
      eventLogLines: this.eventLogLines,
      contents: this.contents,
      outcome: { ...outcome, recipients: this.recipients, reports: this.reports, result: overallResult(this.recipients) },
    };
  }
}

function overallResult(recipients: readonly RecipientOutcome[]): MessageOutcome['result'] {
  const reached = recipients.filter((recipient) => recipient.result === 'mailbox' || recipient.result === 'drop').length;
  const waiting = recipients.filter((recipient) => recipient.result === 'queued').length;
  if (reached === recipients.length) return 'delivered';
  if (reached > 0) return 'partly delivered';
  return waiting > 0 ? 'waiting' : 'not delivered';
}
