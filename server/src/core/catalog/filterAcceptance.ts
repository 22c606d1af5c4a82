// What an OPATH -Filter of the queue and message cmdlets accepts, beyond its syntax: each condition
// names a property the chosen objects have and filter on, uses an operator that property's type
// supports, and compares it with a value of that type. valueTypes.ts asks this for the `filter` value
// type, so the editor and the run refuse the same filters with the same words.

import { didYouMean, LISTED_VALUES } from '../values/didYouMean';
import { FILTER_COMPARISON_OPERATORS, filterComparisons, parseFilter, type FilterNode } from '../values/opathFilter';
import type { ObjectTypeSpec, PropertySpec, ValueType } from './types';

/** One thing wrong with a filter, at offsets into the filter text. */
export interface FilterProblem {
  message: string;
  start: number;
  end: number;
}

/** Whether `text` is a value of `type`, as the value-type decision judges it. */
export type AcceptsValue = (type: ValueType, text: string) => boolean;

type Comparison = Extract<FilterNode, { kind: 'comparison' }>;

const ORDERED = ['-eq', '-ne', '-gt', '-ge', '-lt', '-le'];
const TEXTUAL = ['-eq', '-ne', '-like', '-notlike'];
const EQUALITY = ['-eq', '-ne'];

/** The operators a property's value type supports: numbers, sizes and dates order; text matches wildcards. */
export function filterOperatorsFor(type: ValueType): readonly string[] {
  switch (type.kind) {
    case 'int':
    case 'size':
    case 'dateTime':
    case 'timespan':
      return ORDERED;
    case 'enum':
      return EQUALITY;
    default:
      return TEXTUAL;
  }
}

/** Every problem of `text` as a filter over `object`'s properties; none when it is a valid filter. */
export function filterProblems(text: string, object: ObjectTypeSpec, accepts: AcceptsValue): FilterProblem[] {
  const parsed = parseFilter(text);
  const problems: FilterProblem[] = [...parsed.problems];
  for (const comparison of filterComparisons(parsed.root)) problems.push(...comparisonProblems(comparison, object, accepts));
  return problems.sort((a, b) => a.start - b.start);
}

function comparisonProblems(comparison: Comparison, object: ObjectTypeSpec, accepts: AcceptsValue): FilterProblem[] {
  const { property: name, operator } = comparison;
  const plural = `${object.name.toLowerCase()}s`;
  const property = object.properties.find((candidate) => candidate.name.toLowerCase() === name.text.toLowerCase());
  if (!property) {
    const suggestion = didYouMean(name.text, object.properties.filter((candidate) => candidate.filter).map((candidate) => candidate.name), LISTED_VALUES)[0];
    const hint = suggestion ? ` Did you mean ${suggestion}?` : ` Filter on a property such as ${firstFilterable(object)}.`;
    return [{ message: `${object.name} filters have no property '${name.text}'.${hint}`, start: name.start, end: name.end }];
  }
  if (!property.filter) {
    return [{ message: `Exchange does not filter ${plural} on ${property.name}. Filter on another property, or pipe the result to Where-Object.`, start: name.start, end: name.end }];
  }
  const operators = filterOperatorsFor(property.filter);
  if (!FILTER_COMPARISON_OPERATORS.some((known) => known === operator.text)) {
    const instead = /^-(i|c)?(contains|match)$/.test(operator.text) ? ` To find text inside ${property.name}, use -like '*text*'.` : '';
    return [{ message: `'${operator.text}' is not an operator of these filters; use ${operators.join(', ')}.${instead}`, start: operator.start, end: operator.end }];
  }
  if (!operators.includes(operator.text)) {
    return [{ message: `${property.name} cannot be compared with ${operator.text}; use ${operators.join(', ')}.`, start: operator.start, end: operator.end }];
  }
  return valueProblems(comparison, property, property.filter, accepts);
}

function valueProblems(comparison: Comparison, property: PropertySpec, type: ValueType, accepts: AcceptsValue): FilterProblem[] {
  const { value, operator } = comparison;
  // A variable's value, `$null` (is the property empty) and wildcard patterns are not judged as values.
  if (value.variable || /^\$null$/i.test(value.text) || operator.text.endsWith('like')) return [];
  if (accepts(type, value.text)) return [];
  const at = { start: value.start, end: value.end };
  if (type.kind === 'enum') {
    const suggestion = didYouMean(value.text, type.values, LISTED_VALUES)[0];
    return [{ ...at, message: `${property.name} is one of ${type.values.join(', ')}; '${value.text}' is not.${suggestion ? ` Did you mean ${suggestion}?` : ''}` }];
  }
  return [{ ...at, message: `${property.name} is compared with ${expected(type)}; '${value.text}' is not one.` }];
}

/** What a value of the type looks like, in the words of the messages. */
function expected(type: ValueType): string {
  switch (type.kind) {
    case 'int':
      if (type.fractional) return 'a number such as 0.5';
      if (type.min !== undefined && type.max !== undefined) return `a whole number from ${type.min} to ${type.max}`;
      return type.min !== undefined ? `a whole number of at least ${type.min}` : 'a whole number';
    case 'size':
      return 'a size such as 500KB or 10MB';
    case 'dateTime':
      return 'a date and time such as \'2024-01-31 08:00\'';
    case 'timespan':
      return 'a time span such as 01:30:00';
    default:
      return 'a value of its type';
  }
}

function firstFilterable(object: ObjectTypeSpec): string {
  return object.properties.find((candidate) => candidate.filter && candidate.name !== 'Identity')?.name ?? 'Identity';
}
