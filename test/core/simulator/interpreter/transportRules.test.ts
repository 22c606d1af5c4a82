import * as assert from 'node:assert/strict';
import { CONTOSO, Workspace } from './workspaceFixture';

const rule = (name: string, extra = '') => `New-TransportRule -Name "${name}" -SubjectContainsWords "${name}" ${extra} | Out-Null`;

describe('transport rules in the simulator: processing order and state', () => {
  let workspace: Workspace;
  beforeEach(() => {
    workspace = Workspace.create(CONTOSO);
  });
  afterEach(() => workspace.remove());

  async function order(): Promise<string[]> {
    const result = await workspace.run('Get-TransportRule | Format-List Name,Priority,State');
    assert.equal(result.success, true, result.output);
    const names = result.output.split('\n').filter((line) => line.startsWith('Name ')).map((line) => line.split(': ')[1]);
    const priorities = result.output.split('\n').filter((line) => line.startsWith('Priority ')).map((line) => line.split(': ')[1]);
    return names.map((name, index) => `${priorities[index]} ${name}`);
  }

  it('puts a new rule last, or at the -Priority it asks for, moving the others down', async () => {
    await workspace.run([rule('A'), rule('B'), rule('C', '-Priority 0')].join('\n'));
    assert.deepEqual(await order(), ['0 C', '1 A', '2 B']);
  });

  it('moves a rule with Set-TransportRule -Priority and closes the gap on Remove-TransportRule', async () => {
    await workspace.run([rule('A'), rule('B'), rule('C')].join('\n'));
    await workspace.run('Set-TransportRule A -Priority 2');
    assert.deepEqual(await order(), ['0 B', '1 C', '2 A']);
    await workspace.run('Remove-TransportRule C -Confirm:$false');
    assert.deepEqual(await order(), ['0 B', '1 A']);
  });

  it('refuses a Priority beyond the last place, naming the range, and changes nothing', async () => {
    await workspace.run([rule('A'), rule('B')].join('\n'));
    const before = await workspace.state();
    const result = await workspace.run(`${rule('Z', '-Priority 5')}\nSet-TransportRule A -Priority 2`);
    assert.match(result.output, /with 2 transport rules, it can be 0 through 2/);
    assert.match(result.output, /with 1 transport rules, it can be 0 through 1|it can be 0 through 1/);
    assert.deepEqual(await workspace.state(), before);
  });

  it('New-TransportRule -Enabled $false, Enable- and Disable-TransportRule set State, and Get-TransportRule -State filters', async () => {
    await workspace.run([rule('A', '-Enabled $false'), rule('B')].join('\n'));
    assert.match((await workspace.run('Get-TransportRule A | Format-List State')).output, /State : Disabled/);
    await workspace.run('Enable-TransportRule A\nDisable-TransportRule B');
    const disabled = await workspace.run('Get-TransportRule -State Disabled | Format-List Name');
    assert.deepEqual(disabled.output.split('\n').filter((line) => line.startsWith('Name')), ['Name : B']);
    const whatIf = await workspace.run('Enable-TransportRule B -WhatIf');
    assert.match(whatIf.output, /What if: Enabling transport rule "B"/);
    assert.match((await workspace.run('Get-TransportRule B | Format-List State')).output, /State : Disabled/);
  });
});
