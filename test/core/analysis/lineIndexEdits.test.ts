import * as assert from 'node:assert/strict';
import { linesAfterEdit } from '../../../server/src/core/analysis';
import { changedSpan } from '../../../server/src/core/analysis/editedRegion';
import { LineIndex } from '../../../server/src/core/syntax/positions';

/** Line breaks of every kind, next to each other too, so edits split and join "\r\n". */
const PIECES = ['a', 'bc', '\n', '\r', '\r\n', ' ', '\n\r'];

function randomText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('LineIndex after an edit', () => {
  it('equals the index of the new text built from scratch, whatever the edit does to line breaks', () => {
    const random = seeded(7);
    for (let run = 0; run < 3000; run++) {
      const before = randomText(random, Math.floor(random() * 40));
      const start = Math.floor(random() * (before.length + 1));
      const end = start + Math.floor(random() * (before.length - start + 1));
      const after = before.slice(0, start) + randomText(random, Math.floor(random() * 6)) + before.slice(end);
      const span = changedSpan(before, after);
      const edited = LineIndex.afterEdit(new LineIndex(before), after, span.start, span.oldEnd, span.newEnd);
      assert.deepEqual(edited, new LineIndex(after), `${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    }
  });

  it('is exact for a span wider than the change (the caller may pass any span that covers it)', () => {
    const before = 'ab\r\ncd\ne\rf\n';
    const after = 'ab\r\ncX\ne\rf\n';
    assert.deepEqual(LineIndex.afterEdit(new LineIndex(before), after, 0, before.length, after.length), new LineIndex(after));
    assert.deepEqual(LineIndex.afterEdit(new LineIndex(before), after, 2, 9, 9), new LineIndex(after));
  });

  it('keeps the index of an unchanged text', () => {
    const lines = new LineIndex('a\nb');
    assert.equal(linesAfterEdit(lines, 'a\nb'), lines);
    assert.deepEqual(linesAfterEdit(lines, 'a\n\nb'), new LineIndex('a\n\nb'));
  });
});
