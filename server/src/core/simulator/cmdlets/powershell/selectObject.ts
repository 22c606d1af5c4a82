// Select-Object: picks some of the piped objects (-First, -Last, -Skip, -SkipLast, -Index, -Unique)
// and reshapes them (-Property makes new objects with only those properties, -ExpandProperty outputs
// one property's value instead of the object).

import { equals } from '../../interpreter/comparison';
import { toNumber, toText } from '../../interpreter/conversion';
import { runtimeError, StatementTerminatingError } from '../../interpreter/errorRecord';
import {
  expandSelectors, labelFor, parseSelectors, SelectorError, selectValue, type PropertySelector,
} from '../../interpreter/format/propertySelection';
import { getMember } from '../../interpreter/memberAccess';
import { enumerate, PsObject, type PsValue } from '../../interpreter/psValue';
import { matchesWildcard } from '../../../values/wildcard';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';

function inputOf(call: CmdletCall): PsValue[] {
  return call.parameters.has('InputObject') ? [call.parameters.get('InputObject') ?? null] : call.input;
}

export const selectObjectCmdlet: CmdletImplementation = {
  name: 'Select-Object',
  pipeline: 'collect',
  async run(call) {
    let items = pick(call, inputOf(call));
    if (call.parameters.has('ExpandProperty')) {
      items = items.flatMap((item) => expand(call, item));
    } else if (call.parameters.has('Property')) {
      const reshaped: PsValue[] = [];
      for (const item of items) reshaped.push(await reshape(call, item));
      items = reshaped;
    }
    if (call.parameters.flag('Unique')) items = unique(items);
    for (const item of items) call.output(item);
  },
};

function count(call: CmdletCall, name: string): number | undefined {
  return call.parameters.has(name) ? toNumber(call.parameters.get(name) ?? null) : undefined;
}

/** Chooses objects by position: -Index, or -Skip then -First / -Last, or -SkipLast. */
function pick(call: CmdletCall, items: PsValue[]): PsValue[] {
  const indexes = call.parameters.list('Index');
  if (indexes) return indexes.map((index) => items[toNumber(index) ?? -1]).filter((item) => item !== undefined);
  const skip = count(call, 'Skip') ?? 0;
  const first = count(call, 'First');
  const last = count(call, 'Last');
  const skipLast = count(call, 'SkipLast');
  if (skipLast !== undefined) return items.slice(0, Math.max(0, items.length - skipLast));
  if (last !== undefined) {
    // With -Last, -Skip counts from the end.
    const end = Math.max(0, items.length - skip);
    return items.slice(Math.max(0, end - last), end);
  }
  const rest = items.slice(skip);
  return first !== undefined ? rest.slice(0, first) : rest;
}

function expand(call: CmdletCall, item: PsValue): PsValue[] {
  const name = toText(call.parameters.get('ExpandProperty') ?? null);
  if (item instanceof PsObject && !item.has(name)) {
    call.error({
      message: `Property "${name}" cannot be found.`,
      category: 'InvalidArgument',
      reason: 'PSArgumentException',
      targetName: toText(item),
      targetType: item.typeName,
      activity: 'Select-Object',
      fullyQualifiedErrorId: 'ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand',
      style: 'local',
    });
    return [];
  }
  return enumerate(getMember(item, name));
}

async function reshape(call: CmdletCall, item: PsValue): Promise<PsValue> {
  let selectors: PropertySelector[];
  try {
    selectors = expandSelectors(parseSelectors(call.parameters.get('Property')), item);
  } catch (error) {
    if (error instanceof SelectorError) throw new StatementTerminatingError(runtimeError(error.message, call.range, 'IllegalKey'));
    throw error;
  }
  const excluded = (call.parameters.list('ExcludeProperty') ?? []).map((value) => toText(value));
  const typeName = item instanceof PsObject ? item.typeName.replace(/^Selected\./, '') : 'System.Object';
  const shaped = new PsObject(`Selected.${typeName}`);
  for (const selector of selectors) {
    const label = labelFor(selector, item);
    if (excluded.some((pattern) => matchesWildcard(label, pattern))) continue;
    shaped.set(label, await selectValue(selector, item, call.frame));
  }
  return shaped;
}

function unique(items: PsValue[]): PsValue[] {
  const kept: PsValue[] = [];
  for (const item of items) {
    if (!kept.some((other) => sameValue(other, item))) kept.push(item);
  }
  return kept;
}

function sameValue(a: PsValue, b: PsValue): boolean {
  if (a instanceof PsObject && b instanceof PsObject) {
    const names = a.properties.map((property) => property.name);
    return names.length === b.properties.length && names.every((name) => toText(a.get(name) ?? null) === toText(b.get(name) ?? null));
  }
  return equals(a, b, true);
}
