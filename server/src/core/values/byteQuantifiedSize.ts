// Exchange's size values (ByteQuantifiedSize, and Unlimited<ByteQuantifiedSize>): a number with an
// optional unit B, KB, MB, GB or TB (binary multiples, as Exchange uses), a bare number meaning
// bytes, `unlimited` where the type allows it, or the text Exchange itself shows and exports
// (`10 MB (10,485,760 bytes)`), which its parser reads back. Shared by validation, the simulator
// and the configuration import, so all three mean the same by a size text.

export type SizeValue = { unlimited: true } | { unlimited: false; bytes: number };

const units: Record<string, number> = {
  b: 1,
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
  tb: 1024 ** 4,
};

const sizePattern = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$/i;

/** Exchange's display form: a rounded amount with its unit, then the exact count in parentheses. */
const shownPattern = /^\s*\d[\d,]*(?:\.\d+)?\s*(?:b|kb|mb|gb|tb)\s*\(\s*(\d{1,3}(?:,\d{3})*|\d+)\s*bytes\s*\)\s*$/i;

/** Parses `10MB`, `10 MB`, `1.5GB`, `65536`, `unlimited`, `10 MB (10,485,760 bytes)`. Returns undefined when not a size. */
export function parseSize(text: string): SizeValue | undefined {
  if (/^\s*unlimited\s*$/i.test(text)) return { unlimited: true };
  // The amount before the parentheses is rounded (`1.5 KB`), so the byte count decides.
  const shown = shownPattern.exec(text);
  if (shown) return { unlimited: false, bytes: Number(shown[1].replace(/,/g, '')) };
  const match = sizePattern.exec(text);
  if (!match) return undefined;
  const bytes = Number(match[1]) * units[(match[2] ?? 'b').toLowerCase()];
  if (!Number.isFinite(bytes)) return undefined;
  return { unlimited: false, bytes: Math.floor(bytes) };
}

/** As Exchange displays sizes: `10 MB (10,485,760 bytes)`, `Unlimited`. */
export function formatSize(size: SizeValue): string {
  if (size.unlimited) return 'Unlimited';
  const bytes = size.bytes;
  const grouped = bytes.toLocaleString('en-US');
  const unit = (['TB', 'GB', 'MB', 'KB'] as const).find((name) => bytes >= units[name.toLowerCase()]);
  if (!unit) return `${grouped} B (${grouped} bytes)`;
  const amount = bytes / units[unit.toLowerCase()];
  const shown = Number.isInteger(amount) ? String(amount) : amount.toFixed(3).replace(/\.?0+$/, '');
  return `${shown} ${unit} (${grouped} bytes)`;
}
