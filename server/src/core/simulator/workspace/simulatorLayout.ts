// Where the simulator keeps its own files inside a workspace. Everything lives under `.exconn/`
// except what stands for something on the Exchange server (Pickup, Replay and Drop folders, the
// mailbox folders) and exconn.json, which the user writes.
//
//   exconn.json                     the organization (optional; see docs/exconn-json.md)
//   Mailboxes/<address>/            messages delivered to local mailboxes, one .eml each
//   .exconn/config.json             Foreign connectors and Transport service settings
//   .exconn/config.journal          the changes made since config.json was written (state/stateJournal.ts)
//   .exconn/lock                    the workspace lock (pid of the holder)
//   .exconn/queue/<connector guid>/ messages waiting for room in a Drop directory (.eml + .json)
//   .exconn/transport/              crash-recovery journal: sequence.json, claims/
//   .exconn/MessageTracking/        message tracking logs (unless MessageTrackingLogPath is set)
//   .exconn/events.log              the application event log (badmail, quota warnings)

import * as path from 'node:path';

export const ORGANIZATION_FILE = 'exconn.json';
export const SIMULATOR_FOLDER = '.exconn';
export const MAILBOX_FOLDER = 'Mailboxes';

export interface SimulatorLayout {
  root: string;
  organizationFile: string;
  simulatorFolder: string;
  stateFile: string;
  /** The changes not yet in stateFile, one line each (state/stateJournal.ts). */
  stateJournalFile: string;
  lockFile: string;
  lockBreakFile: string;
  queueFolder: string;
  /** Queue numbers (the `3` of `Hub01\\3`) and which queues are suspended. */
  queueIndexFile: string;
  transportFolder: string;
  sequenceFile: string;
  claimsFolder: string;
  defaultTrackingFolder: string;
  eventLogFile: string;
  mailboxFolder: string;
}

export function simulatorLayout(workspaceRoot: string): SimulatorLayout {
  const root = path.resolve(workspaceRoot);
  const simulatorFolder = path.join(root, SIMULATOR_FOLDER);
  const transportFolder = path.join(simulatorFolder, 'transport');
  return {
    root,
    organizationFile: path.join(root, ORGANIZATION_FILE),
    simulatorFolder,
    stateFile: path.join(simulatorFolder, 'config.json'),
    stateJournalFile: path.join(simulatorFolder, 'config.journal'),
    lockFile: path.join(simulatorFolder, 'lock'),
    lockBreakFile: path.join(simulatorFolder, 'lock.break'),
    queueFolder: path.join(simulatorFolder, 'queue'),
    queueIndexFile: path.join(simulatorFolder, 'queues.json'),
    transportFolder,
    sequenceFile: path.join(transportFolder, 'sequence.json'),
    claimsFolder: path.join(transportFolder, 'claims'),
    defaultTrackingFolder: path.join(simulatorFolder, 'MessageTracking'),
    eventLogFile: path.join(simulatorFolder, 'events.log'),
    mailboxFolder: path.join(root, MAILBOX_FOLDER),
  };
}

/**
 * The folder of one mailbox. Addresses are case-insensitive, so the name is lower case; characters
 * no file system accepts in a name (a `/` is legal in a local part) become `_`.
 */
export function mailboxFolderOf(workspaceRoot: string, address: string): string {
  const name = [...address.toLowerCase()].map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('');
  return path.join(simulatorLayout(workspaceRoot).mailboxFolder, name === '.' || name === '..' ? '_' : name);
}
