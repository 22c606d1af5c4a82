// `.Where{ }` and `.ForEach{ }`, which PowerShell gives every collection and object, as real scripts
// call them; and assigning a list to several variables, which `.Where({ }, 'Split')` is made for.

import * as assert from 'node:assert/strict';
import { runInFreshWorkspace } from './workspaceFixture';

async function lines(script: string): Promise<string[]> {
  const result = await runInFreshWorkspace(script);
  assert.equal(result.success, true, result.output);
  return result.output.trim().split(/\r?\n/);
}

describe('the intrinsic Where and ForEach methods at run time', () => {
  it('filters with .Where{ } and maps with .ForEach{ }, a bare script block as the argument', async () => {
    assert.deepEqual(await lines('"$((1..5).Where{ $_ -gt 2 })"\n"$((1..3).ForEach{ $_ * 10 })"'), ['3 4 5', '10 20 30']);
  });

  it('takes the selection modes of .Where: First, Last, SkipUntil, Until and Split, with a count', async () => {
    const script = [
      '(1..9).Where({ $_ % 2 -eq 0 }, "First")',
      '"$((1..9).Where({ $_ % 2 -eq 0 }, "Last", 2))"',
      '"$((1..9).Where({ $_ -ge 4 }, "Until"))"',
      '"$((1..6).Where({ $_ -ge 4 }, "SkipUntil"))"',
      '$even, $odd = (1..6).Where({ $_ % 2 -eq 0 }, "Split")',
      '"$even / $odd"',
    ].join('\n');
    assert.deepEqual(await lines(script), ['2', '6 8', '1 2 3', '4 5 6', '2 4 6 / 1 3 5']);
  });

  it('reads a property, calls a method or converts to a type with .ForEach', async () => {
    const script = '"$(@([pscustomobject]@{ Name = "x" }, [pscustomobject]@{ Name = "y" }).ForEach("Name"))"\n"$(("a", "b").ForEach("ToUpper"))"\n"$(("a,b", "c").ForEach("Split", ","))"\n"$(("1", "2").ForEach([int]) | ForEach-Object { $_ + 1 })"';
    assert.deepEqual(await lines(script), ['x y', 'A B', 'a b c', '2 3']);
  });

  it('treats $null as no items and a single value as a collection of one', async () => {
    assert.deepEqual(await lines('$null.Where{ $true }.Count\n(5).ForEach{ $_ * 2 }'), ['0', '10']);
  });

  it('names a mode .Where does not have', async () => {
    const result = await runInFreshWorkspace('(1..3).Where({ $true }, "Middle")');
    assert.equal(result.success, false);
    assert.match(result.output, /The possible values are Default, First, Last, SkipUntil, Until, Split\./);
  });
});

describe('assigning a list to several variables at run time', () => {
  it('gives each variable one item and the last one the rest', async () => {
    assert.deepEqual(await lines('$a, $b, $c = 1, 2, 3, 4\n"$a|$b|$($c -join ",")"\n$x, $y = 7\n"[$x][$y]"\n$h = @{}\n$h.p, $q = "P", "Q"\n"$($h.p) $q"'), ['1|2|3,4', '[7][]', 'P Q']);
  });
});
