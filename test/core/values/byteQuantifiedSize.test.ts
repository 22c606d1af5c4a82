import * as assert from 'node:assert/strict';
import { formatSize, parseSize } from '../../../server/src/core/values/byteQuantifiedSize';

describe('size values (ByteQuantifiedSize)', () => {
  it('reads a number with an optional unit, bare bytes and unlimited', () => {
    assert.deepEqual(parseSize('10MB'), { unlimited: false, bytes: 10 * 1024 ** 2 });
    assert.deepEqual(parseSize('1.5 kb'), { unlimited: false, bytes: 1536 });
    assert.deepEqual(parseSize('65536'), { unlimited: false, bytes: 65536 });
    assert.deepEqual(parseSize(' Unlimited '), { unlimited: true });
  });

  it('reads back the text Exchange shows and exports, taking the exact byte count', () => {
    assert.deepEqual(parseSize('10 MB (10,485,760 bytes)'), { unlimited: false, bytes: 10_485_760 });
    // The amount before the parentheses is rounded; the count in them is what Exchange holds.
    assert.deepEqual(parseSize('1.001 KB (1,025 bytes)'), { unlimited: false, bytes: 1025 });
    assert.deepEqual(parseSize('512 B (512 bytes)'), { unlimited: false, bytes: 512 });
    for (const bytes of [1, 1023, 1024, 65_536, 26_214_400, 5 * 1024 ** 4 + 7]) {
      assert.deepEqual(parseSize(formatSize({ unlimited: false, bytes })), { unlimited: false, bytes }, String(bytes));
    }
  });

  it('refuses text that is not a size', () => {
    for (const text of ['', 'ten MB', '10 XB', '10 MB (ten bytes)', '10 MB (10,48,5760 bytes)', '(10 bytes)']) {
      assert.equal(parseSize(text), undefined, text);
    }
  });
});
