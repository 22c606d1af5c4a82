// The PowerShell common parameters, shared by every cmdlet whose spec says `commonParameters: true`.
// Kept in one table so aliases such as -ea or -ov resolve the same way on every cmdlet.
//
// Source: PowerShell docs, about_CommonParameters (names, aliases, ActionPreference values). -ProgressAction
// is left out: it exists from PowerShell 7.4 only, and the Exchange Management Shell runs on Windows
// PowerShell 5.1, which refuses it as an unknown parameter.

import { int, INT32_MAX, oneOf, switchValue, textDefault, variableName } from './builders';
import type { ParameterSpec } from './types';

/** ActionPreference values in their numeric order (0 … 6); PowerShell also accepts the numbers. */
export const ACTION_PREFERENCE_VALUES = ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'];

const actionPreference = oneOf(...ACTION_PREFERENCE_VALUES);

export const COMMON_PARAMETERS: readonly ParameterSpec[] = [
  {
    name: 'Verbose',
    aliases: ['vb'],
    type: switchValue,
    description: 'Shows the detailed progress messages the command writes to the verbose stream.',
  },
  {
    name: 'Debug',
    aliases: ['db'],
    type: switchValue,
    description: 'Shows the programmer-level messages the command writes to the debug stream.',
  },
  {
    name: 'ErrorAction',
    aliases: ['ea'],
    type: actionPreference,
    description: 'Decides what happens after a non-terminating error: continue, stop, stay silent, ask, or ignore it.',
    default: textDefault('Continue'),
  },
  {
    name: 'WarningAction',
    aliases: ['wa'],
    type: actionPreference,
    description: 'Decides what happens when the command writes a warning.',
    default: textDefault('Continue'),
  },
  {
    name: 'InformationAction',
    aliases: ['infa'],
    type: actionPreference,
    description: 'Decides what happens to messages the command writes to the information stream.',
    default: textDefault('SilentlyContinue'),
  },
  {
    name: 'ErrorVariable',
    aliases: ['ev'],
    type: variableName,
    description: 'Also stores the command\'s errors in this variable (name without $; prefix + to append).',
  },
  {
    name: 'WarningVariable',
    aliases: ['wv'],
    type: variableName,
    description: 'Also stores the command\'s warnings in this variable (name without $; prefix + to append).',
  },
  {
    name: 'InformationVariable',
    aliases: ['iv'],
    type: variableName,
    description: 'Also stores the command\'s information messages in this variable (name without $).',
  },
  {
    name: 'OutVariable',
    aliases: ['ov'],
    type: variableName,
    description: 'Also stores the command\'s output objects in this variable (name without $; prefix + to append).',
  },
  {
    name: 'OutBuffer',
    aliases: ['ob'],
    type: int(0, INT32_MAX),
    description: 'Collects this many objects before passing them down the pipeline together.',
  },
  {
    name: 'PipelineVariable',
    aliases: ['pv'],
    type: variableName,
    description: 'Keeps each object this command emits in a variable that later pipeline stages can read.',
  },
];
