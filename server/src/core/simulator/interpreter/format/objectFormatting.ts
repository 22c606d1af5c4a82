// Lays out objects as Format-List and Format-Table do, and as the host does for whatever reaches the
// end of a pipeline (Out-Default): scalars print as text, formatted text as it is, objects in their
// default view, consecutive objects of one type together in one table.

import { toText } from '../conversion';
import { FormattedText, PsDateTime, PsHashtable, PsObject, PsScriptBlock, type PsValue } from '../psValue';
import type { Frame } from '../runContext';
import type { OpenView } from '../transcript';
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
  const { columns, rows } = await tableCells(group, selectors, frame);
  return layoutTable(columns, rows, options);
}

/** A table's columns and its rows as display text, before the layout decides the widths. */
async function tableCells(group: PsValue[], selectors: PropertySelector[] | undefined, frame: Frame): Promise<{ columns: TableColumn[]; rows: string[][] }> {
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
  return { columns, rows: values.map((row) => row.map(displayValue)) };
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
  return (await hostViews(items, frame)).flatMap((view) => view.render());
}

/**
 * A statement's output as the host lays it out, view by view. The views of objects stay open to the
 * next statement's objects of the same type (see Transcript.writeView): a script's output is one
 * stream, so three New-ForeignConnector statements in a row print one table, as PowerShell does.
 * Each object's text is taken now, so a later change to the object does not alter what was printed.
 */
export async function hostViews(items: PsValue[], frame: Frame): Promise<OpenView[]> {
  const views: OpenView[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (item instanceof FormattedText || isScalar(item)) {
      views.push(new TextView(item instanceof FormattedText ? item.lines : scalarLines(item)));
      index++;
      continue;
    }
    let end = index + 1;
    while (end < items.length && !isScalar(items[end]) && !(items[end] instanceof FormattedText) && typeKey(items[end]) === typeKey(item)) end++;
    const run = items.slice(index, end);
    if (defaultViewOf(item).kind === 'list') {
      const records: ListEntry[][] = [];
      for (const each of run) records.push(...(await listRecords(each, undefined, frame)));
      views.push(new ListView(typeKey(item), records));
    } else {
      const { columns, rows } = await tableCells(run, undefined, frame);
      views.push(new TableView(typeKey(item), columns, rows));
    }
    index = end;
  }
  return views;
}

/** Text that no later output joins (a string, a number, what Format-List already laid out). */
class TextView implements OpenView {
  constructor(private readonly lines: string[]) {}
  absorb(): boolean {
    return false;
  }
  render(): string[] {
    return this.lines;
  }
}

class TableView implements OpenView {
  constructor(readonly key: string, private readonly columns: TableColumn[], private readonly rows: string[][]) {}
  absorb(next: OpenView): boolean {
    if (!(next instanceof TableView) || next.key !== this.key || next.columns.map((column) => column.label).join('\n') !== this.columns.map((column) => column.label).join('\n')) return false;
    this.rows.push(...next.rows);
    return true;
  }
  render(): string[] {
    return layoutTable(this.columns, this.rows);
  }
}

class ListView implements OpenView {
  constructor(readonly key: string, private readonly records: ListEntry[][]) {}
  absorb(next: OpenView): boolean {
    if (!(next instanceof ListView) || next.key !== this.key) return false;
    this.records.push(...next.records);
    return true;
  }
  render(): string[] {
    return layoutList(this.records);
  }
}
