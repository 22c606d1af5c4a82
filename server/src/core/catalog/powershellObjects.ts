// PowerShell's object pipeline cmdlets used between an Exchange Get- cmdlet and the output:
// Where-Object, ForEach-Object, Select-Object and Sort-Object.
//
// Sources: the Windows PowerShell 5.1 cmdlet reference (MicrosoftDocs/PowerShell-Docs, reference/5.1/
// Microsoft.PowerShell.Core/Where-Object.md and ForEach-Object.md, Microsoft.PowerShell.Utility/
// Select-Object.md and Sort-Object.md): parameter sets, positions, operator aliases (IEQ, ILike, ...).
// Select-Object's counts are validated from 0 up; ForEach-Object's -RemainingScripts and -ArgumentList
// take the leftover positional arguments (`ForEach-Object {begin} {process} {end}`, `foreach Split "."`).

import { anyObject, confirmParameter, DEFAULT_SET, int, INT32_MAX, named, propertyName, scriptBlock, switchValue, text, whatIfParameter } from './builders';
import type { CmdletSpec, ParameterSetMembership, ParameterSpec } from './types';

/** Membership in each of the named sets. */
function inSets(sets: readonly string[], membership: ParameterSetMembership = {}): Record<string, ParameterSetMembership> {
  return Object.fromEntries(sets.map((set) => [set, { ...membership }]));
}

function pipedInput(sets: readonly string[], description: string): ParameterSpec {
  return named('InputObject', anyObject, description, { multiValued: true, sets: inSets(sets, { valueFromPipeline: true }) });
}

// ---- Where-Object -------------------------------------------------------------------------------

/** One comparison switch of Where-Object's simplified syntax: its set, its alias and what it tests. */
interface WhereOperator {
  name: string;
  set: string;
  alias?: string;
  test: string;
}

/** Case-insensitive operator, its case-sensitive twin (C prefix), both testing the same relation. */
function operatorPair(name: string, set: string, test: string): WhereOperator[] {
  return [
    { name, set, alias: `I${name}`, test },
    { name: `C${name}`, set: `CaseSensitive${set}`, test: `${test}, comparing case-sensitively` },
  ];
}

const WHERE_OPERATORS: WhereOperator[] = [
  ...operatorPair('EQ', 'EqualSet', 'equals the value'),
  ...operatorPair('NE', 'NotEqualSet', 'differs from the value'),
  ...operatorPair('GT', 'GreaterThanSet', 'is greater than the value'),
  ...operatorPair('LT', 'LessThanSet', 'is less than the value'),
  ...operatorPair('GE', 'GreaterOrEqualSet', 'is greater than or equal to the value'),
  ...operatorPair('LE', 'LessOrEqualSet', 'is less than or equal to the value'),
  ...operatorPair('Like', 'LikeSet', 'matches the wildcard pattern in the value'),
  ...operatorPair('NotLike', 'NotLikeSet', 'does not match the wildcard pattern in the value'),
  ...operatorPair('Match', 'MatchSet', 'matches the regular expression in the value'),
  ...operatorPair('NotMatch', 'NotMatchSet', 'does not match the regular expression in the value'),
  ...operatorPair('Contains', 'ContainsSet', 'is a collection with an item equal to the value'),
  ...operatorPair('NotContains', 'NotContainsSet', 'is a collection with no item equal to the value'),
  ...operatorPair('In', 'InSet', 'equals one of the values'),
  ...operatorPair('NotIn', 'NotInSet', 'equals none of the values'),
  { name: 'Is', set: 'IsSet', test: 'is of the .NET type given as the value, such as [string]' },
  { name: 'IsNot', set: 'IsNotSet', test: 'is not of the .NET type given as the value' },
];

const COMPARISON_SETS = WHERE_OPERATORS.map((operator) => operator.set);
/** PowerShell 7's `Where-Object -Not Property`: keeps the objects whose property is falsy. */
const WHERE_NOT_SET = 'NotSet';
const WHERE_SETS = ['EqualSet', 'ScriptBlockSet', ...COMPARISON_SETS.filter((set) => set !== 'EqualSet'), WHERE_NOT_SET];

/** Membership in sets PowerShell 7 added, for the parameters that only it has. */
const powerShell7 = { powerShell7Only: true } as const;

function whereOperatorParameter(operator: WhereOperator): ParameterSpec {
  // -EQ is optional in its set so that `Where-Object Enabled` (a bare property test) binds there.
  const mandatory = operator.name !== 'EQ';
  return named(operator.name, switchValue, `Keeps the objects whose -Property ${operator.test}.`, {
    ...(operator.alias ? { aliases: [operator.alias] } : {}),
    sets: { [operator.set]: { mandatory } },
  });
}

