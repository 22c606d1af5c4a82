// IP addresses, ranges and bindings as numbers, so that two of them can be compared: whether two
// Receive connectors listen on the same local address and port, and whether their remote ranges
// are equal, nested, apart or cross. The catalog's patterns (catalog/networkAddresses.ts) decide
// what text is accepted; this reads text those patterns accept.

export type IpFamily = 4 | 6;

export interface IpAddress {
  family: IpFamily;
  value: bigint;
}

/** An inclusive range of one family: a single address has first === last. */
export interface IpRange {
  family: IpFamily;
  first: bigint;
  last: bigint;
  /** As written, for messages. */
  text: string;
}

/** A local `IP:port` a Receive connector listens on. */
export interface IpBinding {
  address: IpAddress;
  port: number;
  text: string;
}

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

/** An IPv4 or IPv6 address (a zone such as `%11` ignored); undefined for anything else. */
export function parseIpAddress(text: string): IpAddress | undefined {
  const trimmed = text.trim().replace(/%[0-9A-Za-z]+$/, '');
  if (trimmed.includes(':')) {
    const value = ipv6Value(trimmed);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = ipv4Value(trimmed);
  return value === undefined ? undefined : { family: 4, value };
}

function ipv4Value(text: string): bigint | undefined {
  const octets = text.split('.');
  if (octets.length !== 4 || !octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)) return undefined;
  return octets.reduce((total, octet) => (total << 8n) | BigInt(Number(octet)), 0n);
}

/** Eight 16-bit groups; `::` stands for the zero groups it leaves out; the last two may be an IPv4 tail. */
function ipv6Value(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.reduce((total, group) => (total << 16n) | BigInt(group), 0n);
}

function groupsOf(part: string): number[] | undefined {
  if (part === '') return [];
  const pieces = part.split(':');
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (index === pieces.length - 1 && piece.includes('.')) {
      const v4 = ipv4Value(piece);
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(piece)) {
      groups.push(parseInt(piece, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

/** Exchange's IPRange: an address, `first-last`, or `address/bits`. */
export function parseIpRange(text: string): IpRange | undefined {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash >= 0) return cidrRange(trimmed, slash);
  const dash = trimmed.indexOf('-');
  if (dash >= 0) {
    const first = parseIpAddress(trimmed.slice(0, dash));
    const last = parseIpAddress(trimmed.slice(dash + 1));
    if (!first || !last || first.family !== last.family || first.value > last.value) return undefined;
    return { family: first.family, first: first.value, last: last.value, text: trimmed };
  }
  const address = parseIpAddress(trimmed);
  return address && { family: address.family, first: address.value, last: address.value, text: trimmed };
}

function cidrRange(text: string, slash: number): IpRange | undefined {
  const address = parseIpAddress(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(bitsText)) return undefined;
  const total = BITS[address.family];
  const bits = Number(bitsText);
  if (bits > total) return undefined;
  const hostMask = (1n << BigInt(total - bits)) - 1n;
  return { family: address.family, first: address.value & ~hostMask, last: address.value | hostMask, text };
}

/** `10.0.0.5:25` or `[::]:25`. */
export function parseIpBinding(text: string): IpBinding | undefined {
  const trimmed = text.trim();
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(trimmed);
  if (!match) return undefined;
  const address = parseIpAddress(match[1] ?? match[2]);
  const port = Number(match[3]);
  if (!address || (match[1] !== undefined) !== (address.family === 6) || port < 1 || port > 65535) return undefined;
  return { address, port, text: trimmed };
}

/** The whole address space of both families, as a Receive connector without -RemoteIPRanges has it. */
export const ALL_REMOTE_ADDRESSES: readonly IpRange[] = Object.freeze([
  { family: 6, first: 0n, last: (1n << 128n) - 1n, text: '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' },
  { family: 4, first: 0n, last: (1n << 32n) - 1n, text: '0.0.0.0-255.255.255.255' },
]);

export function sameBinding(a: IpBinding, b: IpBinding): boolean {
  return a.port === b.port && a.address.family === b.address.family && a.address.value === b.address.value;
}

/** How two ranges lie: the same addresses, one inside the other, no address in common, or crossing. */
export type RangeRelation = 'equal' | 'nested' | 'apart' | 'crossing';

export function rangeRelation(a: IpRange, b: IpRange): RangeRelation {
  if (a.family !== b.family || a.last < b.first || b.last < a.first) return 'apart';
  if (a.first === b.first && a.last === b.last) return 'equal';
  const aInB = b.first <= a.first && a.last <= b.last;
  const bInA = a.first <= b.first && b.last <= a.last;
  return aInB || bInA ? 'nested' : 'crossing';
}
