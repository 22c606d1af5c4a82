// A setting's value in the form the simulator stores it and the catalog writes its defaults in: text,
// a whole number, a Boolean, a list of text, $null, and for sizes the byte count or `Unlimited`. It
// sits below the catalog because the catalog's typed defaults are written in this form, and below the
// model, whose state shapes hold it.

import { formatSize } from './byteQuantifiedSize';

/** A size setting as Exchange holds it: bytes, or unlimited. */
export type StoredSize = number | 'Unlimited';

/** A stored setting value: text, number, Boolean, a list, or null ($null). */
export type SettingValue = string | number | boolean | string[] | null;

/** A stored size as Exchange prints it: `10 MB (10,485,760 bytes)` or `Unlimited`. */
export function storedSizeText(size: StoredSize): string {
  return size === 'Unlimited' ? 'Unlimited' : formatSize({ unlimited: false, bytes: size });
}
