// Which `catch [Type]` catches an error. PowerShell compares the catch's type with the exception's
// type and its base types, and for an exception that wraps another (a failed conversion inside a
// RuntimeException) with the wrapped one's as well. The simulator knows the exception types of its
// own engine errors and their whole base chain; an Exchange cmdlet's error reaches the script through
// the remote session, whose exception type the simulator does not model, and an expression's failure
// may wrap an exception it does not model. For those only a catch for the types every candidate
// derives from is certain; any other catch type is `unknown`, and the try statement then fails as
// not supported rather than guess.

import type { ErrorRecord } from './errorRecord';

const EXCEPTION = 'System.Exception';
const SYSTEM_EXCEPTION = 'System.SystemException';
const RUNTIME_EXCEPTION = 'System.Management.Automation.RuntimeException';
const PARAMETER_BINDING = 'System.Management.Automation.ParameterBindingException';

/** Each known exception type with its base type, as .NET and PowerShell 5.1 define them. */
const KNOWN_TYPES: readonly [name: string, base: string | undefined][] = [
  [EXCEPTION, undefined],
  [SYSTEM_EXCEPTION, EXCEPTION],
  ['System.ArgumentException', SYSTEM_EXCEPTION],
  ['System.NotSupportedException', SYSTEM_EXCEPTION],
  [RUNTIME_EXCEPTION, SYSTEM_EXCEPTION],
  ['System.Management.Automation.CommandNotFoundException', RUNTIME_EXCEPTION],
  [PARAMETER_BINDING, RUNTIME_EXCEPTION],
  ['System.Management.Automation.ParameterBindingValidationException', PARAMETER_BINDING],
  ['System.Management.Automation.ParameterBindingArgumentTransformationException', PARAMETER_BINDING],
  ['System.Management.Automation.PSArgumentException', 'System.ArgumentException'],
  ['System.Management.Automation.ScriptCallDepthException', SYSTEM_EXCEPTION],
];

/** Lower-cased full name to its base type's lower-cased full name. */
const BASE_TYPE: ReadonlyMap<string, string | undefined> = new Map(KNOWN_TYPES.map(([name, base]) => [name.toLowerCase(), base?.toLowerCase()]));

const CANONICAL_NAME: ReadonlyMap<string, string> = new Map(KNOWN_TYPES.map(([name]) => [name.toLowerCase(), name]));

/** The record's `reason` (a short exception name) as the full name of a known type. */
function exceptionTypeOf(record: ErrorRecord): string | undefined {
  if (record.style !== 'local') return undefined;
  const reason = record.reason.toLowerCase();
  return [...BASE_TYPE.keys()].find((name) => name === reason || name.endsWith(`.${reason}`));
}

/** `[Exception]` means `[System.Exception]`: PowerShell looks a type name up in `System` too. */
function knownTypeName(written: string): string | undefined {
  const name = written.toLowerCase().replace(/\s+/g, '');
  if (BASE_TYPE.has(name)) return name;
  return BASE_TYPE.has(`system.${name}`) ? `system.${name}` : undefined;
}

/** The type and its base types, the type first. */
function lineage(type: string): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = type; current; current = BASE_TYPE.get(current)) chain.push(current);
  return chain;
}

/**
 * Which catch clause handles the error of `record`: its index, `none` when none does, `unknown` when
 * the simulator cannot tell. Each clause is its type names as written (`[int]` gives `int`); no
 * names catches everything. As PowerShell does, the clauses are first tried in order against the
 * error's own exception, then against the exception it wraps.
 */
export function chooseCatch(clauses: readonly (readonly string[])[], record: ErrorRecord): number | 'none' | 'unknown' {
  const type = exceptionTypeOf(record);
  const chain = type ? lineage(type) : [EXCEPTION.toLowerCase()];
  for (const [index, names] of clauses.entries()) {
    if (names.length === 0) return index;
    const wanted = names.map(knownTypeName);
    if (wanted.some((name) => name !== undefined && chain.includes(name))) return index;
    // Of an exception whose type is not known, only System.Exception is certain to match.
    if (!type) return 'unknown';
  }
  // The wrapped exception, which the simulator does not model, might match a clause.
  return record.innerUnknown ? 'unknown' : 'none';
}

/** The full name of the record's exception type, as `$_.Exception.GetType().FullName` gives it, when known. */
export function exceptionTypeName(record: ErrorRecord): string | undefined {
  const type = exceptionTypeOf(record);
  return type ? CANONICAL_NAME.get(type) : undefined;
}
