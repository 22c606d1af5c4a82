// How the transport names a file when the name it wants is taken: one rule, numbered before the
// extension, and Exchange's date-time stamp first for files renamed in the Pickup directory.
import * as assert from 'node:assert/strict';
import { numberedNames, stampedNames } from '../../../server/src/core/simulator/transport/freeNames';

function first<T>(names: Generator<T>, count: number): T[] {
  const taken: T[] = [];
  for (const name of names) {
    taken.push(name);
    if (taken.length === count) break;
  }
  return taken;
}

describe('names for a file whose name is taken', () => {
  it('numbers before the extension, from 2, and keeps the rest of the name', () => {
    assert.deepEqual(first(numberedNames('hello.eml.bad'), 3), ['hello.eml.bad', 'hello.eml-2.bad', 'hello.eml-3.bad']);
    assert.deepEqual(first(numberedNames('/w/Drop Directory/m.eml'), 2), ['/w/Drop Directory/m.eml', '/w/Drop Directory/m-2.eml']);
    assert.deepEqual(first(numberedNames('README'), 2), ['README', 'README-2']);
  });

  it('stamps the date and time before numbering, as Exchange renames a Pickup file', () => {
    const now = new Date('2024-03-13T09:00:00Z');
    assert.deepEqual(first(stampedNames('bad', '.bad', now), 3), ['bad.bad', 'bad20240313090000000.bad', 'bad20240313090000000-2.bad']);
  });
});
