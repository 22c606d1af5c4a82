// Reading the message tracking log back for Get-MessageTrackingLog: every event of the local
// server's log folder (MessageTrackingLogPath, or `.exconn/MessageTracking/`), oldest first, with the
// cmdlet's property names, optionally narrowed by a filter.

import { organizationPaths, loadOrganization } from '../organization/organization';
import { simulatorLayout } from '../workspace/simulatorLayout';
import { loadState, transportServiceOf } from '../state/state';
import { entryFromRow, type TrackingLogEntry } from './trackingFields';
import { readTrackingRows } from './trackingLogFiles';
import { trackingFolderOf } from './transportContext';

export interface TrackingLogFilter {
  eventId?: string;
  source?: string;
  sender?: string;
  /** Events with any of these recipients. */
  recipients?: readonly string[];
  messageId?: string;
  internalMessageId?: string;
  /** Events whose subject contains this text. */
  messageSubject?: string;
  /** From this time on (inclusive). */
  start?: Date;
  /** Before this time (exclusive). */
  end?: Date;
}

export async function readTrackingLog(workspaceRoot: string, filter: TrackingLogFilter = {}): Promise<TrackingLogEntry[]> {
  const organization = await loadOrganization(workspaceRoot);
  const state = await loadState(workspaceRoot);
  const folder = trackingFolderOf(organizationPaths(workspaceRoot, organization), simulatorLayout(workspaceRoot), transportServiceOf(state, organization.localServer));
  return (await readTrackingRows(workspaceRoot, folder)).map(entryFromRow).filter((entry) => matches(entry, filter));
}

function matches(entry: TrackingLogEntry, filter: TrackingLogFilter): boolean {
  const same = (value: string | null, wanted: string | undefined) => wanted === undefined || (value ?? '').toLowerCase() === wanted.toLowerCase();
  const time = Date.parse(entry.Timestamp);
  const recipients = filter.recipients?.map((recipient) => recipient.toLowerCase());
  return same(entry.EventId, filter.eventId)
    && same(entry.Source, filter.source)
    && same(entry.Sender, filter.sender)
    && same(entry.MessageId, filter.messageId)
    && same(entry.InternalMessageId, filter.internalMessageId)
    && (filter.messageSubject === undefined || (entry.MessageSubject ?? '').toLowerCase().includes(filter.messageSubject.toLowerCase()))
    && (recipients === undefined || entry.Recipients.some((recipient) => recipients.includes(recipient.toLowerCase())))
    && (filter.start === undefined || time >= filter.start.getTime())
    && (filter.end === undefined || time < filter.end.getTime());
}
