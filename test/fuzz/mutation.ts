// Text mutations shared by the fuzz targets: an edit inserts, deletes, duplicates or replaces a run
// of characters at a position given as a plain natural number (taken modulo the text's length), so
// edits stay meaningful whatever the text they land on and shrink towards the start of the text.

import fc from 'fast-check';

export type EditKind = 'insert' | 'delete' | 'duplicate' | 'replace';

export interface TextEdit {
  kind: EditKind;
  /** Any natural number; reduced modulo the length of the text it applies to. */
  at: number;
  /** How many characters a delete, duplicate or replace covers. */
  size: number;
  /** What an insert or replace puts in. */
  piece: string;
}

/** Edits whose inserted pieces come from `pieces` (tokens that matter to the grammar under test). */
export function editArbitrary(pieces: fc.Arbitrary<string>, maxSize = 12): fc.Arbitrary<TextEdit> {
  return fc.record({
    kind: fc.constantFrom<EditKind>('insert', 'delete', 'duplicate', 'replace'),
    at: fc.nat(),
    size: fc.integer({ min: 1, max: maxSize }),
    piece: pieces,
  });
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of edits) out = applyEdit(out, edit);
  return out;
}

function applyEdit(text: string, { kind, at, size, piece }: TextEdit): string {
  const i = at % (text.length + 1);
  switch (kind) {
    case 'insert':
      return text.slice(0, i) + piece + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + size);
    case 'duplicate':
      return text.slice(0, i + size) + text.slice(i, i + size) + text.slice(i + size);
    case 'replace':
      return text.slice(0, i) + piece + text.slice(i + size);
  }
}

/** Pieces drawn mostly from `tokens`, sometimes a random short string (any code point, lone surrogates too). */
export function pieceArbitrary(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...tokens) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'\u0000\uD800\uDC00\uFFFD\uFEFF\u200B\u2028'), minLength: 1, maxLength: 2 }) },
  );
}

/**
 * Any text as an array of UTF-16 code units, shrinkable without generation context: run.ts seeds it
 * with a failing text (an example) so fast-check removes and simplifies characters one by one,
 * which the generators' own shrinking (of a corpus pick and its edits) cannot do.
 */
export function textReducer(maxLength: number): fc.Arbitrary<string> {
  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map(
    (code) => String.fromCharCode(code),
    (value) => {
      if (typeof value !== 'string' || value.length !== 1) throw new Error('not one code unit');
      return value.charCodeAt(0);
    },
  );
  return fc.array(codeUnit, { maxLength }).map(
    (units) => units.join(''),
    (value) => {
      if (typeof value !== 'string') throw new Error('not a string');
      return value.split('');
    },
  );
}
