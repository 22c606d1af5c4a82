// The sample messages of a workspace: the .eml files waiting in its Pickup and Replay folders, read
// with the rules of their directory (the readers a transport pass uses, so a Replay file's envelope
// is its X-Sender and X-Receiver, a Pickup file's its From and To, Cc, Bcc). `exconn init` learns
// the organization's senders and recipients from them. A file the directory would refuse still
// gives what could be read of it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isNotFound, listFolder, NotRegularFileError, readRegularFile } from '../workspace/storage';
import type { DirectoryRole } from './envelope';
import { pickupSubmission } from './pickupSubmission';
import { replaySubmission } from './replaySubmission';
import type { SubmissionContext, SubmissionResult } from './submission';

export interface SampleFolder {
  role: DirectoryRole;
  /** The folder on disk. */
  path: string;
}

export interface SampleEnvelope {
  /** Workspace-relative, with forward slashes. */
  file: string;
  /** The envelope sender; '' for the null sender. */
  sender: string;
  recipients: string[];
}

/** Samples are small; a larger file is a real message someone left, and is not read whole for this. */
const LARGEST_SAMPLE = 1024 * 1024;

/** Folder names that are Pickup or Replay folders wherever they are (`Pickup`, `Replay Directory`). */
const SAMPLE_FOLDER_NAME = /^(pickup|replay)( directory)?$/i;
const SKIPPED = new Set(['.exconn', '.git', 'node_modules', 'mailboxes']);
const MAX_DEPTH = 6;

/** Every folder under the root named as a Pickup or Replay folder, with the folders given; each once. */
export async function sampleFolders(root: string, given: readonly SampleFolder[]): Promise<SampleFolder[]> {
  const found = [...given];
  const walk = async (folder: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) return;
    for (const name of (await listFolder(folder)).sort()) {
      const child = path.join(folder, name);
      if (SKIPPED.has(name.toLowerCase()) || !isFolder(child)) continue;
      const named = SAMPLE_FOLDER_NAME.exec(name);
      if (named) found.push({ role: named[1]!.toLowerCase() === 'replay' ? 'Replay' : 'Pickup', path: child });
      await walk(child, depth + 1);
    }
  };
  await walk(root, 0);
  return found.filter((folder, index) => found.findIndex((other) => path.resolve(other.path) === path.resolve(folder.path)) === index);
}

export async function sampleEnvelopes(root: string, folders: readonly SampleFolder[]): Promise<SampleEnvelope[]> {
  const envelopes: SampleEnvelope[] = [];
  for (const folder of folders) {
    for (const name of (await listFolder(folder.path, root)).sort()) {
      if (!name.toLowerCase().endsWith('.eml')) continue;
      const file = path.join(folder.path, name);
      const raw = await readSample(root, file);
      if (!raw) continue;
      const read = envelopeOf(await (folder.role === 'Pickup' ? pickupSubmission : replaySubmission)(raw, SAMPLE_CONTEXT));
      if (read) envelopes.push({ file: path.relative(root, file).split(path.sep).join('/'), ...read });
    }
  }
  return envelopes;
}

/** Only the addresses are read, so the context's values do not matter; the limits are lifted. */
const SAMPLE_CONTEXT: SubmissionContext = {
  now: new Date(0), serverFqdn: 'localhost', defaultDomain: 'localhost', messageGuid: '00000000-0000-0000-0000-000000000000',
  maxHeaderSize: Number.MAX_SAFE_INTEGER, maxRecipients: Number.MAX_SAFE_INTEGER,
};

function envelopeOf(result: SubmissionResult): Omit<SampleEnvelope, 'file'> | undefined {
  if (result.kind === 'message') return { sender: result.submission.envelope.sender, recipients: result.submission.envelope.recipients.map((recipient) => recipient.address) };
  const { sender, recipients } = result.badmail;
  return sender === undefined && (recipients ?? []).length === 0 ? undefined : { sender: sender ?? '', recipients: recipients ?? [] };
}

async function readSample(root: string, file: string): Promise<Buffer | undefined> {
  try {
    if ((await fs.promises.stat(file)).size > LARGEST_SAMPLE) return undefined;
    return await readRegularFile(root, file);
  } catch (error) {
    // Taken by a running transport service meanwhile, or not a regular file: not a sample.
    if (isNotFound(error) || error instanceof NotRegularFileError) return undefined;
    throw error;
  }
}

function isFolder(folder: string): boolean {
  try {
    return fs.lstatSync(folder).isDirectory();
  } catch {
    return false;
  }
}
