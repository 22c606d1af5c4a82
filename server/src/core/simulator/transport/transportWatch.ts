// The Transport service left running: a pass at start, then a pass whenever a file arrives in the
// Pickup or Replay directory or the configuration changes (chokidar), and at least every five seconds
// (Exchange polls its directories every five seconds), which also retries the queue and picks up
// files the per-minute limit held back. Aborting the signal lets the current message finish, then
// the watch stops and resolves with the combined summary.

import { watch as watchFiles, type FSWatcher } from 'chokidar';
import { errorMessage } from '../errors';
import { simulatorLayout } from '../workspace/simulatorLayout';
import { DirectoryThrottle } from './directoryThrottle';
import { SequenceAllocator } from './sequence';
import { transportContext, transportDirectories } from './transportContext';
import { processOnce, type TransportOptions } from './transportPass';
import { emptySummary, type TransportSummary } from './transportOutcome';

export interface WatchOptions extends TransportOptions {
  /** Called after every pass that did something or hit a problem. */
  onPass?: (summary: TransportSummary) => void;
  /** The polling interval; 5000 ms by default, like Exchange. */
  pollIntervalMs?: number;
  /** How long a new file must stay unchanged before it is taken (it may still be being copied). */
  settleMs?: number;
}

export async function watch(workspaceRoot: string, options: WatchOptions, signal: AbortSignal): Promise<TransportSummary> {
  const layout = simulatorLayout(workspaceRoot);
  const total = emptySummary();
  const passOptions: TransportOptions = {
    ...options,
    signal,
    throttle: options.throttle ?? new DirectoryThrottle(),
    // The first pass on each directory is the service's start; the later ones leave loose .tmp files alone.
    started: options.started ?? new Set<string>(),
    sequence: options.sequence ?? new SequenceAllocator(layout.root, layout.sequenceFile),
  };
  let running: Promise<void> | undefined;
  let again = false;
  // A problem that lasts (a refused path) is reported when it appears, not every five seconds.
  let previousProblems = new Set<string>();
  const runPass = async (): Promise<void> => {
    do {
      again = false;
      let summary: TransportSummary;
      try {
        summary = await processOnce(workspaceRoot, passOptions);
      } catch (error) {
        summary = { ...emptySummary(), errors: [errorMessage(error)] };
      }
      const problems = new Set([...summary.errors, ...summary.warnings]);
      const news = { ...summary, errors: summary.errors.filter((e) => !previousProblems.has(e)), warnings: summary.warnings.filter((w) => !previousProblems.has(w)) };
      previousProblems = problems;
      merge(total, news);
      if (hasNews(news)) options.onPass?.(news);
      await updateWatchedFolders(watcher, workspaceRoot, options).catch(() => undefined);
    } while (again && !signal.aborted);
  };
  const schedule = (): void => {
    if (signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = runPass().finally(() => {
      running = undefined;
    });
  };
  // The state is config.json and the journal of changes since it was written (state/stateJournal.ts).
  const watcher = watchFiles([layout.stateFile, layout.stateJournalFile, layout.organizationFile], {
    ignoreInitial: true,
    depth: 0,
    awaitWriteFinish: { stabilityThreshold: options.settleMs ?? 200, pollInterval: 50 },
  });
  watcher.on('add', schedule).on('change', schedule).on('error', () => undefined);
  const timer = setInterval(schedule, options.pollIntervalMs ?? 5000);
  schedule();
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  clearInterval(timer);
  await running;
  await watcher.close();
  return total;
}

const watchedFolders = new WeakMap<FSWatcher, Set<string>>();

/** Follows the Pickup and Replay folders as Set-TransportService moves them. */
async function updateWatchedFolders(watcher: FSWatcher, workspaceRoot: string, options: TransportOptions): Promise<void> {
  const context = await transportContext(workspaceRoot, options);
  const wanted = new Set(transportDirectories(context).directories.map((directory) => directory.path));
  const current = watchedFolders.get(watcher) ?? new Set<string>();
  for (const folder of current) if (!wanted.has(folder)) watcher.unwatch(folder);
  for (const folder of wanted) if (!current.has(folder)) watcher.add(folder);
  watchedFolders.set(watcher, wanted);
}

function hasNews(summary: TransportSummary): boolean {
  return summary.messages.length > 0 || summary.queue.some((entry) => entry.result !== 'waiting') || summary.errors.length > 0 || summary.warnings.length > 0;
}

function merge(total: TransportSummary, summary: TransportSummary): void {
  total.messages.push(...summary.messages);
  total.queue.push(...summary.queue.filter((entry) => entry.result !== 'waiting'));
  total.throttled = summary.throttled;
  total.waiting = summary.waiting;
  total.errors.push(...summary.errors);
  for (const warning of summary.warnings) if (!total.warnings.includes(warning)) total.warnings.push(warning);
}
