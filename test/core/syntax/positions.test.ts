import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/syntax/positions';

describe('LineIndex', () => {
  it('maps offsets to lines across \\n, \\r\\n and lone \\r', () => {
    const index = new LineIndex('ab\r\ncd\ne\rf');
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(9), { line: 3, character: 0 });
    assert.equal(index.offsetAt({ line: 1, character: 1 }), 5);
  });

  it('puts an offset between the \\r and \\n of a line break at the end of its line', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(index.rangeAt(2, 3), { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } });
  });

  it('clamps positions past the end of a line or the document', () => {
    const index = new LineIndex('ab\ncd');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 5);
  });
});
