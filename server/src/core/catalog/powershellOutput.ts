// PowerShell's formatting and output cmdlets that connector scripts end their pipelines with:
// Format-List, Format-Table, Out-String, Out-Null, Write-Host and Write-Output.
//
// Sources: the Windows PowerShell 5.1 cmdlet reference (MicrosoftDocs/PowerShell-Docs, reference/5.1/
// Microsoft.PowerShell.Utility/*.md), because the Exchange Management Shell runs on Windows PowerShell;
// Write-Host's Msg/Message aliases and remaining-arguments binding from the PowerShell source
// (WriteHostCommand). Out-String -Width is validated from 2 up.

import { anyObject, DEFAULT_SET, inDefaultSet, int, INT32_MAX, named, oneOf, propertyName, switchValue, text, textDefault } from './builders';
import type { CmdletSpec, ParameterSpec } from './types';

/** The piped-in objects of a single-set cmdlet. Any value, arrays included (taken as one object). */
function pipedInput(description: string): ParameterSpec {
  return named('InputObject', anyObject, description, {
    multiValued: true,
    sets: inDefaultSet({ valueFromPipeline: true }),
  });
}

/** The parameters Format-List and Format-Table share, minus Property (which differs in wording). */
function formatParameters(view: 'list' | 'table'): ParameterSpec[] {
  return [
    named('DisplayError', switchValue, 'Shows #ERR in the output where a property expression fails, to debug calculated properties.'),
    named('Expand', oneOf('CoreOnly', 'EnumOnly', 'Both'),
      'For a collection, formats its items (EnumOnly), the collection object itself (CoreOnly), or both.', { default: textDefault('EnumOnly') }),
    named('Force', switchValue, 'With -DisplayError or -ShowError, shows the whole error instead of a summary.'),
    named('GroupBy', propertyName, `Starts a new ${view} section whenever this property (or calculated property) changes; sort the input first.`),
    pipedInput(`The objects to format as a ${view}; normally piped in.`),
    named('ShowError', switchValue, 'Writes errors from failing property expressions to the pipeline, to debug calculated properties.'),
    named('View', text, `Uses this named ${view} view from the formatting files instead of the default; not with -Property.`),
    named('ExcludeProperty', propertyName, 'Properties to leave out; wildcards work.', { multiValued: true, powerShell7Only: true }),
  ];
}

const formatList: CmdletSpec = {
  name: 'Format-List',
  aliases: ['fl'],
  module: 'PowerShell',
  synopsis: 'Shows each object as a list of "Property : Value" lines.',
  description: 'The usual way to see every setting of an Exchange object: `Get-ForeignConnector | Format-List` shows all properties, `Format-List Name,DropDirectory` only those named (wildcards allowed).',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Get-TransportService Hub01 | Format-List Pickup*,Replay*',
  parameters: [
    named('Property', propertyName,
      'The properties to show, in this order; wildcards such as * or Pickup* and calculated properties (@{Name=...; Expression={...}}) work.',
      { multiValued: true, sets: inDefaultSet({ position: 0 }) }),
    ...formatParameters('list'),
  ],
};

const formatTable: CmdletSpec = {
  name: 'Format-Table',
  aliases: ['ft'],
  module: 'PowerShell',
  synopsis: 'Shows objects as a table with one column per property.',
  description: 'Handy for comparing several connectors or servers side by side: `Get-ForeignConnector | Format-Table Name,AddressSpaces,Enabled -AutoSize`.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Get-ForeignConnector | Format-Table Name,DropDirectory,Enabled -AutoSize',
  parameters: [
    named('AutoSize', switchValue, 'Sizes the columns to fit the data instead of the view\'s fixed widths.'),
    named('HideTableHeaders', switchValue, 'Leaves out the column headings.'),
    named('Property', propertyName,
      'The properties to show as columns, in this order; wildcards and calculated properties (@{Label=...; Expression={...}; Width=...}) work.',
      { multiValued: true, sets: inDefaultSet({ position: 0 }) }),
    named('Wrap', switchValue, 'Continues long values on the next line instead of cutting them off.'),
    named('RepeatHeader', switchValue, 'Repeats the column headings after every screenful.', { powerShell7Only: true }),
    ...formatParameters('table'),
  ],
};

const outString: CmdletSpec = {
  name: 'Out-String',
  module: 'PowerShell',
  synopsis: 'Turns objects into the text PowerShell would display for them.',
  description: 'Useful to put formatted output into a variable or a message body.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: '$text = Get-ForeignConnector | Format-List | Out-String',
  parameters: [
    pipedInput('The objects to turn into text; normally piped in.'),
    named('Stream', switchValue, 'Emits one string per line instead of a single string for all the output.'),
    named('Width', int(2, INT32_MAX), 'The number of characters per line; longer lines are cut or wrapped.'),
    named('NoNewline', switchValue, 'Joins the output without line breaks, not even one at the end.', { powerShell7Only: true }),
  ],
};

const outNull: CmdletSpec = {
  name: 'Out-Null',
  module: 'PowerShell',
  synopsis: 'Discards its input instead of displaying it.',
  description: 'Scripts pipe a command to Out-Null when its output is not wanted.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'New-Item -ItemType Directory "C:\\Drop Directory" | Out-Null',
  parameters: [pipedInput('The objects to discard; normally piped in.')],
};

const CONSOLE_COLORS = [
  'Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray',
  'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White',
];

const writeHost: CmdletSpec = {
  name: 'Write-Host',
  module: 'PowerShell',
  synopsis: 'Writes text straight to the console, optionally in colour.',
  description: 'It shows messages to the person running the script; nothing is written to the pipeline, so it cannot be captured or piped on.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Write-Host "Foreign connector created" -ForegroundColor Green',
  parameters: [
    named('Object', anyObject, 'What to display; several values are joined with -Separator, and extra unnamed arguments are added to it.', {
      aliases: ['Msg', 'Message'],
      multiValued: true,
      sets: inDefaultSet({ position: 0, valueFromPipeline: true, valueFromRemainingArguments: true }),
    }),
    named('NoNewline', switchValue, 'Does not end the output with a line break, so the next output continues the line.'),
    named('Separator', anyObject, 'The text put between several displayed values.', { default: textDefault(' ', '" "') }),
    named('ForegroundColor', oneOf(...CONSOLE_COLORS), 'The colour of the text.'),
    named('BackgroundColor', oneOf(...CONSOLE_COLORS), 'The colour behind the text.'),
  ],
};

const writeOutput: CmdletSpec = {
  name: 'Write-Output',
  aliases: ['write', 'echo'],
  module: 'PowerShell',
  synopsis: 'Sends objects down the pipeline, or to the console at its end.',
  description: 'The explicit form of simply writing a value on its own line.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Write-Output "Drop directory: $dropDirectory"',
  parameters: [
    named('InputObject', anyObject, 'The objects to send on; extra unnamed arguments are added to them.', {
      multiValued: true,
      sets: inDefaultSet({ mandatory: true, position: 0, valueFromPipeline: true, valueFromRemainingArguments: true }),
    }),
    named('NoEnumerate', switchValue, 'Sends a collection on as one object instead of item by item.'),
  ],
};

export const POWERSHELL_OUTPUT_CMDLETS: readonly CmdletSpec[] = [
  formatList,
  formatTable,
  outString,
  outNull,
  writeHost,
  writeOutput,
];
