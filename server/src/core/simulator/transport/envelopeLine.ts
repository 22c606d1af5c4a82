// The value of an X-Sender or X-Receiver field: an address, usually in angle brackets, followed by
// ESMTP parameters as an exported message carries them, e.g.
//   X-Sender: <bob@fabrikam.com> BODY=7bit RET=HDRS ENVID=12345ABCD auth=<someAuth>
//   X-Receiver: <mary@contoso.com> NOTIFY=NEVER ORcpt=mary@contoso.com
// Parameter names are case-insensitive (RFC 5321); RET, ENVID, NOTIFY and ORCPT are RFC 3461's.

import type { NotifyCondition } from './envelope';

export type EnvelopeLine = { ok: true; address: string; parameters: Map<string, string> } | { ok: false; problem: string };

export function parseEnvelopeLine(value: string): EnvelopeLine {
  const text = value.trim();
  let address: string;
  let rest: string;
  if (text.startsWith('<')) {
    const close = text.indexOf('>');
    if (close < 0) return { ok: false, problem: `the address '${text}' opens '<' but never closes it` };
    address = text.slice(1, close).trim();
    rest = text.slice(close + 1);
  } else {
    const space = text.search(/\s/);
    address = space < 0 ? text : text.slice(0, space);
    rest = space < 0 ? '' : text.slice(space);
  }
  const parameters = new Map<string, string>();
  for (const token of rest.trim().split(/\s+/).filter(Boolean)) {
    const equals = token.indexOf('=');
    if (equals <= 0) return { ok: false, problem: `'${token}' is not a parameter of the form NAME=value` };
    parameters.set(token.slice(0, equals).toUpperCase(), token.slice(equals + 1));
  }
  return { ok: true, address, parameters };
}

const NOTIFY_VALUES: readonly NotifyCondition[] = ['NEVER', 'SUCCESS', 'FAILURE', 'DELAY'];

/** NOTIFY=NEVER or a comma list of SUCCESS, FAILURE, DELAY (RFC 3461 section 4.1); a string is the problem. */
export function parseNotify(value: string): NotifyCondition[] | string {
  const items = value.split(',').map((item) => item.trim().toUpperCase());
  const unknown = items.find((item) => !NOTIFY_VALUES.includes(item as NotifyCondition));
  if (unknown !== undefined) return `NOTIFY=${value} names '${unknown}'; the values are NEVER, or any of SUCCESS, FAILURE and DELAY separated by commas`;
  if (items.includes('NEVER') && items.length > 1) return `NOTIFY=${value} combines NEVER with other values, which RFC 3461 does not allow`;
  return items as NotifyCondition[];
}

/** RET=FULL or RET=HDRS (RFC 3461 section 4.3); a string is the problem. */
export function parseRet(value: string): 'FULL' | 'HDRS' | string {
  const upper = value.toUpperCase();
  return upper === 'FULL' || upper === 'HDRS' ? upper : `RET=${value} is neither FULL nor HDRS`;
}
