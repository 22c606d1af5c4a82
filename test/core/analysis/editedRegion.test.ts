import * as assert from 'node:assert/strict';
import { analyzeAround, analyzeDocument, complete } from '../../../server/src/core/analysis';
import { changedSpan, shiftNode } from '../../../server/src/core/analysis/editedRegion';
import { marked } from '../../helpers/markers';

const statement = (i: number) => `Set-ForeignConnector "Connector ${i}" -DropDirectory "C:\\Drop ${i}" -Enabled $true\n`;
const lines = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => statement(from + i)).join('');

describe('partial analysis around an edit', () => {
  it('finds the span two versions differ in', () => {
    assert.deepEqual(changedSpan('abcXdef', 'abcYYdef'), { start: 3, oldEnd: 4, newEnd: 5 });
    assert.deepEqual(changedSpan('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
    assert.deepEqual(changedSpan('aa', 'aaa'), { start: 2, oldEnd: 2, newEnd: 3 });
  });

  it('shifts every range of a node', () => {
    assert.deepEqual(shiftNode({ kind: 'X', range: { start: 1, end: 2 }, parts: [{ range: { start: 3, end: 4 }, value: 'v' }] }, 10),
      { kind: 'X', range: { start: 11, end: 12 }, parts: [{ range: { start: 13, end: 14 }, value: 'v' }] });
  });

  it('re-parses only the statements around the edit, with the new text\'s offsets', () => {
    const before = lines(0, 200) + lines(200, 400);
    const previous = analyzeDocument('file:///big.ps1', before);
    const edited = marked(lines(0, 200) + 'New-ForeignConnector -Name "New" -Addr‸\n' + lines(200, 400));
    const cursor = edited.cursor ?? 0;
    const partial = analyzeAround(previous, edited.text, cursor);
    assert.ok(partial);
    assert.ok(partial.bindings.length <= 4, `${partial.bindings.length} bindings re-made`);
    const full = analyzeDocument('file:///big.ps1', edited.text);
    const same = full.bindings.filter((binding) => partial.bindings.some((other) => other.command.range.start === binding.command.range.start));
    assert.deepEqual(partial.bindings.map((binding) => [binding.command.range, binding.bound.map((bound) => bound.parameter.name)]),
      same.map((binding) => [binding.command.range, binding.bound.map((bound) => bound.parameter.name)]));
    const items = complete(partial, partial.lines.positionAt(cursor)).items;
    assert.ok(items.some((item) => item.label === '-AddressSpaces'));
  });

  it('covers an edit at the very end of the script', () => {
    const previous = analyzeDocument('file:///big.ps1', lines(0, 50));
    const text = `${lines(0, 50)}Get-ForeignConnector -Id`;
    const partial = analyzeAround(previous, text, text.length);
    assert.equal(partial?.bindings.at(-1)?.command.name.text, 'Get-ForeignConnector');
  });
});
