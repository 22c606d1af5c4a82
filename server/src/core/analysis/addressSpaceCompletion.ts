// Completion inside an address-space string: the type first (`X400:`, `SMTP:`), then for an X400
// address space the attribute keys not used yet (c=, a=, p=, o=, ou1= ...) with what they mean, and
// the cost that ends the address space once there are attributes. Offsets inside the string's value
// are mapped back to the document through the string's parts, so escapes do not shift the edits.

import { CompletionItemKind } from 'vscode-languageserver-types';
import { findX400Attribute, X400_ATTRIBUTES, type X400AttributeInfo } from '../addressSpace/x400Attributes';
import { MAX_COST, MIN_COST } from '../addressSpace/addressSpaceCost';
import type { StringLiteral } from '../syntax/ast';
import { sourceOffsetInString, valueIndexAtOffset } from '../syntax/strings';
import type { DocumentAnalysis } from './documentAnalysis';
import type { CompletionItem } from './editorResults';
import { x400AttributeMarkdown } from './x400Presentation';

interface Segment {
  /** The address-space text on the cursor's line of the string value. */
  text: string;
  /** Where `text` starts in the string's value. */
  start: number;
  /** The cursor, relative to `text`. */
  cursor: number;
}

export function addressSpaceCompletions(analysis: DocumentAnalysis, string: StringLiteral, offset: number): CompletionItem[] {
  const cursor = valueIndexAtOffset(string, offset);
  // Inside an escape sequence (between the ` and the r of `r) the cursor is at no place of the value,
  // and an edit after the escape would not hold the cursor, as LSP requires: nothing to offer there.
  if (sourceOffsetInString(string, cursor) > offset) return [];
  const segment = segmentAt(string, cursor);
  const colon = segment.text.indexOf(':');
  const toDocument = (at: number) => sourceOffsetInString(string, segment.start + at);
  const edit = (from: number, to: number, newText: string) => ({ range: analysis.lines.rangeAt(toDocument(from), toDocument(to)), newText });
  if (colon < 0 || segment.cursor <= colon) {
    if (/[=;]/.test(segment.text.slice(0, segment.cursor))) return [];
    const end = colon < 0 ? wordEnd(segment.text, segment.cursor) : colon + 1;
    return typeItems().map((item) => ({ ...item, textEdit: edit(0, end, item.label) }));
  }
  if (segment.text.slice(0, colon).trim().toUpperCase() !== 'X400') return [];
  return x400Completions(segment, colon, edit);
}

/** A string may span lines (an unterminated one runs on); an address space never does. */
function segmentAt(string: StringLiteral, cursor: number): Segment {
  const value = string.value;
  let start = cursor;
  while (start > 0 && !/[\r\n]/.test(value[start - 1])) start--;
  let end = cursor;
  while (end < value.length && !/[\r\n]/.test(value[end])) end++;
  return { text: value.slice(start, end), start, cursor: cursor - start };
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && /[\w.-]/.test(text[end])) end++;
  return end;
}

function typeItems(): Omit<CompletionItem, 'textEdit'>[] {
  const types = [
    { label: 'X400:', detail: 'X.400 address space', doc: 'Attributes written key=value and separated by `;` (c=US;a=Fabrikam;p=Contoso), then `;cost`.' },
    { label: 'SMTP:', detail: 'SMTP address space', doc: 'A domain such as contoso.com, or a wildcard such as *.contoso.com, then `;cost`.' },
  ];
  return types.map((type, index) => ({
    label: type.label,
    kind: CompletionItemKind.Enum,
    detail: type.detail,
    documentation: { kind: 'markdown', value: `${type.doc} A custom type (such as FAX:) is any other word before the colon.` },
    sortText: String(index),
  }));
}

type Edit = (from: number, to: number, newText: string) => CompletionItem['textEdit'];

function x400Completions(segment: Segment, colon: number, edit: Edit): CompletionItem[] {
  const { text, cursor } = segment;
  const fieldStart = Math.max(colon + 1, text.lastIndexOf(';', cursor - 1) + 1);
  const nextSeparator = text.indexOf(';', cursor);
  const fieldEnd = nextSeparator < 0 ? text.length : nextSeparator;
  const typed = text.slice(fieldStart, cursor);
  if (typed.includes('=')) return [];
  const keyStart = fieldStart + (typed.length - typed.trimStart().length);
  const keyEnd = keyEndAt(text, cursor, fieldEnd);
  const used = usedKeys(text.slice(colon + 1), fieldStart - colon - 1);
  const items = X400_ATTRIBUTES.filter((info) => !used.has(info.key)).map((info, index) => attributeItem(info, index, edit(keyStart, keyEnd, `${insertedKey(info)}`)));
  if (used.size > 0 && nextSeparator < 0) items.push(costItem(edit(keyStart, keyEnd, String(MIN_COST))));
  return items;
}

/** The key under the cursor runs to the `=` (which is kept) or the end of the field. */
function keyEndAt(text: string, cursor: number, fieldEnd: number): number {
  const equals = text.indexOf('=', cursor);
  if (equals >= 0 && equals < fieldEnd) return equals + 1;
  return wordEnd(text, cursor);
}

function insertedKey(info: X400AttributeInfo): string {
  return info.key === 'dda' ? 'dda:' : `${info.key}=`;
}

/** The canonical keys of the attributes already written, except the field being typed. */
function usedKeys(address: string, typingAt: number): Set<string> {
  const used = new Set<string>();
  let offset = 0;
  for (const field of address.split(';')) {
    const isTyping = offset <= typingAt && typingAt <= offset + field.length;
    offset += field.length + 1;
    if (isTyping || !field.includes('=')) continue;
    const info = findX400Attribute(field.slice(0, field.indexOf('=')).replace(/^dda:.*/i, 'dda'));
    if (info && info.key !== 'dda') used.add(info.key);
  }
  return used;
}

function attributeItem(info: X400AttributeInfo, index: number, textEdit: CompletionItem['textEdit']): CompletionItem {
  return {
    label: insertedKey(info),
    kind: CompletionItemKind.Field,
    detail: info.name,
    documentation: { kind: 'markdown', value: x400AttributeMarkdown(info) },
    sortText: String(index).padStart(2, '0'),
    filterText: insertedKey(info),
    textEdit,
    data: { kind: 'x400Attribute', key: info.key },
  };
}

function costItem(textEdit: CompletionItem['textEdit']): CompletionItem {
  return {
    label: String(MIN_COST),
    kind: CompletionItemKind.Unit,
    detail: `cost (${MIN_COST}–${MAX_COST}, lower is preferred)`,
    documentation: {
      kind: 'markdown',
      value: `The last \`;\`-separated field of an X400 address space is its **cost**, from ${MIN_COST} to ${MAX_COST}. When several connectors match a recipient equally well, the lowest cost wins. An X400 address space must state it, because it contains \`;\`.`,
    },
    sortText: '99',
    textEdit,
  };
}
