// What the messages of batches have planned but not yet written. A batch is planned as a whole before
// any of its copies is made (its claim journal must be on disk first), and the next batch is planned
// while the previous one is being written; so a message must see the files planned before it as if
// they were there: the bytes headed for a Drop directory count against its quota, a connector with a
// message queued keeps later ones queued behind it, and a name taken by a planned file is not planned
// twice. Each batch's reservations are a generation, released once its files are on disk and no
// batch planned while they were in flight is still being planned. It also remembers, for the batch
// being planned, what planning looked up in the workspace.

import * as path from 'node:path';

export class BatchReservations {
  private current = 0;
  private readonly dropBytes = new Map<number, Map<string, number>>();
  private readonly queuedConnectors = new Map<number, Set<string>>();
  private readonly names = new Map<string, number>();
  private readonly lookups = new Map<string, unknown>();

  /** Starts planning a batch: what it reserves from now on is its generation; lookups start afresh. */
  begin(): number {
    this.lookups.clear();
    return ++this.current;
  }

  /** Bytes planned into a Drop folder and not yet released. */
  plannedBytes(folder: string): number {
    const key = path.resolve(folder);
    let total = 0;
    for (const bytes of this.dropBytes.values()) total += bytes.get(key) ?? 0;
    return total;
  }

  addDropBytes(folder: string, bytes: number): void {
    const key = path.resolve(folder);
    const own = this.dropBytes.get(this.current) ?? new Map<string, number>();
    this.dropBytes.set(this.current, own);
    own.set(key, (own.get(key) ?? 0) + bytes);
  }

  hasQueued(connectorGuid: string): boolean {
    for (const connectors of this.queuedConnectors.values()) if (connectors.has(connectorGuid)) return true;
    return false;
  }

  markQueued(connectorGuid: string): void {
    const own = this.queuedConnectors.get(this.current) ?? new Set<string>();
    this.queuedConnectors.set(this.current, own);
    own.add(connectorGuid);
  }

  /** Takes a file name (absolute) for a planned file; false when another planned file has it. */
  takeName(file: string): boolean {
    const key = path.resolve(file);
    if (this.names.has(key)) return false;
    this.names.set(key, this.current);
    return true;
  }

  /** Whether a planned file, not yet released, has this name (absolute). */
  isPlanned(file: string): boolean {
    return this.names.has(path.resolve(file));
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

  /** Forgets a generation's reservations: its files are on disk now (or it failed, and its journal keeps its names). */
  release(generation: number): void {
    this.dropBytes.delete(generation);
    this.queuedConnectors.delete(generation);
    for (const [name, owner] of this.names) if (owner === generation) this.names.delete(name);
    if (generation === this.current) this.lookups.clear();
  }

  /** Forgets everything. */
  clear(): void {
    this.lookups.clear();
    this.dropBytes.clear();
    this.queuedConnectors.clear();
    this.names.clear();
  }
}
