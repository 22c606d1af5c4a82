// docs/exchange-fidelity.md lists the Exchange rules the simulator follows, each naming the test that
// shows it. A rule whose test was renamed or removed would be a claim nothing checks, so every test
// file the page names must exist, and every rule must name one.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const PAGE = fs.readFileSync(path.join(ROOT, 'docs/exchange-fidelity.md'), 'utf8');

function section(heading: string): string {
  const start = PAGE.indexOf(`## ${heading}`);
  assert.ok(start >= 0, `docs/exchange-fidelity.md has no "## ${heading}" section`);
  const next = PAGE.indexOf('\n## ', start + 3);
  return PAGE.slice(start, next < 0 ? undefined : next);
}

describe('docs/exchange-fidelity.md', () => {
  it('names only test files that exist', () => {
    const named = [...PAGE.matchAll(/`(test\/[^`]+\.test\.ts)`/g)].map((match) => match[1]);
    assert.ok(named.length >= 10, 'the page names too few tests');
    for (const file of new Set(named)) assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} is named on the page but does not exist`);
  });

  it('names a test for every rule it lists', () => {
    const rules = section('Rules the simulator follows').split('\n- ').slice(1);
    for (const rule of rules) assert.match(rule, /`test\/[^`]+\.test\.ts`/, `this rule names no test: ${rule.slice(0, 80)}`);
  });

  it('lists the known differences', () => {
    assert.ok(section('Known differences').split('\n- ').length > 5);
  });
});
