import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { StringLiteral } from '../../../server/src/core/syntax/ast';
import { parseScript } from '../../../server/src/core/syntax/parser';
import { sourceOffsetInString, valueIndexAtOffset } from '../../../server/src/core/syntax/strings';
import { marked } from '../../helpers/markers';
import { nodesOfKind } from './treeText';

function firstString(text: string): StringLiteral {
  const [literal] = nodesOfKind(parseScript(text), 'String');
  assert.ok(literal, `no string in ${text}`);
  return literal;
}

// Each row marks a piece of a string's value in the source; the value index of `piece` must map to
// exactly the marked source range (so a diagnostic inside the value lands on those characters).
const rows: [name: string, source: string, piece: string][] = [
  ['plain double-quoted', 'New-X -AddressSpaces "X400:c=US;⟦P=Contoso⟧;5"', 'P=Contoso'],
  ['after an escaped quote', 'Write-Host "a""b ⟦cd⟧"', 'cd'],
  ['after backtick escapes', 'Write-Host "a`t`"b ⟦cd⟧"', 'cd'],
  ["after a doubled single quote", "Write-Host 'it''s ⟦ok⟧'", 'ok'],
  ['on the second line of a here-string', '$h = @"\nline one\n⟦two⟧\n"@', 'two'],
  ['in a single here-string', "$h = @'\n'x' ⟦y⟧\n'@", 'y'],
  ['after a variable', 'Write-Host "$name ⟦is⟧"', 'is'],
  ['in an unquoted expandable argument', 'Get-X $env:TEMP\\⟦Drop⟧', 'Drop'],
];

describe('syntax: positions inside strings', () => {
  for (const [name, source, piece] of rows) {
    it(`maps value indexes to source offsets: ${name}`, () => {
      const { text, spans } = marked(source);
      const literal = firstString(text);
      const index = literal.value.indexOf(piece);
      assert.ok(index >= 0, literal.value);
      assert.deepEqual({ start: sourceOffsetInString(literal, index), end: sourceOffsetInString(literal, index + piece.length) }, spans[0]);
      assert.equal(valueIndexAtOffset(literal, spans[0].start), index);
      assert.equal(valueIndexAtOffset(literal, spans[0].end), index + piece.length);
    });
  }

  it('maps an index inside an escape to the escape, and the index after it past it', () => {
    const { text, spans } = marked('Write-Host "a⟦`n⟧b"');
    const literal = firstString(text);
    assert.equal(literal.value, 'a\nb');
    assert.equal(sourceOffsetInString(literal, 1), spans[0].start);
    assert.equal(sourceOffsetInString(literal, 2), spans[0].end);
    assert.equal(valueIndexAtOffset(literal, spans[0].start + 1), 2);
  });

  it('maps the ends of the value to the ends of the content', () => {
    const literal = firstString('Write-Host "abc"');
    assert.equal(sourceOffsetInString(literal, 0), literal.contentRange.start);
    assert.equal(sourceOffsetInString(literal, literal.value.length), literal.contentRange.end);
    assert.equal(sourceOffsetInString(literal, 99), literal.contentRange.end);
    assert.equal(valueIndexAtOffset(literal, 0), 0);
    assert.equal(valueIndexAtOffset(literal, 999), literal.value.length);
    const empty = firstString('Write-Host ""');
    assert.equal(sourceOffsetInString(empty, 0), empty.contentRange.start);
  });

  it('splits a string into text, escape, variable and subexpression parts', () => {
    const { text, spans } = marked('Write-Host "⟦a ⟧⟦`t⟧⟦$x⟧⟦ ⟧⟦$($y)⟧"');
    const literal = firstString(text);
    assert.deepEqual(literal.parts.map((part) => [part.kind, part.range]), [
      ['Text', spans[0]], ['Text', spans[1]], ['VariablePart', spans[2]], ['Text', spans[3]], ['SubExpressionPart', spans[4]],
    ]);
    assert.equal(literal.value, 'a \t$x $($y)');
    assert.equal(literal.parts[1].kind === 'Text' && literal.parts[1].escape, true);
  });

  it('round-trips every offset of text without escapes (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ';', '=', ':', '.', '\n'), maxLength: 40 }), (content) => {
      const literal = firstString(`Write-Host "${content}"`);
      assert.equal(literal.value, content);
      for (let index = 0; index <= content.length; index++) {
        const offset = sourceOffsetInString(literal, index);
        assert.equal(offset, literal.contentRange.start + index);
        assert.equal(valueIndexAtOffset(literal, offset), index);
      }
    }));
  });

  it('maps indexes monotonically when escapes are present (property)', () => {
    const unit = fc.constantFrom('a', ' ', '``', '`n', '""', '`$', '$x', 'b');
    fc.assert(fc.property(fc.array(unit, { maxLength: 15 }), (units) => {
      const literal = firstString(`Write-Host "${units.join('')}"`);
      let previous = literal.contentRange.start;
      for (let index = 0; index <= literal.value.length; index++) {
        const offset = sourceOffsetInString(literal, index);
        assert.ok(offset >= previous && offset <= literal.contentRange.end);
        previous = offset;
      }
    }));
  });
});
