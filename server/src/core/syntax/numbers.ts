// The value of a PowerShell number literal: `10MB` is 10 * 1024 * 1024, `0x1F` is 31, `1.5GB` is
// 1610612736. The type suffixes `d` (decimal) and `l` (long) do not change the value.

const MULTIPLIERS: Record<string, number> = {
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
  tb: 1024 ** 4,
  pb: 1024 ** 5,
};

/** The value of a number token's text (as the lexer's Number token matches it); NaN otherwise. */
export function numberValue(text: string): number {
  const lower = text.toLowerCase();
  const multiplier = MULTIPLIERS[lower.slice(-2)];
  const digits = multiplier === undefined ? lower : lower.slice(0, -2);
  return parseDigits(digits) * (multiplier ?? 1);
}

function parseDigits(digits: string): number {
  const withoutType = digits.endsWith('l') || (digits.endsWith('d') && !digits.startsWith('0x')) ? digits.slice(0, -1) : digits;
  if (withoutType.startsWith('0x')) {
    const hex = withoutType.slice(2);
    return /^[0-9a-f]+$/.test(hex) ? parseInt(hex, 16) : NaN;
  }
  return /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/.test(withoutType) ? Number(withoutType) : NaN;
}
