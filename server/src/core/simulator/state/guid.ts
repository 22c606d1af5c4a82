// Deterministic GUIDs and hashes. Exchange gives every object a GUID; the simulator derives them
// from stable seeds (a connector's name, a message's sequence number) so that runs are repeatable and
// a message processed again after a crash gets the same file names as the first time.

import { createHash } from 'node:crypto';

/** A version-5-style GUID (SHA-1 of the seed), lower case with hyphens: the same seed, the same GUID. */
export function deterministicGuid(seed: string): string {
  const bytes = createHash('sha1').update(`exconn:${seed}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** SHA-256 of some bytes, in hex. */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
