import * as assert from 'node:assert/strict';
import { applyFormat, applyJoin, applyReplace, applySplit } from '../../../../server/src/core/simulator/interpreter/arithmetic';
import { compare } from '../../../../server/src/core/simulator/interpreter/comparison';
import { toBoolean, toText } from '../../../../server/src/core/simulator/interpreter/conversion';
import { matchesWildcard } from '../../../../server/src/core/values/wildcard';

describe('interpreter operators', () => {
  it('compares strings case-insensitively unless the operator has a c prefix', () => {
    assert.equal(compare('-eq', 'Hub01', 'HUB01').value, true);
    assert.equal(compare('-ceq', 'Hub01', 'HUB01').value, false);
    assert.equal(compare('-ne', 'a', 'A').value, false);
    assert.equal(compare('-like', 'Contoso Foreign Connector', 'contoso*').value, true);
    assert.equal(compare('-clike', 'Contoso', 'contoso*').value, false);
    assert.equal(compare('-notlike', 'Fabrikam', 'C*').value, true);
  });

  it('converts the right operand to the left one\'s type', () => {
    assert.equal(compare('-eq', 5, '5').value, true);
    assert.equal(compare('-gt', 10, '9').value, true);
    assert.equal(compare('-lt', '10', '9').value, true, 'text compares as text');
    assert.equal(compare('-eq', true, 'False').value, true, 'a non-empty string is true');
  });

  it('filters an array on the left with the scalar operators', () => {
    assert.deepEqual(compare('-gt', [1, 2, 3], 1).value, [2, 3]);
    assert.deepEqual(compare('-like', ['Hub01', 'Hub02', 'Edge01'], 'hub*').value, ['Hub01', 'Hub02']);
  });

  it('tests containment with -contains and -in', () => {
    assert.equal(compare('-contains', ['Hub01', 'Hub02'], 'hub02').value, true);
    assert.equal(compare('-in', 'Hub03', ['Hub01', 'Hub02']).value, false);
    assert.equal(compare('-notcontains', ['a'], 'b').value, true);
  });

  it('matches regular expressions and returns the captures', () => {
    const result = compare('-match', 'X400:c=US;a=Fabrikam', 'a=(?<admd>\\w+)');
    assert.equal(result.value, true);
    assert.equal(result.matches?.get('admd'), 'Fabrikam');
    assert.equal(result.matches?.get('0'), 'a=Fabrikam');
  });

  it('uses PowerShell wildcards', () => {
    assert.equal(matchesWildcard('Hub01', 'hub0?'), true);
    assert.equal(matchesWildcard('Hub01', 'Hub[0-1]1'), true);
    assert.equal(matchesWildcard('a*b', 'a`*b'), true);
    assert.equal(matchesWildcard('axb', 'a`*b'), false);
  });

  it('joins, splits, replaces and formats text', () => {
    assert.equal(applyJoin(['a', 'b'], ', '), 'a, b');
    assert.deepEqual(applySplit('a;b;c', ';'), ['a', 'b', 'c']);
    assert.equal(applyReplace('C:\\Drop', ['C:', 'D:']), 'D:\\Drop');
    assert.equal(applyFormat('{0} has {1,3} items', ['Hub01', 7]), 'Hub01 has   7 items');
  });

  it('converts to text and truth as PowerShell does', () => {
    assert.equal(toText([1, 'a', true]), '1 a True');
    assert.equal(toText(null), '');
    assert.equal(toBoolean([]), false);
    assert.equal(toBoolean([0]), false);
    assert.equal(toBoolean([0, 0]), true);
    assert.equal(toBoolean('False'), true);
  });
});
