// One writer at a time per workspace. Two `exconn` processes (a script run and the transport, or two
// transports) that change the same `.exconn/` must take turns, or one would overwrite the other's
// state. The lock is the file `.exconn/lock`, created exclusively and holding the owner's pid; a lock
// whose owner has died (kill -9, a crash) is stale and is taken over. Within one process an async
// mutex queues callers first, and a caller that already holds the lock may nest without deadlock.

import { AsyncLocalStorage } from 'node:async_hooks';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkspaceLockError } from '../errors';
import { assertInsideWorkspace } from './pathGuard';
import { simulatorLayout } from './simulatorLayout';
import { hasCode, isNotFound } from './storage';

export interface LockOptions {
  /** How long to wait for another process before giving up; 30 s by default. */
  timeoutMs?: number;
  /** How often to look again while waiting; 50 ms by default. */
  pollMs?: number;
}

interface LockOwner {
  pid: number;
  host: string;
  acquiredAt: string;
}

/** A lock file that is empty or unreadable for this long belongs to a process that died while creating it. */
const UNWRITTEN_LOCK_GRACE_MS = 2000;
/** The break file is held for microseconds; one this old was left by a process that died breaking a lock. */
const STALE_BREAK_MS = 10000;

const heldLocks = new AsyncLocalStorage<Set<string>>();
const processQueues = new Map<string, Promise<void>>();

/** Runs `action` while holding the workspace lock, and releases it however `action` ends. */
export async function withWorkspaceLock<T>(workspaceRoot: string, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const key = path.resolve(workspaceRoot);
  const held = heldLocks.getStore();
  if (held?.has(key)) return action();
  return inProcessQueue(key, async () => {
    const release = await acquireFileLock(key, options);
    try {
      return await heldLocks.run(new Set([...(held ?? []), key]), action);
    } finally {
      await release();
    }
  });
}

/** Serialises callers inside this process, so the file lock only ever arbitrates between processes. */
async function inProcessQueue<T>(key: string, action: () => Promise<T>): Promise<T> {
  const previous = processQueues.get(key) ?? Promise.resolve();
  let done: () => void = () => undefined;
  const current = new Promise<void>((resolve) => {
    done = resolve;
  });
  const chain = previous.then(() => current);
  processQueues.set(key, chain);
  await previous;
  try {
    return await action();
  } finally {
    done();
    if (processQueues.get(key) === chain) processQueues.delete(key);
  }
}

async function acquireFileLock(workspaceRoot: string, options: LockOptions): Promise<() => Promise<void>> {
  const layout = simulatorLayout(workspaceRoot);
  assertInsideWorkspace(workspaceRoot, layout.lockFile, 'create the workspace lock');
  await fs.promises.mkdir(layout.simulatorFolder, { recursive: true });
  const deadline = Date.now() + (options.timeoutMs ?? 30000);
  const pollMs = options.pollMs ?? 50;
  for (;;) {
    if (await tryCreateLock(layout.lockFile)) return () => releaseLock(layout.lockFile);
    const owner = await readOwner(layout.lockFile);
    if (await isStale(layout.lockFile, owner)) {
      await breakStaleLock(layout.lockFile, layout.lockBreakFile, owner);
      continue;
    }
    if (Date.now() >= deadline) throw lockTimeout(layout.lockFile, owner);
    await sleep(pollMs);
  }
}

async function tryCreateLock(lockFile: string): Promise<boolean> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(lockFile, 'wx');
  } catch (error) {
    if (hasCode(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    const owner: LockOwner = { pid: process.pid, host: os.hostname(), acquiredAt: new Date().toISOString() };
    await handle.writeFile(JSON.stringify(owner));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function releaseLock(lockFile: string): Promise<void> {
  const owner = await readOwner(lockFile);
  // Only remove our own lock: if it was (wrongly) broken, the new owner's lock must stay.
  if (owner?.pid === process.pid && owner.host === os.hostname()) await fs.promises.rm(lockFile, { force: true });
}

async function readOwner(lockFile: string): Promise<LockOwner | undefined> {
  try {
    const parsed = JSON.parse(await fs.promises.readFile(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, acquiredAt: String(parsed.acquiredAt ?? '') };
    }
  } catch {
    // Empty or half-written: judged by age in isStale.
  }
  return undefined;
}

async function isStale(lockFile: string, owner: LockOwner | undefined): Promise<boolean> {
  if (!owner) return (await ageOf(lockFile)) > UNWRITTEN_LOCK_GRACE_MS;
  // A lock from another machine (a shared folder) cannot be checked; it is waited for, then reported.
  if (owner.host !== os.hostname()) return false;
  return !isProcessAlive(owner.pid);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return hasCode(error, 'EPERM');
  }
}

/**
 * Removes a stale lock. Two processes may find the same stale lock at once; only the one that
 * creates `lock.break` may remove it, and it checks again that the lock still names the dead owner,
 * so a fresh lock taken meanwhile by the other is never removed.
 */
async function breakStaleLock(lockFile: string, breakFile: string, staleOwner: LockOwner | undefined): Promise<void> {
  if (!(await tryCreateLock(breakFile))) {
    if ((await ageOf(breakFile)) > STALE_BREAK_MS) await fs.promises.rm(breakFile, { force: true });
    else await sleep(10);
    return;
  }
  try {
    const current = await readOwner(lockFile);
    const unchanged = current?.pid === staleOwner?.pid && current?.acquiredAt === staleOwner?.acquiredAt;
    if (unchanged && (await isStale(lockFile, current))) await fs.promises.rm(lockFile, { force: true });
  } finally {
    await fs.promises.rm(breakFile, { force: true });
  }
}

async function ageOf(file: string): Promise<number> {
  try {
    return Date.now() - (await fs.promises.stat(file)).mtimeMs;
  } catch (error) {
    if (isNotFound(error)) return 0;
    throw error;
  }
}

function lockTimeout(lockFile: string, owner: LockOwner | undefined): WorkspaceLockError {
  const who = owner ? `process ${owner.pid} on ${owner.host} (since ${owner.acquiredAt})` : 'another process';
  return new WorkspaceLockError(
    `The workspace is locked by ${who}: ${lockFile}.`,
    'Wait for that exconn run (a script or the transport service) to finish. If no exconn process is running, delete the lock file.',
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
