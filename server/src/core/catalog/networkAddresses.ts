// IP addresses, ranges and bindings as Exchange's IPAddress, IPRange and IPBinding take them, and
// host and domain names, written once for every cmdlet family (Transport service DNS servers, Send connector source addresses,
// Receive connector bindings and remote ranges, transport rule sender ranges, internal SMTP servers).

import type { ValueType } from './types';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
export const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;
const H16 = '[0-9A-Fa-f]{1,4}';
const LS32 = `(?:${H16}:${H16}|${IPV4})`;
const groups = (count: string): string => `(?:${H16}:){${count}}`;
/** IPv6 as RFC 3986 writes it: eight groups, `::` for a run of zero groups, an IPv4 tail allowed. */
export const IPV6 = `(?:${[
  `${groups('6')}${LS32}`,
  `::${groups('5')}${LS32}`,
  `(?:${H16})?::${groups('4')}${LS32}`,
  `(?:${groups('0,1')}${H16})?::${groups('3')}${LS32}`,
  `(?:${groups('0,2')}${H16})?::${groups('2')}${LS32}`,
  `(?:${groups('0,3')}${H16})?::${H16}:${LS32}`,
  `(?:${groups('0,4')}${H16})?::${LS32}`,
  `(?:${groups('0,5')}${H16})?::${H16}`,
  `(?:${groups('0,6')}${H16})?::`,
].join('|')})`;
/** A host or domain name label: letters, digits and inner hyphens, 1–63 characters. */
const LABEL = '(?!-)[A-Za-z0-9-]{1,63}(?<!-)';
/** A host or domain name, `mail.contoso.com`, as a pattern fragment (no anchors). */
export const DOMAIN_NAME = `${LABEL}(?:\\.${LABEL})*`;

/** A TCP port, 1 through 65535. */
export const TCP_PORT = '(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3})';
const IPV4_PREFIX = '(?:3[0-2]|[12]?\\d)';
const IPV6_PREFIX = '(?:12[0-8]|1[01]\\d|[1-9]?\\d)';
/** A link-local address may carry its interface, `fe80::1%11`. */
const ZONE = '(?:%[0-9A-Za-z]+)?';

/** A local `IP:port` to listen on; IPv6 in brackets, as Exchange shows `[::]:25`. */
export const ipBinding: ValueType = {
  kind: 'string',
  pattern: `^(?:${IPV4}|\\[${IPV6}\\]):${TCP_PORT}$`,
  patternHint: 'must be a local IP address and TCP port such as 0.0.0.0:25, 10.0.0.5:2525 or [::]:25 (IPv6 in brackets, port 1–65535)',
};

/** Exchange's IPRange: one address, a range `first-last`, or a CIDR block `address/bits`. */
export const ipRange: ValueType = {
  kind: 'string',
  pattern: `^(?:${IPV4}(?:-${IPV4}|/${IPV4_PREFIX})?|${IPV6}${ZONE}|${IPV6}-${IPV6}|${IPV6}/${IPV6_PREFIX})$`,
  patternHint: 'must be an IP address (192.168.1.10), a range (192.168.1.1-192.168.1.254) or a CIDR block (192.168.1.0/24, 2001:db8::/32)',
};

/** One IPv4 or IPv6 address. */
export const ipAddress: ValueType = {
  kind: 'string',
  pattern: `^(?:${IPV4}|${IPV6}${ZONE})$`,
  patternHint: 'must be an IPv4 or IPv6 address such as 192.168.1.10',
};
