// The claim journal. A message file is claimed by renaming it from .eml to .tmp, as Exchange does;
// the delivery plans of a batch of claimed files are then written as one journal file under
// `.exconn/transport/claims/` before any copy is made, and the journal is deleted last, after the
// batch's .tmp files. So after a crash:
//   - a .tmp file no journal names was claimed but not planned: it is processed afresh;
//   - a journal means its plans may be half carried out: each is carried out again, idempotently.
//
// A journal does not hold the messages themselves. A copy the transport makes is the claimed file
// with a changed header (and a DSN may quote it), so each content is stored as the text before its
// longest tail in common with the claimed file plus where that tail starts in the file, and the file's
// size and SHA-256. A resumed plan reads the tail back from the .tmp file, which is still there when
// a copy is missing: it is removed only after every copy of its message is on disk. A file under the
// .tmp name whose hash differs is not the claimed one and is left alone.
//
// Journals are `<first seq>-batch.json`. Claim records of one message each (`<seq>.json`, with the
// contents in full) are what earlier versions wrote; they are still read and resumed.

import * as path from 'node:path';
import { StateFileError } from '../errors';
import { contentHash } from '../state/guid';
import { isNotFound, listFolder, readJsonFile, readRegularFile, removeDurably, writeFileAtomic, writeJsonAtomic } from '../workspace/storage';
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
  /**
   * The plan. In a claim read from a journal, `plan.contents` lacks the contents listed in `tails`
   * (claimContents restores them from the .tmp file).
   */
  plan: DeliveryPlan;
  /** The claimed file the tails are read from: its size in bytes and SHA-256 (hex). */
  source?: { bytes: number; sha256: string };
  /** Contents kept as a head plus the claimed file's bytes from `from` to its end (latin1 text), by content key. */
  tails?: Record<string, ContentTail>;
}

/** A content kept as `head`, then the claimed file's bytes from `from` to its end, then `trail` (a DSN's closing MIME boundary, say). */
export interface ContentTail {
  head: string;
  from: number;
  trail?: string;
}

/** The claim journal files left in the claims folder, and the claims each holds. */
export interface ClaimJournal {
  file: string;
  claims: ClaimRecord[];
}

/** A claim to journal, with the claimed file's bytes its contents are compared with, and their SHA-256 (hex). */
export interface ClaimToJournal {
  claim: ClaimRecord;
  raw: Buffer;
  sha256: string;
}

const JOURNAL_NAME = /^(\d+)-batch\.json$/;
const SINGLE_CLAIM_NAME = /^\d+\.json$/;

/** A tail shorter than this is not worth a reference: the content is kept whole. */
const MIN_TAIL = 256;

export function claimFile(claimsFolder: string, seq: number): string {
  return path.join(claimsFolder, `${String(seq).padStart(10, '0')}.json`);
}

export function journalFile(claimsFolder: string, firstSeq: number): string {
  return path.join(claimsFolder, `${String(firstSeq).padStart(10, '0')}-batch.json`);
}

/** Saves one message's claim record with its contents in full (the format earlier versions wrote). */
export async function saveClaim(workspaceRoot: string, claimsFolder: string, claim: ClaimRecord): Promise<void> {
  await writeJsonAtomic(workspaceRoot, claimFile(claimsFolder, claim.seq), claim);
}

/**
 * Saves the claims of a batch as one journal file, atomically and flushed (file and folder): when
 * it returns the journal is on disk. Returns the journal.
 */
export async function saveJournal(workspaceRoot: string, claimsFolder: string, entries: readonly ClaimToJournal[]): Promise<ClaimJournal> {
  const claims = entries.map((entry) => entry.claim);
  const file = journalFile(claimsFolder, Math.min(...claims.map((claim) => claim.seq)));
  await writeFileAtomic(workspaceRoot, file, journalText(entries.map((entry) => storedClaim(entry))));
  return { file, claims };
}

/**
 * Replaces a journal with the claims of it that are still unfinished (removes it when none are),
 * atomically and flushed.
 */
export async function rewriteJournal(workspaceRoot: string, journal: ClaimJournal, unfinished: readonly ClaimRecord[]): Promise<void> {
  if (unfinished.length === 0) {
    await removeDurably(workspaceRoot, journal.file);
    return;
  }
  if (unfinished.length === journal.claims.length) return;
  // The claims are as the journal stored them (heads and tails), and are written back so.
  await writeFileAtomic(workspaceRoot, journal.file, journalText(unfinished));
}

export async function removeJournal(workspaceRoot: string, journal: ClaimJournal): Promise<void> {
  await removeDurably(workspaceRoot, journal.file);
}

/** One claim per line, so a journal can be read (and diffed) by a person. */
function journalText(claims: readonly ClaimRecord[]): string {
  return `{"version":1,"claims":[\n${claims.map((claim) => JSON.stringify(claim)).join(',\n')}\n]}\n`;
}

/**
 * The claim as the journal keeps it: with the claimed file's size and hash, and the contents that end
 * like the claimed file kept as their heads only.
 */
