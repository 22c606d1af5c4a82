// Custom address spaces (any type other than SMTP and X400, e.g. FAX for a fax gateway). Exchange
// accepts any text as their address (New-ForeignConnector reference); for routing we read a
// trailing `*` as "any rest", the wildcard convention of Exchange's address spaces, so `FAX:+1425*`
// covers every number that starts with +1425 and `FAX:*` every FAX address.

export interface CustomAddressPattern {
  /** The text before a trailing `*`, lower case; the whole address when there is no wildcard. */
  prefix: string;
  /** True when the address ends with `*`. */
  isPrefix: boolean;
}

export function customAddressPattern(address: string): CustomAddressPattern {
  const trimmed = address.trim().toLowerCase();
  if (trimmed.endsWith('*')) return { prefix: trimmed.slice(0, -1), isPrefix: true };
  return { prefix: trimmed, isPrefix: false };
}

/** Whether a custom address fits the pattern (case-insensitive, like Exchange's proxy addresses). */
export function customAddressMatches(pattern: CustomAddressPattern, address: string): boolean {
  const candidate = address.trim().toLowerCase();
  return pattern.isPrefix ? candidate.startsWith(pattern.prefix) : candidate === pattern.prefix;
}
