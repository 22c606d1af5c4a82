// The CSV dialect of Exchange's logs: comma-separated, a field is quoted when it contains a comma or
// a double quote, and quotes inside are doubled. Each event is one line.

export function formatCsvLine(fields: readonly string[]): string {
  return fields.map(formatCsvField).join(',');
}

function formatCsvField(value: string): string {
  return /[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The fields of one line; undefined when a quoted field is not closed (a line cut short by a crash). */
export function parseCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let index = 0;
  for (;;) {
    if (line[index] === '"') {
      let value = '';
      index++;
      for (;;) {
        if (index >= line.length) return undefined;
        if (line[index] === '"') {
          if (line[index + 1] === '"') {
            value += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        value += line[index++];
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', index);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(index, end));
      index = end;
    }
    if (index >= line.length) return fields;
    if (line[index] !== ',') return undefined;
    index++;
  }
}
