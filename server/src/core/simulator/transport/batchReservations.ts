// What the messages of a batch have planned but not yet written. A batch is planned as a whole before
// any of its copies is made (the claim records must be on disk first), so a later message of the batch
// must see the earlier ones' planned files as if they were there: the bytes headed for a Drop
// directory count against its quota, a connector with a message queued keeps later ones queued behind
// it, and a name taken by a planned file is not planned twice. It also remembers, for the batch, what
// planning looked up in the workspace. Cleared once the batch is written.

import * as path from 'node:path';

export class BatchReservations {
  private readonly dropBytes = new Map<string, number>();
  private readonly queuedConnectors = new Set<string>();
  private readonly names = new Set<string>();
  private readonly lookups = new Map<string, unknown>();

  /** Bytes planned into a Drop folder by this batch. */
  plannedBytes(folder: string): number {
    return this.dropBytes.get(path.resolve(folder)) ?? 0;
  }

  addDropBytes(folder: string, bytes: number): void {
    const key = path.resolve(folder);
    this.dropBytes.set(key, (this.dropBytes.get(key) ?? 0) + bytes);
  }

  hasQueued(connectorGuid: string): boolean {
    return this.queuedConnectors.has(connectorGuid);
  }

  markQueued(connectorGuid: string): void {
    this.queuedConnectors.add(connectorGuid);
  }

  /** Takes a file name (absolute) for a planned file; false when another planned file has it. */
  takeName(file: string): boolean {
    const key = path.resolve(file);
    if (this.names.has(key)) return false;
    this.names.add(key);
    return true;
  }

  /**
   * What `look` finds, looked up once per batch: for facts about the workspace that only this pass
   * changes while it holds the lock (whether a Drop directory can be used, whether a queue holds
   * messages), so each message need not ask the file system again.
   */
  remember<T>(key: string, look: () => T): T {
    if (!this.lookups.has(key)) this.lookups.set(key, look());
    return this.lookups.get(key) as T;
  }

  clear(): void {
    this.lookups.clear();
    this.dropBytes.clear();
    this.queuedConnectors.clear();
    this.names.clear();
  }
}
