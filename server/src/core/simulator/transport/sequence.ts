// Sequence numbers for messages: each one becomes a message's internal-message-id and the seed of its
// file names, so it must never be handed out twice, even across crashes. Numbers are reserved in
// blocks: the end of the block is written to disk before any number of it is used, so after a crash
// the next run starts past everything the dead run could have used (leaving a harmless gap).

import { readJsonFile, writeJsonAtomic } from '../workspace/storage';

const BLOCK = 100;

export class SequenceAllocator {
  private next = 0;
  private limit = 0;

  constructor(
    private readonly workspaceRoot: string,
    private readonly file: string,
  ) {}

  async allocate(): Promise<number> {
    if (this.next >= this.limit) await this.reserve();
    return this.next++;
  }

  private async reserve(): Promise<void> {
    const stored = await readJsonFile(this.workspaceRoot, this.file);
    const start = Math.max(readNext(stored), this.limit, 1);
    await writeJsonAtomic(this.workspaceRoot, this.file, { next: start + BLOCK });
    this.next = start;
    this.limit = start + BLOCK;
  }
}

function readNext(stored: unknown): number {
  if (typeof stored === 'object' && stored !== null && 'next' in stored && typeof stored.next === 'number' && Number.isInteger(stored.next)) return stored.next;
  return 1;
}
