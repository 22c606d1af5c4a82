// Clearing the temporary files of atomic writes that a killed run never renamed into place (named
// `.<file>.<pid>.<random>.exconn-tmp`; only those of dead processes are removed), in every folder the
// transport writes to: its own, the queues, the Drop directories, the mailboxes, and the Pickup and
// Replay directories (badmail reason files). Message files are
// never touched here: every message is accounted for by a .tmp file, a claim journal or the queue.

import * as path from 'node:path';
import { listFolder, removeFile, TEMPORARY_SUFFIX } from '../workspace/storage';
import { isProcessAlive } from '../workspace/workspaceLock';
import { resolveWindowsPath } from '../workspace/workspacePaths';
import { dropDirectoryWindowsPath } from './dropDirectory';
import type { TransportContext } from './transportContext';

export async function clearLeftovers(context: TransportContext): Promise<void> {
  for (const folder of await foldersWithTemporaryFiles(context)) await removeDeadTemporaryFiles(context.root, folder);
}

async function foldersWithTemporaryFiles(context: TransportContext): Promise<string[]> {
  const queues = (await listFolder(context.layout.queueFolder)).map((name) => path.join(context.layout.queueFolder, name));
  const drops = context.state.connectors.flatMap((connector) => {
    const resolution = resolveWindowsPath(context.paths, dropDirectoryWindowsPath(connector, context.settings));
    return resolution.ok ? [resolution.path] : [];
  });
  const mailboxes = (await listFolder(context.layout.mailboxFolder)).map((name) => path.join(context.layout.mailboxFolder, name));
  // The Pickup and Replay folders get the badmail reason files, written atomically beside the .bad files.
  return [context.layout.claimsFolder, context.layout.transportFolder, context.layout.simulatorFolder, ...queues, ...drops, ...context.inputFolders, ...mailboxes];
}

async function removeDeadTemporaryFiles(root: string, folder: string): Promise<void> {
  for (const name of await listFolder(folder)) {
    if (!name.endsWith(TEMPORARY_SUFFIX)) continue;
    const pid = Number(/\.(\d+)\.[0-9a-f]{8}\.exconn-tmp$/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isProcessAlive(pid)) await removeFile(root, path.join(folder, name));
  }
}
