// The values a command was given, by parameter, after conversion to the catalog's types
// (interpreter/parameterConversion.ts). Names are looked up case-insensitively by canonical name.

import type { ParameterSpec } from '../../catalog/types';
import { toBoolean, toText } from '../interpreter/conversion';
import { PsHashtable, type PsValue } from '../interpreter/psValue';

/** `@{Add=...; Remove=...}` given to a MultiValuedProperty parameter. */
export interface MultiValuedChange {
  add: PsValue[];
  remove: PsValue[];
}

export class ParameterValues {
  private readonly values = new Map<string, { parameter: ParameterSpec; value: PsValue }>();

  /** A copy, so that binding one piped object does not change the values for the next. */
  clone(): ParameterValues {
    const copy = new ParameterValues();
    for (const { parameter, value } of this.values.values()) copy.set(parameter, value);
    return copy;
  }

  set(parameter: ParameterSpec, value: PsValue): void {
    this.values.set(parameter.name.toLowerCase(), { parameter, value });
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  get(name: string): PsValue | undefined {
    return this.values.get(name.toLowerCase())?.value;
  }

  /** Names given, in canonical casing, in the order they were bound. */
  names(): string[] {
    return [...this.values.values()].map((entry) => entry.parameter.name);
  }

  text(name: string): string | undefined {
    const value = this.get(name);
    return value === undefined || value === null ? undefined : toText(value);
  }

  flag(name: string): boolean {
    const value = this.get(name);
    return value !== undefined && toBoolean(value);
  }

  /** A multi-valued parameter's values, or undefined when it was given as `@{Add=...; Remove=...}`. */
  list(name: string): PsValue[] | undefined {
    const value = this.get(name);
    if (value === undefined || value instanceof PsHashtable) return undefined;
    if (value === null) return [];
    return Array.isArray(value) ? value : [value];
  }

  change(name: string): MultiValuedChange | undefined {
    const value = this.get(name);
    if (!(value instanceof PsHashtable)) return undefined;
    const asList = (item: PsValue | undefined) => (item === undefined || item === null ? [] : Array.isArray(item) ? item : [item]);
    return { add: asList(value.get('Add')), remove: asList(value.get('Remove')) };
  }
}
