// The list layout: one `Label : Value` line per property, labels padded to the longest label of the
// object, a blank line before each object and after the last, as Windows PowerShell prints it.

export interface ListEntry {
  label: string;
  value: string;
}

export function layoutList(records: ListEntry[][]): string[] {
  const lines: string[] = [];
  for (const record of records) {
    lines.push('');
    const width = Math.max(0, ...record.map((entry) => entry.label.length));
    for (const entry of record) lines.push(...listLines(entry, width));
  }
  // PowerShell ends list output with two empty lines.
  if (records.length > 0) lines.push('', '');
  return lines;
}

/** A multi-line value continues under the value column, as the console shows it. */
function listLines(entry: ListEntry, width: number): string[] {
  const prefix = `${entry.label.padEnd(width)} : `;
  const [first, ...rest] = entry.value.split(/\r?\n/);
  const indent = ' '.repeat(prefix.length);
  return [`${prefix}${first}`.trimEnd(), ...rest.map((line) => `${indent}${line}`.trimEnd())];
}
