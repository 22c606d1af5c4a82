// The methods PowerShell 4 and later give every object and collection: `.Where{ }` and `.ForEach{ }`
// (also written `.Where({ }, 'First')`). They take a script block, so unlike methods.ts's .NET
// methods they run script code; a scalar counts as a collection of one and $null as an empty one.

import { castTo } from './casts';
import { toBoolean, toNumber, toText } from './conversion';
import { getMember } from './memberAccess';
import { invokeMethod, MethodError } from './methods';
import { collapse, enumerate, PsScriptBlock, type PsValue } from './psValue';
import { invokeScriptBlock } from './scriptBlocks';
import type { Frame } from './runContext';

/** The name is an intrinsic method of every object, unless the object's own type has one so named. */
export function isIntrinsicMethod(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'where' || lower === 'foreach';
}

/** `firstIsType`: the first argument is written as a type literal (`.ForEach([int])`), whose value is its name. */
export async function invokeIntrinsicMethod(target: PsValue, name: string, args: PsValue[], frame: Frame, firstIsType = false): Promise<PsValue> {
  const items = target === null ? [] : enumerate(target);
  if (name.toLowerCase() === 'where') return where(items, args, frame);
  return firstIsType ? items.map((item) => castTo(toText(args[0]), item)) : forEach(items, args, frame);
}

const WHERE_MODES = ['default', 'first', 'last', 'skipuntil', 'until', 'split'] as const;
type WhereMode = (typeof WHERE_MODES)[number];

async function where(items: PsValue[], args: PsValue[], frame: Frame): Promise<PsValue[]> {
  const [filter, modeArgument, countArgument] = args;
  if (!(filter instanceof PsScriptBlock)) throw new MethodError('The Where method needs a script block as its first argument, as in .Where({ $_ -gt 2 }).');
  const mode = whereMode(modeArgument);
  const count = countArgument === undefined ? 0 : toNumber(countArgument) ?? 0;
  const test = async (item: PsValue) => toBoolean(collapse(await invokeScriptBlock(filter, frame, { current: item, newScope: false })));
  const kept: PsValue[] = [];
  const rest: PsValue[] = [];
  let switched = false;
  for (const item of items) {
    const passes = await test(item);
    if (mode === 'default' || mode === 'first' || mode === 'last') {
      if (passes) kept.push(item);
      if (mode === 'first' && count > 0 && kept.length === count) break;
      if (mode === 'first' && count === 0 && kept.length === 1) break;
    } else if (mode === 'split') {
      (passes && (count === 0 || kept.length < count) ? kept : rest).push(item);
    } else {
      // SkipUntil keeps from the first match on; Until keeps up to it.
      if (passes) switched = true;
      if (mode === 'skipuntil' ? switched : !switched) kept.push(item);
    }
  }
  if (mode === 'last') return kept.slice(count > 0 ? -count : -1);
  if (mode === 'split') return [kept, rest];
  return count > 0 && (mode === 'default' || mode === 'skipuntil' || mode === 'until') ? kept.slice(0, count) : kept;
}

function whereMode(value: PsValue | undefined): WhereMode {
  if (value === undefined || value === null) return 'default';
  const text = toText(value).toLowerCase();
  const mode = WHERE_MODES.find((candidate) => candidate === text);
  if (!mode) throw new MethodError(`Cannot convert value "${toText(value)}" to type "System.Management.Automation.WhereOperatorSelectionMode". The possible values are Default, First, Last, SkipUntil, Until, Split.`);
  return mode;
}

/** `.ForEach({ })` runs the block per item; `.ForEach('Name')` reads a property, with arguments calls a method. */
async function forEach(items: PsValue[], args: PsValue[], frame: Frame): Promise<PsValue[]> {
  const [action, ...rest] = args;
  if (action instanceof PsScriptBlock) {
    const output: PsValue[] = [];
    for (const item of items) output.push(...await invokeScriptBlock(action, frame, { current: item, newScope: false, args: rest }));
    return output;
  }
  if (typeof action === 'string') {
    return rest.length === 0 ? items.map((item) => memberValue(item, action)) : items.map((item) => invokeMethod(item, action, rest));
  }
  throw new MethodError('The ForEach method needs a script block, a property or method name, or a type, as in .ForEach({ $_.Name }).');
}

/** `.ForEach('Name')`: the property of that name, else the method of that name called without arguments. */
function memberValue(item: PsValue, name: string): PsValue {
  const value = getMember(item, name);
  if (value !== null) return value;
  try {
    return invokeMethod(item, name, []);
  } catch (error) {
    if (error instanceof MethodError) return null;
    throw error;
  }
}
