// "Did you mean": the one edit distance and the one ranking of known names against a mistyped one,
// used for parameters, cmdlets, enum values, connector names, exconn.json keys and X.400 keys.
// Each kind of name has its own policy below, because how many slips are plausible and which of
// equally close names to offer first differ by kind; the policies live here so they are read side
// by side. Ranking ignores case, as PowerShell and Exchange do; the distance itself does not.

/**
 * The number of single-character edits that turn `a` into `b`: optimal string alignment, where
 * insertions, deletions, substitutions and swaps of two adjacent characters each cost 1, because
 * swapped letters (`-Enalbed`) are the most common typing slip.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rolling rows: the swap rule looks two rows back.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2] + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

/** How one kind of name is ranked. */
export interface SuggestionPolicy {
  /** The largest distance still offered, given the length of what was typed. */
  readonly maxDistance: (typedLength: number) => number;
  /** Whether a name equal to the typed one apart from case is offered (a case-sensitive lookup missed it). */
  readonly offerSameSpelling: boolean;
  /**
   * Whether a typo inside an abbreviation counts (`-DorpDir` for -DropDirectory): the distance to the
   * name's prefix of the typed length, plus one, when that is smaller than the whole-name distance.
   */
  readonly abbreviations: boolean;
  /**
   * Names that start with this many of the typed characters (or all of the shorter word) are offered
   * before any by distance, whatever their distance: `throttle` for `throttling`.
   */
  readonly sharedPrefix?: number;
  /** How many names to offer at most. */
  readonly limit: number;
  /** Among equally close names: the order the caller gave them in, or alphabetical. */
  readonly ties: 'given' | 'alphabetical';
}

/** Parameter names: short names allow fewer slips, so `-x` does not suggest everything; catalog order breaks ties. */
export const PARAMETER_NAMES: SuggestionPolicy = {
  maxDistance: (length) => Math.max(1, Math.min(3, Math.floor(length / 3))),
  offerSameSpelling: true,
  abbreviations: true,
  limit: 3,
  ties: 'given',
};

/** Cmdlet names: at most two slips; further than that the name is likely another module's cmdlet. */
export const CMDLET_NAMES: SuggestionPolicy = {
  maxDistance: () => 2,
  offerSameSpelling: false,
  abbreviations: false,
  limit: 1,
  ties: 'given',
};

/** Values from a list (enum values, connector names): a distance that grows with the length, alphabetical ties. */
export const LISTED_VALUES: SuggestionPolicy = {
  maxDistance: (length) => Math.max(2, Math.floor(length / 3)),
  offerSameSpelling: false,
  abbreviations: false,
  limit: 3,
  ties: 'alphabetical',
};

/** exconn.json keys: keys are matched exactly, so `Throttling` suggests `throttling`; a shared start wins. */
export const CONFIG_KEYS: SuggestionPolicy = {
  maxDistance: (length) => Math.max(2, Math.floor(length / 3)),
  offerSameSpelling: true,
  abbreviations: false,
  sharedPrefix: 5,
  limit: 1,
  ties: 'given',
};

/** Short keys (X.400 attribute keys): one slip at most, since two slips turn `pd` into any other two-letter key. */
export const SHORT_KEYS: SuggestionPolicy = {
  maxDistance: () => 1,
  offerSameSpelling: true,
  abbreviations: false,
  limit: 1,
  ties: 'given',
};

interface Ranked<T> {
  readonly candidate: T;
  readonly order: number;
  readonly label: string;
  /** -1 for a shared-prefix match (ahead of every distance), else the best distance over its spellings. */
  readonly rank: number;
  readonly distance: number;
}

/** The known names closest to `typed`, best first; empty when none is close enough. */
export function didYouMean(typed: string, known: readonly string[], policy: SuggestionPolicy): string[] {
  return rankCandidates(typed, known, policy, (name) => [name]);
}

/**
 * The candidates closest to `typed`, best first, where each candidate has several spellings (a
 * parameter's name and aliases) and counts by its closest one. The first spelling names it for
 * alphabetical ties.
 */
export function rankCandidates<T>(typed: string, candidates: readonly T[], policy: SuggestionPolicy, spellingsOf: (candidate: T) => readonly string[]): T[] {
  const lower = typed.toLowerCase();
  const limit = policy.maxDistance(lower.length);
  return candidates
    .map((candidate, order) => rank(lower, candidate, order, spellingsOf(candidate), policy))
    .filter((entry) => entry.rank <= limit && (policy.offerSameSpelling || entry.distance > 0))
    .sort((a, b) => a.rank - b.rank || tieBreak(a, b, policy))
    .slice(0, policy.limit)
    .map((entry) => entry.candidate);
}

function rank<T>(typed: string, candidate: T, order: number, spellings: readonly string[], policy: SuggestionPolicy): Ranked<T> {
  const lowered = spellings.map((spelling) => spelling.toLowerCase());
  const distance = Math.min(...lowered.map((spelling) => distanceTo(typed, spelling, policy.abbreviations)));
  const wanted = policy.sharedPrefix;
  const prefixed = wanted !== undefined && lowered.some((spelling) => startsAlike(typed, spelling, wanted));
  return { candidate, order, label: spellings[0] ?? '', rank: prefixed ? -1 : distance, distance };
}

function distanceTo(typed: string, spelling: string, abbreviations: boolean): number {
  const whole = editDistance(typed, spelling);
  if (!abbreviations || typed.length < 3 || typed.length >= spelling.length) return whole;
  return Math.min(whole, editDistance(typed, spelling.slice(0, typed.length)) + 1);
}

function startsAlike(typed: string, spelling: string, wanted: number): boolean {
  let shared = 0;
  while (shared < typed.length && shared < spelling.length && typed[shared] === spelling[shared]) shared++;
  return shared >= Math.min(wanted, typed.length, spelling.length);
}

function tieBreak<T>(a: Ranked<T>, b: Ranked<T>, policy: SuggestionPolicy): number {
  return policy.ties === 'alphabetical' ? a.label.localeCompare(b.label) || a.order - b.order : a.order - b.order;
}
