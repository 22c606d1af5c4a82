// The value of a PowerShell number literal: `10MB` is 10 * 1024 * 1024, `0x1F` is 31, `1.5GB` is
// 1610612736, `.5` is 0.5 and `20.` is 20. The type suffixes (`d` decimal, `l` long, and PowerShell
// 7's `u`, `ul`, `us`, `uy`, `s`, `y`, `n`) choose the .NET type, not the value.

const MULTIPLIERS: Record<string, number> = {
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
  tb: 1024 ** 4,
  pb: 1024 ** 5,
};

/** A number's parts: digits (hex with `0x`), type suffix and multiplier, lower-cased. */
const NUMBER_PARTS = /^(0x[0-9a-f]+|0b[01]+|(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(u[lsy]?|[dlsyn])?(kb|mb|gb|tb|pb)?$/;

/** The type suffixes only PowerShell 7 reads; Windows PowerShell 5.1 rejects a number with one. */
const POWERSHELL_7_SUFFIXES = new Set(['u', 'ul', 'us', 'uy', 's', 'y', 'n']);

/** The value of a number token's text (as the lexer's Number token matches it); NaN otherwise. */
export function numberValue(text: string): number {
  const parts = NUMBER_PARTS.exec(text.toLowerCase());
  if (!parts) return NaN;
  const [, digits, , multiplier] = parts;
  const value = digits.startsWith('0x') ? parseInt(digits.slice(2), 16) : digits.startsWith('0b') ? parseInt(digits.slice(2), 2) : Number(digits);
  return value * (multiplier ? MULTIPLIERS[multiplier] : 1);
}

/** The PowerShell 7 type suffix of a number token's text (`uy` of `0xFFuy`), if it has one. */
export function powerShell7Suffix(text: string): string | undefined {
  const suffix = NUMBER_PARTS.exec(text.toLowerCase())?.[2];
  return suffix !== undefined && POWERSHELL_7_SUFFIXES.has(suffix) ? suffix : undefined;
}

/** PowerShell 7's binary literal `0b1010`; Windows PowerShell 5.1 has no such number. */
export function isBinaryLiteral(text: string): boolean {
  return /^0b[01]+$/i.test(text);
}
