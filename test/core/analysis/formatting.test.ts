import * as assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { formatDocument, formatRange } from '../../../server/src/core/analysis';
import { LineIndex } from '../../../server/src/core/syntax/positions';
import { fixture, lineRange } from './fixture';

const options = { tabSize: 4, insertSpaces: true };

function apply(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  return [...edits]
    .sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))
    .reduce((result, edit) => result.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + result.slice(lines.offsetAt(edit.range.end)), text);
}

const messy = [
  'new-foreignconnector   -name "C"  -addressspaces "SMTP:contoso.com" `',
  '-SourceTransportServers Hub01',
  'Get-ForeignConnector |',
  'Format-List   Name',
].join('\n');

describe('formatting', () => {
  it('fixes casing, spacing and continuation indents with minimal edits', () => {
    assert.deepEqual(formatDocument(fixture(messy).analysis, options), [
      { range: lineRange(0, 0, 20), newText: 'New-ForeignConnector' },
      { range: lineRange(0, 20, 23), newText: ' ' },
      { range: lineRange(0, 24, 28), newText: 'Name' },
      { range: lineRange(0, 32, 34), newText: ' ' },
      { range: lineRange(0, 35, 48), newText: 'AddressSpaces' },
      { range: lineRange(1, 0, 0), newText: '    ' },
      { range: lineRange(3, 0, 0), newText: '    ' },
      { range: lineRange(3, 11, 14), newText: ' ' },
    ]);
  });

  it('gives text that formats to itself', () => {
    const once = apply(messy, formatDocument(fixture(messy).analysis, options));
    assert.equal(once, [
      'New-ForeignConnector -Name "C" -AddressSpaces "SMTP:contoso.com" `',
      '    -SourceTransportServers Hub01',
      'Get-ForeignConnector |',
      '    Format-List Name',
    ].join('\n'));
    assert.deepEqual(formatDocument(fixture(once).analysis, options), []);
  });

  it('keeps an abbreviation\'s length and indents from the statement\'s own indent, with tabs when asked', () => {
    const text = 'if ($true) {\n  set-foreignconnector x -dropdirectoryq 10MB `\n-Enabled $true\n}';
    const edits = formatDocument(fixture(text).analysis, { tabSize: 4, insertSpaces: false });
    assert.equal(apply(text, edits), 'if ($true) {\n  Set-ForeignConnector x -DropDirectoryQ 10MB `\n  \t-Enabled $true\n}');
  });

  it('leaves strings, comments and unknown commands alone', () => {
    const text = 'Write-Host "two   spaces"  # keep   this\nget-childitem   -path x';
    assert.deepEqual(apply(text, formatDocument(fixture(text).analysis, options)), 'Write-Host "two   spaces"  # keep   this\nget-childitem -path x');
  });

  it('formats only the lines of the range', () => {
    assert.deepEqual(formatRange(fixture(messy).analysis, lineRange(3, 0, 18), options), [
      { range: lineRange(3, 0, 0), newText: '    ' },
      { range: lineRange(3, 11, 14), newText: ' ' },
    ]);
  });
});
