import * as assert from 'node:assert/strict';
import { editDistance } from '../../../server/src/core/catalog/editDistance';

describe('editDistance', () => {
  it('is 0 for equal strings and the length for an empty one', () => {
    assert.equal(editDistance('Enabled', 'Enabled'), 0);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', ''), 3);
  });

  it('counts insertions, deletions and substitutions as one each', () => {
    assert.equal(editDistance('DropDirectry', 'DropDirectory'), 1);
    assert.equal(editDistance('DropDirectoryy', 'DropDirectory'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    assert.equal(editDistance('Enalbed', 'Enabled'), 1);
    assert.equal(editDistance('ab', 'ba'), 1);
  });

  it('is symmetric and case-sensitive', () => {
    assert.equal(editDistance('Get-ForeignConector', 'Get-ForeignConnector'), editDistance('Get-ForeignConnector', 'Get-ForeignConector'));
    assert.equal(editDistance('Name', 'name'), 1);
  });
});
