// Completion inside the OPATH -Filter string of a queue or message cmdlet: where a condition starts,
// the properties those objects filter on; after a property, the operators its type supports; after
// an operator, the values of a property that has a fixed list (Status, DeliveryType...). The filter
// objects and the operators per type are the catalog's (queueViewerObjects.ts, filterAcceptance.ts).

import { CompletionItemKind } from 'vscode-languageserver-types';
import { filterOperatorsFor } from '../catalog/filterAcceptance';
import { FILTER_OBJECTS } from '../catalog/queueViewerObjects';
import type { FilterTarget, ObjectTypeSpec } from '../catalog/types';
import type { StringLiteral } from '../syntax/ast';
import { sourceOffsetInString, valueIndexAtOffset } from '../syntax/strings';
import type { DocumentAnalysis } from './documentAnalysis';
import type { CompletionItem } from './editorResults';

/** Words that end a condition or start one: after them comes a property. */
const STARTERS = /^(?:-and|-or|-not|\()$/i;

export function filterCompletions(analysis: DocumentAnalysis, string: StringLiteral, offset: number, of: FilterTarget): CompletionItem[] {
  const cursor = valueIndexAtOffset(string, offset);
  if (sourceOffsetInString(string, cursor) > offset) return [];
  const value = string.value;
  let start = cursor;
  while (start > 0 && /[\w-]/.test(value[start - 1])) start--;
  let end = cursor;
  while (end < value.length && /[\w]/.test(value[end])) end++;
  // A value's opening quote is typed already: `Status -eq '‸`.
  const quoted = value[start - 1] === '\'';
  const before = wordsBefore(value.slice(0, quoted ? start - 1 : start));
  const range = analysis.lines.rangeAt(sourceOffsetInString(string, start), sourceOffsetInString(string, end));
  const item = (label: string, kind: CompletionItemKind, detail: string, index: number): CompletionItem =>
    ({ label, kind, detail, sortText: String(index).padStart(3, '0'), textEdit: { range, newText: label } });
  const object = FILTER_OBJECTS[of];
  const previous = before.at(-1);
  if (previous === undefined || STARTERS.test(previous)) {
    return filterable(object).map((property, index) => item(property.name, CompletionItemKind.Property, property.description, index));
  }
  const property = propertyNamed(object, previous);
  if (property?.filter) {
    return filterOperatorsFor(property.filter).map((operator, index) => item(operator, CompletionItemKind.Operator, `${property.name} ${operator} value`, index));
  }
  const compared = before.length >= 2 ? propertyNamed(object, before[before.length - 2]) : undefined;
  if (compared?.filter?.kind === 'enum' && previous.startsWith('-')) {
    // Inside the value's own quotes the bare name; otherwise quoted, as the filter examples write it.
    return compared.filter.values.map((name, index) => item(quoted ? name : `'${name}'`, CompletionItemKind.EnumMember, compared.name, index));
  }
  return [];
}

/** The words before the cursor's word, with parentheses as words of their own. */
function wordsBefore(text: string): string[] {
  return text.replace(/[()]/g, ' $& ').split(/\s+/).filter((word) => word.length > 0);
}

function filterable(object: ObjectTypeSpec) {
  return object.properties.filter((property) => property.filter);
}

function propertyNamed(object: ObjectTypeSpec, word: string) {
  return object.properties.find((property) => property.name.toLowerCase() === word.toLowerCase());
}
