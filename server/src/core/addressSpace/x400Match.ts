// Whether an X.400 address space covers a recipient's O/R address, and how closely.
//
// An address space names only as much of the O/R address as routing needs (Exchange 5.5/2003
// "Address Space" pages), so it matches when every attribute it gives agrees with the recipient's;
// attributes it leaves out match anything. Comparison ignores case and leading, trailing and
// repeated spaces (KB Q108732). `*` stands for any run of characters and `%` for one character
// (Exchange address-space wildcards); a value of just `*`, or the ADMD written as one space, matches
// any value. Each exactly matched attribute counts 2 towards specificity, each wildcard pattern 1,
// so a space naming more of the hierarchy wins.

import type { X400AddressSpace, X400Attribute, X400AttributeValues } from './addressSpace';
import { findX400Attribute } from './x400Attributes';
import { attributeIdentity } from './x400Rules';
import { hasX400Wildcard, isBlankAdmd } from './x400Value';

const NO_MATCH = { matched: false, specificity: 0 } as const;

export function matchX400(space: X400AddressSpace, recipient: X400AttributeValues) {
  const values = normalizeRecipientKeys(recipient);
  let specificity = 1;
  for (const attribute of space.attributes) {
    const score = attributeScore(attribute, values);
    if (score < 0) return NO_MATCH;
    specificity += score;
  }
  return { matched: true, specificity };
}

/** 2 for an exact match, 1 for a wildcard pattern, 0 for "any", -1 for a mismatch. */
function attributeScore(attribute: X400Attribute, values: ReadonlyMap<string, string>): number {
  const info = findX400Attribute(attribute.canonicalKey);
  if ((info && isBlankAdmd(info, attribute.value)) || attribute.value.trim() === '*') return 0;
  const actual = values.get(attributeIdentity(attribute));
  if (actual === undefined) return -1;
  const pattern = normalizeX400Value(attribute.value);
  if (hasX400Wildcard(pattern)) return wildcardRegExp(pattern).test(normalizeX400Value(actual)) ? 1 : -1;
  return pattern === normalizeX400Value(actual) ? 2 : -1;
}

/** Case and space folding used by X.400 comparisons. */
export function normalizeX400Value(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Keys in any case or alias (`P`, `PRMD`, `dda:RFC-822`) → the identities the space uses. */
function normalizeRecipientKeys(recipient: X400AttributeValues): ReadonlyMap<string, string> {
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(recipient)) {
    const lower = key.trim().toLowerCase();
    const identity = lower.startsWith('dda:') ? `dda:${lower.slice(4).trim()}` : (findX400Attribute(lower)?.key ?? lower);
    values.set(identity, value);
  }
  return values;
}

function wildcardRegExp(pattern: string): RegExp {
  const source = [...pattern]
    .map((ch) => (ch === '*' ? '.*' : ch === '%' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's');
}
