// Format-List, Format-Table, Out-String and Out-Null: the cmdlets that turn objects into the text the
// shell prints. Format-* emit laid-out text, which the host prints as it is, so a formatted pipeline
// reads exactly as in the Exchange Management Shell.

import { formatForHost, formatList, formatTable } from '../../interpreter/format/objectFormatting';
import { parseSelectors, SelectorError, type PropertySelector } from '../../interpreter/format/propertySelection';
import { runtimeError, StatementTerminatingError } from '../../interpreter/errorRecord';
import { FormattedText, type PsValue } from '../../interpreter/psValue';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';

/** Objects given with -InputObject are formatted as one value, as PowerShell does. */
function inputOf(call: CmdletCall): PsValue[] {
  if (call.parameters.has('InputObject')) return call.parameters.list('InputObject') ?? [];
  return call.input;
}

function selectorsOf(call: CmdletCall): PropertySelector[] | undefined {
  if (!call.parameters.has('Property')) return undefined;
  try {
    return parseSelectors(call.parameters.get('Property'));
  } catch (error) {
    if (error instanceof SelectorError) throw new StatementTerminatingError(runtimeError(error.message, call.range, 'IllegalKey'));
    throw error;
  }
}

export const formatListCmdlet: CmdletImplementation = {
  name: 'Format-List',
  pipeline: 'collect',
  async run(call) {
    const lines = await formatList(inputOf(call), selectorsOf(call), call.frame);
    if (lines.length > 0) call.output(new FormattedText(lines));
  },
};

export const formatTableCmdlet: CmdletImplementation = {
  name: 'Format-Table',
  pipeline: 'collect',
  async run(call) {
    const lines = await formatTable(inputOf(call), selectorsOf(call), call.frame, { hideHeaders: call.parameters.flag('HideTableHeaders') });
    if (lines.length > 0) call.output(new FormattedText(lines));
  },
};

export const outStringCmdlet: CmdletImplementation = {
  name: 'Out-String',
  pipeline: 'collect',
  async run(call) {
    const lines = await formatForHost(inputOf(call), call.frame);
    if (call.parameters.flag('Stream')) {
      for (const line of lines) call.output(line);
      return;
    }
    call.output(lines.map((line) => `${line}\n`).join(''));
  },
};

export const outNullCmdlet: CmdletImplementation = {
  name: 'Out-Null',
  pipeline: 'collect',
  async run() {
    // Discards its input by design.
  },
};