function storedClaim({ claim, raw, sha256: hash }: ClaimToJournal): ClaimRecord {
  const source = raw.toString('latin1');
  const contents: Record<string, string> = {};
  const tails: Record<string, ContentTail> = {};
  for (const [key, content] of Object.entries(claim.plan.contents)) {
    const tail = contentTail(content, source);
    if (tail) tails[key] = tail;
    else contents[key] = content;
  }
  return { ...claim, plan: { ...claim.plan, contents }, source: { bytes: raw.length, sha256: hash }, tails };
}

/**
 * `content` as a head, the end of `source` and a trail, when the end of `source` it holds is long
 * enough to be worth it. The end of `source` is looked for at the end of `content` (a copy of the
 * message), else where the last bytes of `source` last occur in it (a DSN quoting the message).
 */
function contentTail(content: string, source: string): ContentTail | undefined {
  let end = content.length;
  if (commonTailLength(content, source) < MIN_TAIL) {
    const probe = source.slice(-PROBE);
    const at = probe.length === PROBE ? content.lastIndexOf(probe) : -1;
    if (at < 0) return undefined;
    end = at + PROBE;
  }
  const common = commonTailLength(content.slice(0, end), source);
  if (common < MIN_TAIL) return undefined;
  return { head: content.slice(0, end - common), from: source.length - common, ...(end < content.length ? { trail: content.slice(end) } : {}) };
}

/** How many of the source's last characters are looked for inside a content that does not end like it. */
const PROBE = 64;

/**
 * The length of the longest common tail of two strings. Tails of equal length are compared whole (a
 * native comparison), and the length is found by bisection, as a shorter tail is common whenever a
 * longer one is.
 */
function commonTailLength(a: string, b: string): number {
  let low = 0; // a common tail length
  let high = Math.min(a.length, b.length); // an upper bound
  if (a.endsWith(b.slice(b.length - high))) return high;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (a.endsWith(b.slice(b.length - middle))) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * The claimed file's bytes, or undefined when the file is gone or is not the one the claim planned
 * (its size or SHA-256 differs: another message was claimed under the name since). Claim records of
 * earlier versions carry no hash; their file is taken as it is.
 */
export async function readClaimedSource(workspaceRoot: string, claim: ClaimRecord, tmpFile: string): Promise<Buffer | undefined> {
  let raw: Buffer;
  try {
    raw = await readRegularFile(workspaceRoot, tmpFile);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  if (claim.source && (raw.length !== claim.source.bytes || contentHash(raw) !== claim.source.sha256)) return undefined;
  return raw;
}

/** The plan's contents in full: those the journal kept whole, and those it kept as tails of `raw` (from readClaimedSource). */
export function claimContents(claim: ClaimRecord, raw: Buffer): Record<string, string> {
  const tails = Object.entries(claim.tails ?? {});
  if (tails.length === 0) return claim.plan.contents;
  const source = raw.toString('latin1');
  const contents = { ...claim.plan.contents };
  for (const [key, tail] of tails) contents[key] = tail.head + source.slice(tail.from) + (tail.trail ?? '');
  return contents;
}

/** Every journal left by an earlier run (claim records of one message each count as journals of one), oldest first. */
export async function loadJournals(workspaceRoot: string, claimsFolder: string): Promise<ClaimJournal[]> {
  const names = (await listFolder(claimsFolder)).filter((name) => JOURNAL_NAME.test(name) || SINGLE_CLAIM_NAME.test(name));
  const firstSeq = (name: string) => Number(/^\d+/.exec(name)?.[0]);
  names.sort((a, b) => firstSeq(a) - firstSeq(b) || (a < b ? -1 : a > b ? 1 : 0));
  const journals: ClaimJournal[] = [];
  for (const name of names) {
    const file = path.join(claimsFolder, name);
    const raw = await readJsonFile(workspaceRoot, file);
    if (raw === undefined) continue;
    const claims = JOURNAL_NAME.test(name) ? journalClaims(raw) : [raw];
    if (!claims || !claims.every(isClaim)) throw new StateFileError(file, 'the claim record does not have the expected fields.');
    journals.push({ file, claims });
  }
  return journals;
}

/** Every claim left by an earlier run, oldest journal first. */
export async function loadClaims(workspaceRoot: string, claimsFolder: string): Promise<ClaimRecord[]> {
  return (await loadJournals(workspaceRoot, claimsFolder)).flatMap((journal) => journal.claims);
}

function journalClaims(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || !('claims' in value) || !Array.isArray(value.claims)) return undefined;
  return value.claims as unknown[];
}

function isClaim(value: unknown): value is ClaimRecord {
  if (typeof value !== 'object' || value === null) return false;
  const claim = value as Partial<ClaimRecord>;
  return typeof claim.seq === 'number' && (claim.directory === 'Pickup' || claim.directory === 'Replay')
    && typeof claim.folder === 'string' && typeof claim.emlName === 'string' && typeof claim.tmpName === 'string'
    && typeof claim.plan === 'object' && claim.plan !== null && Array.isArray(claim.plan.outputs)
    && typeof claim.plan.contents === 'object' && claim.plan.contents !== null
    && (claim.tails === undefined || (typeof claim.source === 'object' && claim.source !== null && typeof claim.source.sha256 === 'string'));
}

