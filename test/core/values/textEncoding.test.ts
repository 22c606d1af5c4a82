import * as assert from 'node:assert/strict';
import { decodeText } from '../../../server/src/core/values/textEncoding';

const SCRIPT = 'Get-ForeignConnector "Contoso – X.400"\r\n';

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return bytes;
}

describe('script and export files: text by byte-order mark, as PowerShell reads them', () => {
  it('reads UTF-16LE with a BOM, as Windows PowerShell ISE and Notepad save', () => {
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SCRIPT, 'utf16le')])), SCRIPT);
  });

  it('reads UTF-16BE with a BOM', () => {
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SCRIPT)])), SCRIPT);
  });

  it('drops a UTF-8 BOM, and reads bytes without one as UTF-8', () => {
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SCRIPT, 'utf8')])), SCRIPT);
    assert.equal(decodeText(Buffer.from(SCRIPT, 'utf8')), SCRIPT);
  });
});
