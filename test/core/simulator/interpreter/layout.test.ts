import * as assert from 'node:assert/strict';
import { displayValue } from '../../../../server/src/core/simulator/interpreter/format/displayValue';
import { layoutList } from '../../../../server/src/core/simulator/interpreter/format/listLayout';
import { layoutTable } from '../../../../server/src/core/simulator/interpreter/format/tableLayout';

describe('list and table layout', () => {
  it('aligns list labels to the longest one', () => {
    assert.deepEqual(layoutList([[{ label: 'Name', value: 'Contoso' }, { label: 'DropDirectory', value: 'C:\\Drop' }]]), [
      '',
      'Name          : Contoso',
      'DropDirectory : C:\\Drop',
      '',
      '',
    ]);
  });

  it('separates list records by a blank line', () => {
    assert.deepEqual(layoutList([[{ label: 'Name', value: 'A' }], [{ label: 'Name', value: 'B' }]]), ['', 'Name : A', '', 'Name : B', '', '']);
  });

  it('lays out a table with dashes under the headings and numbers aligned right', () => {
    const lines = layoutTable(
      [{ label: 'Name', alignment: 'Left' }, { label: 'Count', alignment: 'Right' }],
      [['Contoso Foreign Connector', '5'], ['Fax', '12']],
    );
    assert.deepEqual(lines, [
      '',
      'Name                      Count',
      '----                      -----',
      'Contoso Foreign Connector     5',
      'Fax                          12',
      '',
      '',
    ]);
  });

  it('cuts a table that is wider than the console', () => {
    const lines = layoutTable([{ label: 'A', alignment: 'Left' }, { label: 'B', alignment: 'Left' }], [['x'.repeat(100), 'y'.repeat(50)]]);
    assert.equal(lines[3].length, 120);
    assert.ok(lines[3].endsWith('...'));
  });

  it('shows collections in braces, cut after four items', () => {
    assert.equal(displayValue(['Hub01', 'Hub02']), '{Hub01, Hub02}');
    assert.equal(displayValue([]), '{}');
    assert.equal(displayValue([1, 2, 3, 4, 5]), '{1, 2, 3, 4...}');
    assert.equal(displayValue(null), '');
    assert.equal(displayValue(false), 'False');
  });
});
