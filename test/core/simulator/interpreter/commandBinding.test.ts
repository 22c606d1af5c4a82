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
