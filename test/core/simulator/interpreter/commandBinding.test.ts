import * as assert from 'node:assert/strict';
import { runInFreshWorkspace } from './workspaceFixture';

const SETUP = 'New-ForeignConnector -Name "Contoso" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5" | Out-Null';

describe('binding at run time', () => {
  it('binds the named parameters of a cmdlet invoked with &', async () => {
    const result = await runInFreshWorkspace(`${SETUP}\n& Set-ForeignConnector Contoso -Comment "Gateway"\n(Get-ForeignConnector Contoso).Comment`);
    assert.equal(result.success, true, result.output);
    assert.equal(result.output.trim(), 'Gateway');
  });

  it('reports the first argument no positional parameter takes, as the shell words it', async () => {
    const result = await runInFreshWorkspace(`${SETUP}\nSet-ForeignConnector "Contoso" x y`);
    assert.equal(result.success, false);
    assert.match(result.output, /^A positional parameter cannot be found that accepts argument 'x'\./);
  });
});

describe('binding at run time: forms real scripts use', () => {
  it('passes a dash standing alone as the text "-", as PowerShell does', async () => {
    const result = await runInFreshWorkspace('Write-Output "a" -');
    assert.equal(result.success, true, result.output);
    assert.deepEqual(result.output.trim().split(/\r?\n/), ['a', '-']);
  });

  it('passes every word after -- as an argument, dash words too, and not the -- itself', async () => {
    const result = await runInFreshWorkspace('Write-Output -- -NotAParameter b\nfunction Join-Words { $args -join "|" }\nJoin-Words -- -a b');
    assert.equal(result.success, true, result.output);
    assert.deepEqual(result.output.trim().split(/\r?\n/), ['-NotAParameter', 'b', '-a|b']);
  });

  it('takes one calculated property given to Select-Object on its own', async () => {
    const result = await runInFreshWorkspace('1, 2 | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Select-Object @{ n = "Twice"; e = { $_.Id * 2 } } | ForEach-Object { $_.Twice }');
    assert.equal(result.success, true, result.output);
    assert.deepEqual(result.output.trim().split(/\r?\n/), ['2', '4']);
  });

  for (const [construct, script, parameter] of [
    ['ForEach-Object -Parallel', '1..4 | ForEach-Object -Parallel { $_ * 2 } -ThrottleLimit 2', 'Parallel'],
    ['Where-Object -Not', '@() | Where-Object -Not Responding', 'Not'],
    ['Sort-Object -Top', '1..9 | Sort-Object -Descending -Top 1', 'Top'],
  ]) {
    it(`refuses ${construct} as the Exchange Management Shell's Windows PowerShell 5.1 does`, async () => {
      const result = await runInFreshWorkspace(script);
      assert.equal(result.success, false, result.output);
      assert.match(result.output, new RegExp(`A parameter cannot be found that matches parameter name '${parameter}'\\.`));
    });
  }
});
