// The for loop and the switch statement as Windows PowerShell runs them: real administration scripts
// walk arrays with `for` and classify names and log lines with `switch -regex` / `-wildcard` / `-file`.

import * as assert from 'node:assert/strict';
import { runInFreshWorkspace } from './workspaceFixture';

async function lines(script: string): Promise<string[]> {
  const result = await runInFreshWorkspace(script);
  assert.equal(result.success, true, result.output);
  return result.output.trim().split(/\r?\n/);
}

describe('the for loop at run time', () => {
  it('runs the initializer once, then the body while the condition holds, the step after each round', async () => {
    assert.deepEqual(await lines('for ($i = 0; $i -lt 3; $i++) { "i=$i" }\n"after: $i"'), ['i=0', 'i=1', 'i=2', 'after: 3']);
  });

  it('loops until a break when the condition is left out, and goes on with continue', async () => {
    assert.deepEqual(await lines('$n = 0\nfor (;;) { $n++; if ($n -eq 2) { continue }; if ($n -ge 4) { break }; "n=$n" }'), ['n=1', 'n=3']);
  });

  it('leaves an outer labeled loop with break label', async () => {
    assert.deepEqual(await lines(':outer for ($i = 1; $i -le 3; $i++) { for ($j = 1; $j -le 3; $j++) { if ($j -eq 2) { continue outer }; "$i$j" } }'), ['11', '21', '31']);
  });
});

describe('the switch statement at run time', () => {
  it('runs every clause that equals the value, case-insensitively, and default when none does', async () => {
    assert.deepEqual(await lines('switch ("Fax") { "fax" { "lower" } "FAX" { "upper" } default { "none" } }\nswitch (7) { 1 { "one" } default { "other" } }'), ['lower', 'upper', 'other']);
  });

  it('switches over each item of a collection, a script block clause testing $_', async () => {
    assert.deepEqual(await lines('switch (1, 5, 10) { { $_ -gt 4 } { "big $_" } 1 { "one" } }'), ['one', 'big 5', 'big 10']);
  });

  it('matches regular expressions with -regex, setting $Matches, and wildcards with -wildcard', async () => {
    const script = 'switch -regex ("Hub01", "Edge2") { "^hub(\\d+)$" { "hub $($Matches[1])" } "^edge" { "edge $_" } }\nswitch -wildcard ("job.eml", "job.tmp") { "*.eml" { "message $_" } default { "skip $_" } }';
    assert.deepEqual(await lines(script), ['hub 01', 'edge Edge2', 'message job.eml', 'skip job.tmp']);
  });

  it('compares case-sensitively with -casesensitive', async () => {
    assert.deepEqual(await lines('switch -casesensitive ("A") { "a" { "lower" } "A" { "upper" } }'), ['upper']);
  });

  it('leaves the whole switch with break and goes to the next item with continue', async () => {
    assert.deepEqual(await lines('switch (1, 2, 3) { 2 { "two"; break } { $true } { "any $_" } }\nswitch (1, 2) { 1 { continue } { $true } { "any $_" } }'), ['any 1', 'two', 'any 2']);
  });

  it('reads a workspace file line by line with -file', async () => {
    assert.deepEqual(await lines('"first`r`nsecond" > lines.txt\nswitch -file lines.txt { "second" { "found" } default { "other: $_" } }'), ['other: first', 'found']);
  });

  it('refuses an option switch does not have, naming it', async () => {
    const result = await runInFreshWorkspace('switch -fuzzy (1) { 1 { "one" } }');
    assert.equal(result.success, false);
    assert.match(result.output, /The switch option '-fuzzy' is not supported by the simulator/);
  });
});
