// Sort-Object: orders the piped objects by one or more properties (or by the objects themselves),
// ascending unless -Descending; the sort is stable, so equal objects keep their order.

import { order } from '../../interpreter/comparison';
import { toBoolean, toText } from '../../interpreter/conversion';
import { runtimeError, StatementTerminatingError } from '../../interpreter/errorRecord';
import { parseSelectors, selectValue, type PropertySelector } from '../../interpreter/format/propertySelection';
import { PsHashtable, type PsValue } from '../../interpreter/psValue';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';

interface SortKey {
  selector?: PropertySelector;
  descending: boolean;
}

function inputOf(call: CmdletCall): PsValue[] {
  return call.parameters.has('InputObject') ? call.parameters.list('InputObject') ?? [] : call.input;
}

export const sortObjectCmdlet: CmdletImplementation = {
  name: 'Sort-Object',
  pipeline: 'collect',
  async run(call) {
    const keys = sortKeys(call);
    const caseSensitive = call.parameters.flag('CaseSensitive');
    const items = inputOf(call);
    const rows: { item: PsValue; values: PsValue[] }[] = [];
    for (const item of items) {
      const values: PsValue[] = [];
      for (const key of keys) values.push(key.selector ? await selectValue(key.selector, item, call.frame) : item);
      rows.push({ item, values });
    }
    rows.sort((a, b) => {
      for (const [index, key] of keys.entries()) {
        const result = order(a.values[index], b.values[index], caseSensitive);
        if (result !== 0) return key.descending ? -result : result;
      }
      return 0;
    });
    let sorted = rows;
    if (call.parameters.flag('Unique')) {
      sorted = rows.filter((row, index) => index === 0 || keys.some((_, k) => order(row.values[k], rows[index - 1].values[k], caseSensitive) !== 0));
    }
    for (const row of sorted) call.output(row.item);
  },
};

/** `-Property Name, @{Expression="Enabled"; Descending=$true}`: a hashtable may set its own direction. */
function sortKeys(call: CmdletCall): SortKey[] {
  const descending = call.parameters.flag('Descending');
  const property = call.parameters.get('Property');
  if (property === undefined || property === null) return [{ descending }];
  const items = Array.isArray(property) ? property : [property];
  return items.map((item) => {
    const own = item instanceof PsHashtable ? directionOf(item) : undefined;
    const clean = item instanceof PsHashtable ? withoutDirection(item) : item;
    try {
      return { selector: parseSelectors(clean)[0], descending: own ?? descending };
    } catch (error) {
      throw new StatementTerminatingError(runtimeError((error as Error).message, call.range, 'IllegalKey'));
    }
  });
}

function directionOf(table: PsHashtable): boolean | undefined {
  if (table.has('Descending')) return toBoolean(table.get('Descending') ?? null);
  if (table.has('Ascending')) return !toBoolean(table.get('Ascending') ?? null);
  return undefined;
}

function withoutDirection(table: PsHashtable): PsHashtable {
  const copy = new PsHashtable();
  for (const { key, value } of table.pairs) {
    if (!/^(descending|ascending)$/i.test(key)) copy.set(key, value);
  }
  if (!copy.has('Expression') && !copy.has('E')) copy.set('Expression', toText(table.get('Name') ?? null));
  return copy;
}
