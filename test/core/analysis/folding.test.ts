import * as assert from 'node:assert/strict';
import { foldingRanges } from '../../../server/src/core/analysis';
import { fixture } from './fixture';

describe('folding ranges', () => {
  it('folds comments, regions, here-strings, script blocks and continued commands', () => {
    const script = [
      '<# block', // 0
      'comment #>', // 1
      '# one', // 2
      '# two', // 3
      '$text = @"', // 4
      'line', // 5
      '"@', // 6
      'Get-ForeignConnector | Where-Object {', // 7
      '  $_.Enabled', // 8
      '}', // 9
      'New-ForeignConnector -Name "C" `', // 10
      '  -AddressSpaces "SMTP:contoso.com"', // 11
      '#region Setup', // 12
      'Get-ForeignConnector', // 13
      '#endregion', // 14
    ].join('\n');
    assert.deepEqual(foldingRanges(fixture(script).analysis), [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 3, kind: 'comment' },
      { startLine: 4, endLine: 5 },
      { startLine: 7, endLine: 9 },
      { startLine: 10, endLine: 11 },
      { startLine: 12, endLine: 14, kind: 'region' },
    ]);
  });

  it('folds a hashtable up to the line before its closing brace', () => {
    const script = 'Set-ForeignConnector x -AddressSpaces @{\n  Add = "SMTP:a.com"\n  Remove = "SMTP:b.com"\n}';
    assert.deepEqual(foldingRanges(fixture(script).analysis), [{ startLine: 0, endLine: 3 }]);
  });

  it('folds class and enum bodies, and the blocks of try, catch and finally', () => {
    const script = [
      'class Item {', // 0
      '  [string] $Name', // 1
      '}', // 2
      'try {', // 3
      '  Get-ForeignConnector', // 4
      '} catch {', // 5
      '  $_', // 6
      '} finally {', // 7
      '  1', // 8
      '}', // 9
    ].join('\n');
    assert.deepEqual(foldingRanges(fixture(script).analysis), [
      { startLine: 0, endLine: 1 },
      { startLine: 3, endLine: 4 },
      { startLine: 5, endLine: 6 },
      { startLine: 7, endLine: 8 },
    ]);
  });

  it('has nothing to fold in one-line statements', () => {
    assert.deepEqual(foldingRanges(fixture('Get-ForeignConnector\n# a comment\nGet-TransportService').analysis), []);
  });
});
