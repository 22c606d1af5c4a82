// The claim journal. A message file is claimed by renaming it from .eml to .tmp, as Exchange does;
// its delivery plan (with the contents to copy) is then written as a claim record under
// `.exconn/transport/claims/` before any copy is made, and the record is deleted last, after the
// .tmp file. So after a crash:
//   - a .tmp file without a claim record was claimed but not planned: it is processed afresh;
//   - a claim record means the plan may be half carried out: it is carried out again, idempotently.

import * as path from 'node:path';
import { StateFileError } from '../errors';
import { listFolder, readJsonFile, removeDurably, removeFilesDurably, writeFilesAtomic, writeJsonAtomic } from '../storage';
import type { DeliveryPlan } from './deliveryPlan';
import type { DirectoryRole } from './envelope';

/** A message file renamed to .tmp, not yet planned. */
export interface ClaimedFile {
  directory: DirectoryRole;
  /** The Pickup or Replay folder, workspace-relative. */
  folder: string;
  /** The file's name as it was dropped (`test.eml`). */
  emlName: string;
  /** The name it was claimed under (`test.tmp`). */
  tmpName: string;
}

export interface ClaimRecord extends ClaimedFile {
  /** The message's sequence number (its internal-message-id). */
  seq: number;
  plan: DeliveryPlan;
}

export function claimFile(claimsFolder: string, seq: number): string {
  return path.join(claimsFolder, `${String(seq).padStart(10, '0')}.json`);
}

export async function saveClaim(workspaceRoot: string, claimsFolder: string, claim: ClaimRecord): Promise<void> {
  await writeJsonAtomic(workspaceRoot, claimFile(claimsFolder, claim.seq), claim);
}

/** Saves the claims of a batch of messages; when it returns, every record is on disk. */
export async function saveClaims(workspaceRoot: string, claimsFolder: string, claims: readonly ClaimRecord[]): Promise<void> {
  await writeFilesAtomic(workspaceRoot, claims.map((claim) => ({ file: claimFile(claimsFolder, claim.seq), data: `${JSON.stringify(claim, null, 2)}\n` })));
}

export async function removeClaims(workspaceRoot: string, claimsFolder: string, seqs: readonly number[]): Promise<void> {
  await removeFilesDurably(workspaceRoot, seqs.map((seq) => claimFile(claimsFolder, seq)));
}

export async function removeClaim(workspaceRoot: string, claimsFolder: string, seq: number): Promise<void> {
  await removeDurably(workspaceRoot, claimFile(claimsFolder, seq));
}

/** Every claim left by an earlier run, oldest first. */
export async function loadClaims(claimsFolder: string): Promise<ClaimRecord[]> {
  const names = (await listFolder(claimsFolder)).filter((name) => /^\d+\.json$/.test(name)).sort();
  const claims: ClaimRecord[] = [];
  for (const name of names) {
    const file = path.join(claimsFolder, name);
    const raw = await readJsonFile(file);
    if (raw === undefined) continue;
    if (!isClaim(raw)) throw new StateFileError(file, 'the claim record does not have the expected fields.');
    claims.push(raw);
  }
  return claims;
}

function isClaim(value: unknown): value is ClaimRecord {
  if (typeof value !== 'object' || value === null) return false;
  const claim = value as Partial<ClaimRecord>;
  return typeof claim.seq === 'number' && (claim.directory === 'Pickup' || claim.directory === 'Replay')
    && typeof claim.folder === 'string' && typeof claim.emlName === 'string' && typeof claim.tmpName === 'string'
    && typeof claim.plan === 'object' && claim.plan !== null && Array.isArray(claim.plan.outputs);
}
