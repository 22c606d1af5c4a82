// The table layout: a heading row, a row of dashes under each heading, then one row per object;
// columns one space apart and as wide as their widest cell. Numbers align right. When the table is
// wider than the console (120 columns), columns that do not fit are dropped and the last one is cut
// with `...`, as Windows PowerShell does.

export type Alignment = 'Left' | 'Right' | 'Center';

export interface TableColumn {
  label: string;
  alignment: Alignment;
  /** A fixed width (calculated property Width); otherwise the widest cell decides. */
  width?: number;
}

/** The width of the Exchange Management Shell's console window, which tables are cut to. */
export const CONSOLE_WIDTH = 120;

export function layoutTable(columns: TableColumn[], rows: string[][], options: { hideHeaders?: boolean; maxWidth?: number } = {}): string[] {
  if (columns.length === 0) return [];
  const cells = rows.map((row) => columns.map((_, index) => firstLine(row[index] ?? '')));
  const natural = columns.map((column, index) => column.width ?? Math.max(column.label.length, ...cells.map((row) => row[index].length)));
  const widths = fitToWidth(natural, options.maxWidth ?? CONSOLE_WIDTH);
  const shown = columns.slice(0, widths.length);
  const lines = [''];
  if (!options.hideHeaders) {
    lines.push(row(shown.map((column) => column.label), shown, widths));
    lines.push(row(shown.map((column) => '-'.repeat(column.label.length)), shown, widths));
  }
  for (const cellRow of cells) lines.push(row(cellRow, shown, widths));
  lines.push('', '');
  return lines;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0];
}

/** Drops columns from the right until the rest fit, then narrows the last one to the space left. */
function fitToWidth(natural: number[], maxWidth: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((sum, width) => sum + width, 0) + widths.length - 1;
  while (widths.length > 1 && total() - widths[widths.length - 1] - 1 >= maxWidth) widths.pop();
  if (total() > maxWidth) widths[widths.length - 1] = Math.max(1, widths[widths.length - 1] - (total() - maxWidth));
  return widths;
}

function row(texts: string[], columns: TableColumn[], widths: number[]): string {
  return columns.map((column, index) => cell(texts[index] ?? '', widths[index], column.alignment)).join(' ').trimEnd();
}

function cell(text: string, width: number, alignment: Alignment): string {
  const cut = text.length > width ? (width > 3 ? `${text.slice(0, width - 3)}...` : text.slice(0, width)) : text;
  if (alignment === 'Right') return cut.padStart(width);
  if (alignment === 'Center') {
    const left = Math.floor((width - cut.length) / 2);
    return `${' '.repeat(left)}${cut}`.padEnd(width);
  }
  return cut.padEnd(width);
}
