// Whether a parsed JSON value (a state file, an editor setting) is an object of named values, as
// opposed to an array, null or a scalar.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
