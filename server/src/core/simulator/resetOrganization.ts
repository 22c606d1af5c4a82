// Starting over: `exconn reset` and "Exchange: Reset Simulated Organization". An administrator
// iterating on a procedure runs it again and again; the second New-ForeignConnector rightly fails
// with "already exists", so they need the organization as it was before the first run. What goes
// is what the simulator keeps under .exconn/: the objects scripts created or imported, the
// transport settings, the queues (with the messages waiting in them), the crash-recovery journal,
// the message tracking and event logs. What stays is everything the user made or the transport
// delivered: exconn.json, the scripts, and the messages in the Drop, Pickup, Replay and mailbox
// folders.

import * as path from 'node:path';
import { RESET_SCOPE, type ResetResult, type RunFailure } from '../../protocol/extensionProtocol';
import { errorMessage } from './errors';
import { loadState } from './state/state';
import { countQueuedMessages } from './transport/messageQueue';
import { assertInsideWorkspace } from './workspace/pathGuard';
import { simulatorLayout } from './workspace/simulatorLayout';
import { listFolder, removeTree } from './workspace/storage';
import { withWorkspaceLock } from './workspace/workspaceLock';

export interface ResetReport {
  /** Objects of the state by type (`ForeignConnector`, `SendConnector`...), and the servers whose settings were changed. */
  objects: Record<string, number>;
  transportServices: number;
  /** Messages that were waiting in the queues. */
  queuedMessages: number;
  /** Files removed under .exconn/, all told. */
  files: number;
}

/** Removes the simulated organization of a workspace, under its lock, so the next run starts from exconn.json alone. */
export async function resetOrganization(workspaceRoot: string): Promise<ResetReport> {
  const layout = simulatorLayout(workspaceRoot);
  return withWorkspaceLock(layout.root, async () => {
    const state = await loadState(layout.root);
    const objects: Record<string, number> = { ForeignConnector: state.connectors.length };
    for (const [type, list] of Object.entries(state.objects ?? {})) objects[type] = list.length;
    const queuedMessages = await countQueuedMessages(layout.queueFolder);
    let files = 0;
    // The lock is ours while we work; everything else under .exconn/ goes.
    const keep = new Set([layout.lockFile, layout.lockBreakFile].map((file) => path.basename(file)));
    const doomed = (await listFolder(layout.simulatorFolder, layout.root)).filter((name) => !keep.has(name)).map((name) => path.join(layout.simulatorFolder, name));
    // Refuse before removing anything (a link that leaves the workspace), so a refused reset removes nothing.
    for (const entry of doomed) assertInsideWorkspace(layout.root, entry, `delete ${entry}`);
    for (const entry of doomed) files += await removeTree(layout.root, entry);
    return { objects, transportServices: Object.keys(state.transportServices).length, queuedMessages, files };
  });
}

/** The report as one paragraph: what was removed, and what stayed. */
export function formatResetReport(report: ResetReport, workspaceRoot: string): string {
  const objects = Object.entries(report.objects).filter(([, count]) => count > 0).map(([type, count]) => `${count} ${type}${count === 1 ? '' : 's'}`);
  const parts = [
    objects.length > 0 ? objects.join(', ') : 'no objects',
    `the settings of ${report.transportServices} transport service${report.transportServices === 1 ? '' : 's'}`,
    `${report.queuedMessages} queued message${report.queuedMessages === 1 ? '' : 's'}`,
  ];
  return `Reset the simulated organization in ${workspaceRoot}: removed ${parts.join(', ')} and the logs (${report.files} file${report.files === 1 ? '' : 's'} under .exconn/).\n`
    + 'exconn.json, the scripts and the messages in the Drop, Pickup, Replay and mailbox folders were kept.\n';
}

/** resetOrganization with the report as `exconn reset` prints it; a failure is reported, not thrown. */
export async function resetWithReport(workspaceRoot: string): Promise<ResetResult> {
  try {
    return { output: formatResetReport(await resetOrganization(workspaceRoot), workspaceRoot), success: true };
  } catch (error) {
    return { output: `Nothing was reset: ${errorMessage(error)}\n`, success: false };
  }
}

/** The exception Exchange throws for a New- of an object that exists already. */
const ALREADY_EXISTS = 'ADObjectAlreadyExistsException';

/**
 * For a run that failed because an object it creates is there already (from an earlier run, most
 * likely), how to start over; undefined otherwise. The CLI prints it, the editor offers the reset.
 */
export function startOverHint(failures: readonly RunFailure[]): string | undefined {
  if (!failures.some((failure) => failure.reason === ALREADY_EXISTS)) return undefined;
  return 'An object this script creates is already in the simulated organization, from an earlier run. '
    + 'To run the procedure from the start, reset the organization first: exconn reset, or "Exchange: Reset Simulated Organization" in VS Code. '
    + `A reset removes ${RESET_SCOPE}.`;
}
