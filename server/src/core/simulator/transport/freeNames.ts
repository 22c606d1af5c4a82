// The names tried, in order, for a file whose first name may be taken: one rule for every place the
// transport names a file (claimed Pickup files, badmail, odd entries set aside, Drop and agent
// copies), so no two of them number a taken name differently.

import * as path from 'node:path';
import { compactTimestamp } from './rfc5322Date';

/** `name`, then `stem-2.ext`, `stem-3.ext`, ...: how the simulator numbers a name that is taken. */
export function* numberedNames(name: string): Generator<string> {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  yield name;
  for (let attempt = 2; ; attempt++) yield `${stem}-${attempt}${extension}`;
}

/**
 * Exchange's rule for a Pickup file renamed under a name that is taken (the Exchange 2013 topic):
 * `<base><ext>`, then `<base><date-time><ext>`, then that numbered.
 */
export function* stampedNames(base: string, extension: string, now: Date): Generator<string> {
  yield `${base}${extension}`;
  yield* numberedNames(`${base}${compactTimestamp(now)}${extension}`);
}
