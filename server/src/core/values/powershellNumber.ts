// Numbers as PowerShell reads and prints them. The editor's value checks and the interpreter both
// go through these, so `-Count 0x10` and `-Count "10MB"` mean the same before and during a run.

/** `[string]` of a number: integers as they are, doubles with up to 15 significant digits. */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

const multipliers: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/** Numeric text as PowerShell reads it, including `0x1F` and the `10MB` multiplier suffixes;
 * empty text is 0, as `[int]""` is. Undefined when the text is not a number. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (/^[+-]?0x[0-9a-f]+$/i.test(trimmed)) return Number.parseInt(trimmed, 16);
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(kb|mb|gb|tb|pb)?$/i.exec(trimmed);
  if (!match) return undefined;
  const base = Number(match[1]);
  return match[2] ? base * multipliers[match[2].toLowerCase()] : base;
}
