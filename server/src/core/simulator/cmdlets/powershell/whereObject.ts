// Where-Object: keeps the piped objects for which a script block is true (`{ $_.Enabled }`), or, in
// the simplified syntax, whose property compares true with a value (`Where-Object Name -like "C*"`).

import { compare } from '../../interpreter/comparison';
import { toBoolean, toText } from '../../interpreter/conversion';
import { runtimeError, StatementTerminatingError } from '../../interpreter/errorRecord';
import { getMember } from '../../interpreter/memberAccess';
import { collapse, PsScriptBlock, type PsValue } from '../../interpreter/psValue';
import { invokeScriptBlock } from '../../interpreter/scriptBlocks';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';

/** The operator switches of the simplified syntax and the comparison operator each stands for. */
const OPERATOR_SWITCHES = [
  'EQ', 'NE', 'GT', 'LT', 'GE', 'LE', 'Like', 'NotLike', 'Match', 'NotMatch', 'Contains', 'NotContains', 'In', 'NotIn',
].flatMap((name) => [
  { parameter: name, operator: `-${name.toLowerCase()}` },
  { parameter: `C${name}`, operator: `-c${name.toLowerCase()}` },
]);

function inputOf(call: CmdletCall): PsValue[] {
  return call.parameters.has('InputObject') ? [call.parameters.get('InputObject') ?? null] : call.input;
}

export const whereObjectCmdlet: CmdletImplementation = {
  name: 'Where-Object',
  pipeline: 'collect',
  async run(call) {
    const filter = call.parameters.get('FilterScript');
    const test = filter instanceof PsScriptBlock ? scriptTest(call, filter) : comparisonTest(call);
    for (const item of inputOf(call)) {
      if (await test(item)) call.output(item);
    }
  },
};

function scriptTest(call: CmdletCall, filter: PsScriptBlock): (item: PsValue) => Promise<boolean> {
  return async (item) => toBoolean(collapse(await invokeScriptBlock(filter, call.frame, { current: item, newScope: false })));
}

function comparisonTest(call: CmdletCall): (item: PsValue) => Promise<boolean> {
  const property = toText(call.parameters.get('Property') ?? null);
  if (call.parameters.has('Is') || call.parameters.has('IsNot')) {
    throw new StatementTerminatingError(runtimeError('The simulator does not support type tests (-Is, -IsNot) in Where-Object; compare a property instead.', call.range, 'NotSupported'));
  }
  const chosen = OPERATOR_SWITCHES.find((entry) => call.parameters.flag(entry.parameter));
  const value = call.parameters.get('Value');
  const rightSide: PsValue = Array.isArray(value) && value.length === 1 && chosen && !/in$/i.test(chosen.parameter) ? value[0] : value ?? null;
  // Without an operator, `Where-Object Enabled` keeps the objects whose property is true.
  if (!chosen) return async (item) => toBoolean(getMember(item, property));
  return async (item) => toBoolean(compare(chosen.operator, getMember(item, property), rightSide).value);
}
