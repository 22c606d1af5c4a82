// Write-Host (text straight to the console, never into the pipeline) and Write-Output (objects into
// the pipeline, as writing a bare value does).

import { toText } from '../../interpreter/conversion';
import { enumerate, type PsValue } from '../../interpreter/psValue';
import { writeHostInline } from '../../interpreter/streamRedirects';
import type { CmdletImplementation } from '../cmdlet';

/** Write-Host shows a collection's items separated by -Separator (a space by default). */
function hostText(value: PsValue, separator: string): string {
  if (Array.isArray(value)) return value.map((item) => hostText(item, separator)).join(separator);
  return toText(value);
}

export const writeHostCmdlet: CmdletImplementation = {
  name: 'Write-Host',
  pipeline: 'collect',
  async run(call) {
    const separator = call.parameters.has('Separator') ? toText(call.parameters.get('Separator') ?? null) : ' ';
    const objects = call.parameters.has('Object') ? call.parameters.list('Object') ?? [] : call.input;
    const text = objects.map((item) => hostText(item, separator)).join(separator);
    if (call.parameters.flag('NoNewline')) writeHostInline(call.frame.run, text);
    else call.host(text.split(/\r?\n/));
  },
};

export const writeOutputCmdlet: CmdletImplementation = {
  name: 'Write-Output',
  pipeline: 'collect',
  async run(call) {
    const objects = call.parameters.has('InputObject') ? call.parameters.list('InputObject') ?? [] : call.input;
    const noEnumerate = call.parameters.flag('NoEnumerate');
    for (const item of objects) {
      if (noEnumerate) call.output(item);
      else for (const element of Array.isArray(item) ? enumerate(item) : [item]) call.output(element);
    }
  },
};
