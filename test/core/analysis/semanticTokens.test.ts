import * as assert from 'node:assert/strict';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../../server/src/core/analysis';
import { fixture, lineRange } from './fixture';

/** The encoded tokens as absolute [line, character, length, type, modifiers] rows. */
function decode(data: number[]): [number, number, number, string, string[]][] {
  const rows: [number, number, number, string, string[]][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const modifiers = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
    rows.push([line, character, data[i + 2], SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]], modifiers]);
  }
  return rows;
}

describe('semantic tokens', () => {
  it('marks cmdlets, parameters, variables, strings and the parts of an address space', () => {
    const { analysis } = fixture('$name = "C"\nNew-ForeignConnector -Name $name -AddressSpaces "X400:c=US;a= ;5" -IsScopedConnector $true');
    assert.deepEqual(decode(semanticTokens(analysis).data), [
      [0, 0, 5, 'variable', []],
      [0, 8, 3, 'string', []],
      [1, 0, 20, 'function', ['defaultLibrary']],
      [1, 21, 5, 'parameter', []],
      [1, 27, 5, 'variable', []],
      [1, 33, 14, 'parameter', []],
      [1, 48, 1, 'string', []],
      [1, 49, 4, 'type', []],
      [1, 53, 1, 'string', []],
      [1, 54, 1, 'property', []],
      [1, 55, 1, 'string', []],
      [1, 56, 2, 'enumMember', []],
      [1, 58, 1, 'string', []],
      [1, 59, 1, 'property', []],
      [1, 60, 1, 'string', []],
      [1, 61, 1, 'enumMember', []],
      [1, 62, 1, 'string', []],
      [1, 63, 1, 'number', []],
      [1, 64, 1, 'string', []],
      [1, 66, 18, 'parameter', []],
      [1, 85, 5, 'variable', ['readonly']],
    ]);
  });

  it('splits an expandable string around its variables and a here-string by line', () => {
    const { analysis } = fixture('Write-Host "Hello $who!"\n$t = @"\none\n"@\nGet-Thing 42');
    assert.deepEqual(decode(semanticTokens(analysis).data), [
      [0, 0, 10, 'function', ['defaultLibrary']],
      [0, 11, 7, 'string', []],
      [0, 18, 4, 'variable', []],
      [0, 22, 2, 'string', []],
      [1, 0, 2, 'variable', []],
      [1, 5, 2, 'string', []],
      [2, 0, 3, 'string', []],
      [3, 0, 2, 'string', []],
      [4, 0, 9, 'function', []],
      [4, 10, 2, 'number', []],
    ]);
  });

  it('answers a range request with the tokens of those lines only', () => {
    const { analysis } = fixture('Get-ForeignConnector\nGet-TransportService Hub01\nGet-ForeignConnector');
    assert.deepEqual(decode(semanticTokens(analysis, lineRange(1, 0, 26)).data), [[1, 0, 20, 'function', ['defaultLibrary']]]);
  });
});
