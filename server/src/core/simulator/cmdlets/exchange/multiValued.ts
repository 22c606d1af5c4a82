// MultiValuedProperty updates: a plain list replaces the values, `@{Add=...; Remove=...}` adds the
// values not there yet and removes those given, leaving the others, as Exchange does.

import { toText } from '../../interpreter/conversion';
import type { ParameterValues } from '../parameterValues';

/** The new values of a multi-valued parameter, or undefined when the command did not give it. */
export function updatedValues(current: readonly string[], parameters: ParameterValues, name: string): string[] | undefined {
  if (!parameters.has(name)) return undefined;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const change = parameters.change(name);
  if (!change) return (parameters.list(name) ?? []).map((value) => toText(value));
  const result = current.filter((value) => !change.remove.some((removed) => same(value, toText(removed))));
  for (const added of change.add.map((value) => toText(value))) {
    if (!result.some((value) => same(value, added))) result.push(added);
  }
  return result;
}