const whereObject: CmdletSpec = {
  name: 'Where-Object',
  aliases: ['where', '?'],
  module: 'PowerShell',
  synopsis: 'Passes on only the piped objects that meet a condition.',
  description: 'Write the condition as a script block (`Where-Object { $_.Enabled -and $_.Name -like "Fax*" }`) or, for one comparison, as property, operator and value (`Where-Object Name -like "Fax*"`).',
  parameterSets: WHERE_SETS,
  commonParameters: true,
  example: 'Get-ForeignConnector | Where-Object { $_.Enabled -eq $false }',
  parameters: [
    pipedInput(WHERE_SETS, 'The objects to filter; normally piped in (a value given here is tested as one object).'),
    named('FilterScript', scriptBlock, 'The condition, as a script block in which $_ is the current object; objects for which it is true pass.', {
      sets: { ScriptBlockSet: { mandatory: true, position: 0 } },
    }),
    named('Property', propertyName, 'The property of each object to compare; alone, it keeps the objects where the property is truthy.', {
      sets: inSets([...COMPARISON_SETS, WHERE_NOT_SET], { mandatory: true, position: 0 }),
    }),
    named('Value', anyObject, 'What the property is compared with; wildcards work with -Like and -NotLike.', {
      multiValued: true,
      sets: inSets(COMPARISON_SETS, { position: 1 }),
    }),
    ...WHERE_OPERATORS.map(whereOperatorParameter),
    named('Not', switchValue, 'Keeps the objects whose -Property is false, empty or absent.', {
      ...powerShell7,
      sets: { [WHERE_NOT_SET]: { mandatory: true } },
    }),
  ],
};

// ---- ForEach-Object -----------------------------------------------------------------------------

const SCRIPT_BLOCK_SET = 'ScriptBlockSet';
const MEMBER_SET = 'PropertyAndMethodSet';
const PARALLEL_SET = 'ParallelParameterSet';
const inParallelSet = { ...powerShell7, sets: { [PARALLEL_SET]: {} } };

