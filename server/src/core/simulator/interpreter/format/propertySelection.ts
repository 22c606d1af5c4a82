// Which properties Format-List, Format-Table and Select-Object show: names as given (wildcards expand
// to the object's matching properties, in the object's order) and calculated properties written
// `@{Name="Label"; Expression={ $_.Value }}` (keys may be abbreviated: N, L, E).

import { toText } from '../conversion';
import { getMember } from '../memberAccess';
import { collapse, PsHashtable, PsObject, PsScriptBlock, type PsValue } from '../psValue';
import type { Frame } from '../runContext';
import { invokeScriptBlock } from '../scriptBlocks';
import { hasWildcard, matchesWildcard } from '../../../values/wildcard';

export interface PropertySelector {
  /** The heading: the property name, or a calculated property's Name/Label. */
  label: string;
  /** A property name (may hold wildcards) or a script block computing the value. */
  source: string | PsScriptBlock;
  /** Format-Table's Width and Alignment of a calculated property. */
  width?: number;
  alignment?: 'Left' | 'Right' | 'Center';
}

export class SelectorError extends Error {}

/** Reads -Property values: strings, script blocks (labelled with their text) and hashtables. */
export function parseSelectors(value: PsValue | undefined): PropertySelector[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value.flat(Infinity as 1) as PsValue[] : [value];
  return items.map(parseSelector);
}

function parseSelector(item: PsValue): PropertySelector {
  if (item instanceof PsScriptBlock) return { label: item.toString().trim(), source: item };
  if (!(item instanceof PsHashtable)) return { label: toText(item), source: toText(item) };
  let label: string | undefined;
  let source: string | PsScriptBlock | undefined;
  const selector: Partial<PropertySelector> = {};
  for (const { key, value } of item.pairs) {
    const lower = key.toLowerCase();
    if ('name'.startsWith(lower) || 'label'.startsWith(lower)) label = toText(value);
    else if ('expression'.startsWith(lower)) source = value instanceof PsScriptBlock ? value : toText(value);
    else if ('width'.startsWith(lower)) selector.width = Number(toText(value));
    else if ('alignment'.startsWith(lower)) selector.alignment = alignmentOf(toText(value));
    else if (!'formatstring'.startsWith(lower)) throw new SelectorError(`The ${key} key is not valid in a calculated property; use Name (or Label) and Expression.`);
  }
  if (source === undefined) throw new SelectorError('A calculated property needs an Expression key, e.g. @{Name="Size"; Expression={$_.MaxMessageSize}}.');
  return { ...selector, label: label ?? (source instanceof PsScriptBlock ? source.toString().trim() : source), source };
}

function alignmentOf(text: string): 'Left' | 'Right' | 'Center' {
  const lower = text.toLowerCase();
  return lower === 'right' ? 'Right' : lower === 'center' ? 'Center' : 'Left';
}

/** The names of an object's properties, in its own order. */
export function propertyNamesOf(value: PsValue): string[] {
  if (value instanceof PsObject) return value.properties.map((property) => property.name);
  if (value instanceof PsHashtable) return value.keys;
  return [];
}

/** Expands wildcard selectors against one object; other selectors pass through. */
export function expandSelectors(selectors: PropertySelector[], sample: PsValue): PropertySelector[] {
  const names = propertyNamesOf(sample);
  return selectors.flatMap((selector) => {
    if (typeof selector.source !== 'string' || !hasWildcard(selector.source)) return [selector];
    const pattern = selector.source;
    return names.filter((name) => matchesWildcard(name, pattern)).map((name) => ({ label: name, source: name }));
  });
}

export async function selectValue(selector: PropertySelector, item: PsValue, frame: Frame): Promise<PsValue> {
  if (typeof selector.source === 'string') return getMember(item, selector.source);
  return collapse(await invokeScriptBlock(selector.source, frame, { current: item, newScope: false }));
}

/** The label as PowerShell prints it: a plain name in the object's own casing. */
export function labelFor(selector: PropertySelector, item: PsValue): string {
  if (typeof selector.source !== 'string' || selector.label !== selector.source) return selector.label;
  return item instanceof PsObject ? item.canonicalName(selector.source) ?? selector.label : selector.label;
}
