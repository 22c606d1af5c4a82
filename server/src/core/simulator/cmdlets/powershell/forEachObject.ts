// ForEach-Object: runs a script block for every piped object with the object in `$_`, with optional
// begin and end blocks; or reads a property / calls a method of each object (`ForEach-Object Name`).

import { toText } from '../../interpreter/conversion';
import { runtimeError, StatementTerminatingError } from '../../interpreter/errorRecord';
import { getMember } from '../../interpreter/memberAccess';
import { invokeMethod, MethodError } from '../../interpreter/methods';
import { enumerate, PsHashtable, PsObject, PsScriptBlock, type PsValue } from '../../interpreter/psValue';
import { invokeScriptBlock } from '../../interpreter/scriptBlocks';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';

interface Blocks {
  begin?: PsScriptBlock;
  process: PsScriptBlock[];
  end?: PsScriptBlock;
}

function inputOf(call: CmdletCall): PsValue[] {
  return call.parameters.has('InputObject') ? [call.parameters.get('InputObject') ?? null] : call.input;
}

export const forEachObjectCmdlet: CmdletImplementation = {
  name: 'ForEach-Object',
  pipeline: 'collect',
  async run(call) {
    if (call.parameters.has('MemberName')) {
      for (const item of inputOf(call)) for (const value of memberOf(call, item)) call.output(value);
      return;
    }
    const blocks = blocksOf(call);
    const emit = (values: PsValue[]) => values.forEach((value) => call.output(value));
    if (blocks.begin) emit(await invokeScriptBlock(blocks.begin, call.frame, { newScope: false }));
    for (const item of inputOf(call)) {
      for (const block of blocks.process) emit(await invokeScriptBlock(block, call.frame, { current: item, newScope: false }));
    }
    if (blocks.end) emit(await invokeScriptBlock(blocks.end, call.frame, { newScope: false }));
  },
};

/**
 * Several unnamed script blocks read as begin, process(es) and end, as PowerShell reads them:
 * two are begin and process, three or more are begin, process..., end.
 */
function blocksOf(call: CmdletCall): Blocks {
  const scripts = [...(call.parameters.list('Process') ?? []), ...(call.parameters.list('RemainingScripts') ?? [])]
    .filter((value): value is PsScriptBlock => value instanceof PsScriptBlock);
  const begin = call.parameters.get('Begin');
  const end = call.parameters.get('End');
  const blocks: Blocks = {
    begin: begin instanceof PsScriptBlock ? begin : undefined,
    process: scripts,
    end: end instanceof PsScriptBlock ? end : undefined,
  };
  if (scripts.length >= 2 && !blocks.begin && !blocks.end) {
    blocks.begin = scripts[0];
    blocks.process = scripts.length === 2 ? [scripts[1]] : scripts.slice(1, -1);
    blocks.end = scripts.length === 2 ? undefined : scripts[scripts.length - 1];
  }
  return blocks;
}

/** `ForEach-Object Name` reads a property; with -ArgumentList, or when no such property, it calls a method. */
function memberOf(call: CmdletCall, item: PsValue): PsValue[] {
  const name = toText(call.parameters.get('MemberName') ?? null);
  const args = call.parameters.list('ArgumentList');
  const hasProperty = (item instanceof PsObject && item.has(name)) || (item instanceof PsHashtable && item.has(name));
  if (!args && (hasProperty || getMember(item, name) !== null)) return enumerate(getMember(item, name));
  try {
    return enumerate(invokeMethod(item, name, args ?? []));
  } catch (error) {
    if (error instanceof MethodError) throw new StatementTerminatingError(runtimeError(error.message, call.range, 'MethodInvocationNotSupported'));
    throw error;
  }
}
