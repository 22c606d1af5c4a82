// The state of a script run, which holds the workspace lock from its first statement to its last:
// nobody else can change the state meanwhile, so it lives in memory, and each change is appended to
// the journal (stateJournal.ts) before the statement that made it goes on. config.json is written
// whole only when the journal has grown as large as the state itself (so the rewriting costs each
// change a constant share, whatever the size of the state) and once when the run ends.

import type { SimulatorState } from '../../model/simulatorState';
import { simulatorLayout } from '../workspace/simulatorLayout';
import { openAppendOnly, type AppendOnlyFile } from '../workspace/storage';
import { checkChange, readStoredState, writeWholeState } from './state';
import { applyStateChange, type StateChange } from './stateChange';
import { journalHeader, journalLine } from './stateJournal';

/** A journal smaller than this is never compacted before the run ends, however small the state. */
const MIN_COMPACTION_BYTES = 1 << 20;

export class JournaledState {
  private journal: AppendOnlyFile | undefined;

  private constructor(
    private readonly root: string,
    /** The state with every change applied; parts handed out must be copies (applyStateChange edits in place). */
    readonly state: SimulatorState,
    /** The base of config.json as it is on disk now, and its size. */
    private base: string,
    private stateBytes: number,
  ) {}

  /**
   * Loads the state for a run that holds the workspace lock. A journal left by a run that was
   * killed is folded into config.json first, so this run's journal starts clean over it.
   */
  static async open(workspaceRoot: string): Promise<JournaledState> {
    const stored = await readStoredState(workspaceRoot);
    if (stored.journal === 'none') return new JournaledState(workspaceRoot, stored.state, stored.base, stored.stateBytes);
    const written = await writeWholeState(workspaceRoot, stored.state);
    return new JournaledState(workspaceRoot, stored.state, written.base, written.bytes);
  }

  /**
   * Checks the change, appends it to the journal and applies it. When this returns, a kill of the
   * process no longer loses the change; if the append fails, the state in memory is unchanged.
   * Returns the change as applied: the state holds its parts, not the caller's objects.
   */
  async apply(change: StateChange): Promise<StateChange> {
    checkChange(change);
    const line = journalLine(change);
    const journal = this.journal ?? (await this.startJournal());
    journal.append(line);
    // The state takes the change as the journal's reader will rebuild it: from its line.
    const applied = JSON.parse(line) as StateChange;
    applyStateChange(this.state, applied);
    if (journal.size > Math.max(MIN_COMPACTION_BYTES, this.stateBytes)) await this.compact();
    return applied;
  }

  /** Writes config.json whole, durably, and deletes the journal; call it before the lock is let go. */
  async finish(): Promise<void> {
    if (this.journal) await this.compact();
  }

  private async startJournal(): Promise<AppendOnlyFile> {
    const journal = await openAppendOnly(this.root, simulatorLayout(this.root).stateJournalFile);
    journal.append(journalHeader(this.base));
    this.journal = journal;
    return journal;
  }

  /**
   * The journal is closed whatever happens: if the write fails, the disk holds the old config.json
   * with the whole journal, or the new one with a journal readers know is stale, and either is every
   * change so far; the next change then fails to start a journal beside the one left, and says so.
   */
  private async compact(): Promise<void> {
    try {
      const written = await writeWholeState(this.root, this.state);
      this.base = written.base;
      this.stateBytes = written.bytes;
    } finally {
      this.journal?.close();
      this.journal = undefined;
    }
  }
}
