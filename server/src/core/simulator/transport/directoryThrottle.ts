// PickupDirectoryMaxMessagesPerMinute: how many files the Pickup directory, and separately the Replay
// directory, take per minute (the Exchange 2013 topic: the limit applies to both directories). A
// sliding window over the last sixty seconds of real time; exconn.json can switch throttling off.

import type { DirectoryRole } from './envelope';

const WINDOW_MS = 60_000;

export class DirectoryThrottle {
  private readonly taken = new Map<DirectoryRole, number[]>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Takes one slot for a file if the directory is under its limit. */
  tryTake(role: DirectoryRole, perMinute: number): boolean {
    const recent = this.recent(role);
    if (recent.length >= perMinute) return false;
    recent.push(this.now());
    return true;
  }

  /** Milliseconds until a slot frees up (0 when one is free). */
  waitMs(role: DirectoryRole, perMinute: number): number {
    const recent = this.recent(role);
    if (recent.length < perMinute) return 0;
    return Math.max(0, recent[recent.length - perMinute] + WINDOW_MS - this.now());
  }

  private recent(role: DirectoryRole): number[] {
    const cutoff = this.now() - WINDOW_MS;
    const kept = (this.taken.get(role) ?? []).filter((time) => time > cutoff);
    this.taken.set(role, kept);
    return kept;
  }
}
