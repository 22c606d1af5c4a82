// Lays out objects as Format-List and Format-Table do, and as the host does for whatever reaches the
// end of a pipeline (Out-Default): scalars print as text, formatted text as it is, objects in their
// default view, consecutive objects of one type together in one table.

import { toText } from '../conversion';
import { FormattedText, PsDateTime, PsHashtable, PsObject, PsScriptBlock, type PsValue } from '../psValue';
import type { Frame } from '../runContext';
import { defaultViewOf } from './defaultViews';
import { displayValue } from './displayValue';
import { layoutList, type ListEntry } from './listLayout';
import {
  expandSelectors, labelFor, propertyNamesOf, selectValue, type PropertySelector,
} from './propertySelection';
import { layoutTable, type TableColumn } from './tableLayout';

export interface TableOptions {
  hideHeaders?: boolean;
}

/** Strings, numbers and dates are shown as themselves even inside Format-List and Format-Table. */
export function isScalar(value: PsValue): boolean {
  return value === null || typeof value !== 'object' || value instanceof PsDateTime || value instanceof PsScriptBlock || Array.isArray(value);
}

export function scalarLines(value: PsValue): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap(scalarLines);
  return toText(value).split(/\r?\n/);
}

export async function formatList(items: PsValue[], selectors: PropertySelector[] | undefined, frame: Frame): Promise<string[]> {
  const lines: string[] = [];
  let records: ListEntry[][] = [];
  const flush = () => {
    lines.push(...layoutList(records));
    records = [];
  };
  for (const item of items) {
    if (item instanceof FormattedText || isScalar(item)) {
      flush();
      lines.push(...(item instanceof FormattedText ? item.lines : scalarLines(item)));
      continue;
    }
    records.push(...(await listRecords(item, selectors, frame)));
  }
  flush();
  return lines;
}

async function listRecords(item: PsValue, selectors: PropertySelector[] | undefined, frame: Frame): Promise<ListEntry[][]> {
  // A hashtable lists as one Name/Value record per entry.
  if (item instanceof PsHashtable && !selectors) {
    return item.pairs.map((pair) => [{ label: 'Name', value: pair.key }, { label: 'Value', value: displayValue(pair.value) }]);
  }
  const chosen = selectors ? expandSelectors(selectors, item) : propertyNamesOf(item).map((name) => ({ label: name, source: name }));
  const record: ListEntry[] = [];
  for (const selector of chosen) {
    // A property the object does not have is left out, as Format-List does.
    if (typeof selector.source === 'string' && !hasProperty(item, selector.source)) continue;
    record.push({ label: labelFor(selector, item), value: displayValue(await selectValue(selector, item, frame)) });
  }
  return [record];
}

function hasProperty(item: PsValue, name: string): boolean {
  if (item instanceof PsObject) return item.has(name);
  if (item instanceof PsHashtable) return item.has(name);
  return false;
}

export async function formatTable(items: PsValue[], selectors: PropertySelector[] | undefined, frame: Frame, options: TableOptions = {}): Promise<string[]> {
  const lines: string[] = [];
  let group: PsValue[] = [];
  const flush = async () => {
    if (group.length > 0) lines.push(...(await tableFor(group, selectors, frame, options)));
    group = [];
  };
  for (const item of items) {
    if (item instanceof FormattedText || isScalar(item)) {
      await flush();
      lines.push(...(item instanceof FormattedText ? item.lines : scalarLines(item)));
      continue;
    }
    // Without -Property, a new type starts a new table, since the columns come from the type.
    if (!selectors && group.length > 0 && typeKey(group[0]) !== typeKey(item)) await flush();
    group.push(item);
  }
  await flush();
  return lines;
}

function typeKey(value: PsValue): string {
  return value instanceof PsObject ? value.typeName.toLowerCase() : 'hashtable';
}

async function tableFor(group: PsValue[], selectors: PropertySelector[] | undefined, frame: Frame, options: TableOptions): Promise<string[]> {
  const rowsSource = group.flatMap((item) => (item instanceof PsHashtable && !selectors ? hashtableRows(item) : [item]));
  const first = rowsSource[0];
  const chosen = selectors ? expandSelectors(selectors, first) : defaultColumns(first);
  const values: PsValue[][] = [];
  for (const item of rowsSource) {
    const row: PsValue[] = [];
    for (const selector of chosen) row.push(await selectValue(selector, item, frame));
    values.push(row);
  }
  const columns: TableColumn[] = chosen.map((selector, index) => ({
    label: labelFor(selector, first),
    alignment: selector.alignment ?? (values.some((row) => typeof row[index] === 'number') ? 'Right' : 'Left'),
    width: selector.width,
  }));
  return layoutTable(columns, values.map((row) => row.map(displayValue)), options);
}

function hashtableRows(table: PsHashtable): PsValue[] {
  return table.pairs.map((pair) => new PsObject('HashtableEntry', [{ name: 'Name', value: pair.key }, { name: 'Value', value: pair.value }]));
}

function defaultColumns(item: PsValue): PropertySelector[] {
  const view = defaultViewOf(item);
  const names = view.kind === 'table' ? view.columns : propertyNamesOf(item);
  return names.map((name) => ({ label: name, source: name }));
}

/** What the host prints for a statement's output: each run of objects in its type's default view. */
export async function formatForHost(items: PsValue[], frame: Frame): Promise<string[]> {
  const lines: string[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (item instanceof FormattedText || isScalar(item)) {
      lines.push(...(item instanceof FormattedText ? item.lines : scalarLines(item)));
      index++;
      continue;
    }
    let end = index + 1;
    while (end < items.length && !isScalar(items[end]) && !(items[end] instanceof FormattedText) && typeKey(items[end]) === typeKey(item)) end++;
    const run = items.slice(index, end);
    lines.push(...(defaultViewOf(item).kind === 'list' ? await formatList(run, undefined, frame) : await formatTable(run, undefined, frame)));
    index = end;
  }
  return lines;
}
