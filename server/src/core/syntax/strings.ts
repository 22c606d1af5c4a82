// Maps between positions in a string literal's decoded value and document offsets, so that a
// finding inside a value (one bad attribute of "X400:c=US;P=...") points at exactly that text, and
// completion at a cursor inside a string knows where in the value it is.
//
// Plain text maps one-to-one. An escape sequence (`` `n ``, `""`, `''`) is one part whose value and
// source differ in length: positions inside its value map to its start, and the position after it
// maps to its end. Expansions (`$x`, `$( )`) keep their source text in the value, so they map
// one-to-one too.

import type { StringLiteral } from './ast';

/** The document offset of index `valueIndex` of `str.value` (`str.value.length` maps to the content end). */
export function sourceOffsetInString(str: StringLiteral, valueIndex: number): number {
  if (valueIndex <= 0) return str.parts.length > 0 ? str.parts[0].range.start : str.contentRange.start;
  let consumed = 0;
  for (const part of str.parts) {
    const length = partValueLength(part);
    if (valueIndex < consumed + length) {
      const isEscape = part.kind === 'Text' && part.escape === true;
      return isEscape ? part.range.start : part.range.start + (valueIndex - consumed);
    }
    consumed += length;
  }
  return str.contentRange.end;
}

/** The index into `str.value` at document offset `offset` (clamped to the value). */
export function valueIndexAtOffset(str: StringLiteral, offset: number): number {
  if (offset <= str.contentRange.start) return 0;
  let consumed = 0;
  for (const part of str.parts) {
    const length = partValueLength(part);
    if (offset < part.range.end) {
      if (offset <= part.range.start) return consumed;
      const isEscape = part.kind === 'Text' && part.escape === true;
      return isEscape ? consumed + length : consumed + (offset - part.range.start);
    }
    consumed += length;
  }
  return str.value.length;
}

function partValueLength(part: StringLiteral['parts'][number]): number {
  if (part.kind === 'Text') return part.value.length;
  return part.range.end - part.range.start;
}
