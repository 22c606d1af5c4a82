// The values a script works with at run time, shaped after PowerShell's: scalars, arrays (object[]),
// hashtables with case-insensitive keys, script blocks, and property bags (PSObject) for the objects
// cmdlets emit. Exchange-specific values (sizes, identities) are carried as their display text, which
// is how scripts compare them (`$c.MaxMessageSize -eq "Unlimited"`).

import type { ScriptBlockExpression } from '../../syntax/ast';

export type PsValue =
  | null
  | boolean
  | number
  | string
  | PsValue[]
  | PsHashtable
  | PsObject
  | PsScriptBlock
  | PsDateTime
  | FormattedText;

export interface PsProperty {
  name: string;
  value: PsValue;
}

/** An object with named properties in a fixed order: what Get-* cmdlets and Select-Object emit. */
export class PsObject {
  private readonly byName = new Map<string, PsProperty>();

  /** `typeName` selects the default view (table or list) when the object reaches the end of a pipeline. */
  constructor(readonly typeName: string, properties: PsProperty[] = []) {
    for (const property of properties) this.set(property.name, property.value);
  }

  get properties(): PsProperty[] {
    return [...this.byName.values()];
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  get(name: string): PsValue | undefined {
    return this.byName.get(name.toLowerCase())?.value;
  }

  /** The property name in its own casing, for output. */
  canonicalName(name: string): string | undefined {
    return this.byName.get(name.toLowerCase())?.name;
  }

  set(name: string, value: PsValue): void {
    const existing = this.byName.get(name.toLowerCase());
    if (existing) existing.value = value;
    else this.byName.set(name.toLowerCase(), { name, value });
  }
}

/** `@{ ... }`: keys compare case-insensitively and keep their insertion order, as PowerShell's do. */
export class PsHashtable {
  private readonly entries = new Map<string, { key: string; value: PsValue }>();

  get keys(): string[] {
    return [...this.entries.values()].map((entry) => entry.key);
  }

  get pairs(): { key: string; value: PsValue }[] {
    return [...this.entries.values()];
  }

  get count(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key.toLowerCase());
  }

  get(key: string): PsValue | undefined {
    return this.entries.get(key.toLowerCase())?.value;
  }

  set(key: string, value: PsValue): void {
    const existing = this.entries.get(key.toLowerCase());
    if (existing) existing.value = value;
    else this.entries.set(key.toLowerCase(), { key, value });
  }

  remove(key: string): void {
    this.entries.delete(key.toLowerCase());
  }
}

/** `{ ... }`: code kept as its syntax tree, run by Where-Object, ForEach-Object or `&`. */
export class PsScriptBlock {
  constructor(readonly node: ScriptBlockExpression, readonly sourceText: string) {}

  toString(): string {
    // PowerShell converts a script block to its text without the braces.
    return this.sourceText.slice(this.node.range.start + 1, this.node.range.end - 1);
  }
}

/** A point in time from the simulator's fixed clock; shown as PowerShell shows [DateTime] in en-US. */
export class PsDateTime {
  constructor(readonly date: Date) {}

  toString(): string {
    const d = this.date;
    const hours = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
    const two = (n: number) => String(n).padStart(2, '0');
    const suffix = d.getUTCHours() < 12 ? 'AM' : 'PM';
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${hours}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${suffix}`;
  }
}

/** Lines already laid out by Format-List or Format-Table; the host prints them as they are. */
export class FormattedText {
  constructor(readonly lines: string[]) {}
}

export function isArray(value: PsValue | undefined): value is PsValue[] {
  return Array.isArray(value);
}

/** The elements a pipeline would enumerate: an array's elements, `$null` as nothing, else the value. */
export function enumerate(value: PsValue): PsValue[] {
  if (value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** How a statement's output becomes one value: nothing is `$null`, one object is itself, more an array. */
export function collapse(values: PsValue[]): PsValue {
  if (values.length === 0) return null;
  return values.length === 1 ? values[0] : values;
}