const forEachObject: CmdletSpec = {
  name: 'ForEach-Object',
  aliases: ['foreach', '%'],
  module: 'PowerShell',
  synopsis: 'Runs a script block for each piped object, or reads a property or calls a method of each.',
  description: 'In the script block $_ is the current object: `Get-ForeignConnector | ForEach-Object { Set-ForeignConnector $_.Identity -Enabled $false }`. `ForEach-Object Name` returns each object\'s Name.',
  parameterSets: [SCRIPT_BLOCK_SET, MEMBER_SET, PARALLEL_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Get-ForeignConnector | ForEach-Object { $_.DropDirectory }',
  parameters: [
    pipedInput([SCRIPT_BLOCK_SET, MEMBER_SET, PARALLEL_SET], 'The objects to process; normally piped in (a value given here is processed as one object).'),
    named('Begin', scriptBlock, 'A script block run once before the first object.', { sets: { [SCRIPT_BLOCK_SET]: {} } }),
    named('Process', scriptBlock, 'The script block run for each object, with the object in $_.', {
      multiValued: true,
      sets: { [SCRIPT_BLOCK_SET]: { mandatory: true, position: 0 } },
    }),
    named('End', scriptBlock, 'A script block run once after the last object.', { sets: { [SCRIPT_BLOCK_SET]: {} } }),
    named('RemainingScripts', scriptBlock,
      'Takes the further unnamed script blocks, so that `ForEach-Object {begin} {process} {end}` works.', {
        multiValued: true,
        sets: { [SCRIPT_BLOCK_SET]: { valueFromRemainingArguments: true } },
      }),
    named('MemberName', text, 'The property to read, or the method to call, on each object; a wildcard must match one member.', {
      sets: { [MEMBER_SET]: { mandatory: true, position: 0 } },
    }),
    named('ArgumentList', anyObject, 'The arguments for the method named by -MemberName; further unnamed arguments are added.', {
      aliases: ['Args'],
      multiValued: true,
      sets: { [MEMBER_SET]: { valueFromRemainingArguments: true } },
    }),
    named('Parallel', scriptBlock, 'Runs the script block for several objects at once, each in a runspace of its own.', {
      ...powerShell7,
      sets: { [PARALLEL_SET]: { mandatory: true } },
    }),
    named('ThrottleLimit', int(1, INT32_MAX), 'How many script blocks -Parallel runs at once (5 unless given).', inParallelSet),
    named('TimeoutSeconds', int(0, INT32_MAX), 'Stops the -Parallel work still running after this many seconds.', inParallelSet),
    named('AsJob', switchValue, 'Runs the -Parallel work as a background job and outputs the job.', inParallelSet),
    named('UseNewRunspace', switchValue, 'Gives every -Parallel run a new runspace instead of reusing one.', inParallelSet),
    confirmParameter,
    whatIfParameter,
  ],
};

// ---- Select-Object ------------------------------------------------------------------------------

const SELECT_DEFAULT = 'DefaultParameter';
const SELECT_SKIP_LAST = 'SkipLastParameter';
const SELECT_INDEX = 'IndexParameter';
/** PowerShell 7's `-SkipIndex`, which Windows PowerShell 5.1 lacks. */
const SELECT_SKIP_INDEX = 'SkipIndexParameter';
const SELECT_SETS = [SELECT_DEFAULT, SELECT_SKIP_LAST, SELECT_INDEX, SELECT_SKIP_INDEX];
const count = int(0, INT32_MAX);

const selectObject: CmdletSpec = {
  name: 'Select-Object',
  aliases: ['select'],
  module: 'PowerShell',
  synopsis: 'Picks properties of the piped objects, or picks some of the objects.',
  description: 'With -Property it makes new objects that carry only those properties; -ExpandProperty returns a property\'s own value (such as each address space); -First, -Last, -Skip and -Unique choose among the objects.',
  parameterSets: SELECT_SETS,
  commonParameters: true,
  example: 'Get-ForeignConnector | Select-Object -ExpandProperty AddressSpaces',
  parameters: [
    pipedInput(SELECT_SETS, 'The objects to select from; normally piped in (a value given here counts as one object).'),
    named('Property', propertyName, 'The properties to keep; wildcards and calculated properties (@{Name=...; Expression={...}}) work.', {
      multiValued: true,
      sets: inSets([SELECT_DEFAULT, SELECT_SKIP_LAST], { position: 0 }),
    }),
    named('ExcludeProperty', propertyName, 'Properties to leave out of those -Property selects; wildcards work.', {
      multiValued: true,
      sets: inSets([SELECT_DEFAULT, SELECT_SKIP_LAST]),
    }),
    named('ExpandProperty', propertyName, 'Outputs the value of this one property instead of the object; a collection is output item by item.', {
      sets: inSets([SELECT_DEFAULT, SELECT_SKIP_LAST]),
    }),
    named('Unique', switchValue, 'Drops objects identical to one already passed.'),
    named('Last', count, 'Keeps only this many objects from the end.', { sets: inSets([SELECT_DEFAULT]) }),
    named('First', count, 'Keeps only this many objects from the start.', { sets: inSets([SELECT_DEFAULT]) }),
    named('Skip', count, 'Passes over this many objects from the start (from the end with -Last).', { sets: inSets([SELECT_DEFAULT]) }),
    named('SkipLast', count, 'Leaves out this many objects at the end.', { sets: inSets([SELECT_SKIP_LAST]) }),
    named('Wait', switchValue, 'Lets the earlier commands run to the end even after -First or -Index has what it needs.', {
      sets: inSets([SELECT_DEFAULT, SELECT_INDEX]),
    }),
    named('Index', int(), 'Keeps the objects at these 0-based positions.', { multiValued: true, sets: inSets([SELECT_INDEX]) }),
    named('SkipIndex', int(), 'Leaves out the objects at these 0-based positions.', { ...powerShell7, multiValued: true, sets: inSets([SELECT_SKIP_INDEX]) }),
    named('CaseInsensitive', switchValue, 'With -Unique, treats text differing only in case as the same.', powerShell7),
  ],
};

// ---- Sort-Object --------------------------------------------------------------------------------

// PowerShell 7 split Sort-Object into the default set (with -Stable) and the -Top and -Bottom sets.
const SORT_TOP_SET = 'Top';
const SORT_BOTTOM_SET = 'Bottom';
const SORT_SETS = [DEFAULT_SET, SORT_TOP_SET, SORT_BOTTOM_SET];

const sortObject: CmdletSpec = {
  name: 'Sort-Object',
  aliases: ['sort'],
  module: 'PowerShell',
  synopsis: 'Sorts the piped objects by one or more properties.',
  description: 'Sorts ascending unless -Descending is given; sort before Format-Table -GroupBy.',
  parameterSets: SORT_SETS,
  commonParameters: true,
  example: 'Get-MessageTrackingLog -EventId FAIL | Sort-Object Timestamp -Descending',
  parameters: [
    named('Property', propertyName, 'The properties to sort by, most significant first; calculated properties may set their own direction.', {
      multiValued: true,
      sets: inSets(SORT_SETS, { position: 0 }),
    }),
    named('Descending', switchValue, 'Sorts from highest to lowest.'),
    named('Unique', switchValue, 'Keeps only one of each set of equal objects.'),
    named('InputObject', anyObject, 'The objects to sort; normally piped in (a value given here counts as one object).', {
      multiValued: true,
      sets: inSets(SORT_SETS, { valueFromPipeline: true }),
    }),
    named('Culture', text, 'The culture whose rules order text, such as en-US.'),
    named('CaseSensitive', switchValue, 'Orders upper and lower case letters apart instead of treating them alike.'),
    named('Stable', switchValue, 'Keeps objects that sort equal in the order they came.', { ...powerShell7, sets: inSets([DEFAULT_SET]) }),
    named('Top', count, 'Keeps only this many objects from the start of the sorted order.', { ...powerShell7, sets: inSets([SORT_TOP_SET], { mandatory: true }) }),
    named('Bottom', count, 'Keeps only this many objects from the end of the sorted order.', { ...powerShell7, sets: inSets([SORT_BOTTOM_SET], { mandatory: true }) }),
  ],
};

export const POWERSHELL_OBJECT_CMDLETS: readonly CmdletSpec[] = [
  whereObject,
  forEachObject,
  selectObject,
  sortObject,
];
