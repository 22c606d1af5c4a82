import * as assert from 'node:assert/strict';
import { CONTOSO, runInFreshWorkspace, Workspace } from './workspaceFixture';

/** The output lines of a script, trailing blank lines dropped. */
async function lines(script: string): Promise<string[]> {
  const result = await runInFreshWorkspace(script);
  assert.equal(result.success, true, result.output);
  return result.output.replace(/\n+$/, '').split('\n');
}

describe('script language', () => {
  it('assigns and reads variables, case-insensitively', async () => {
    assert.deepEqual(await lines('$Name = "Hub01"\n$name\n$NAME.Length'), ['Hub01', '5']);
  });

  it('knows $true, $false and $null, and reads $env: as empty', async () => {
    assert.deepEqual(await lines('$true; $false; $null; "[$env:COMPUTERNAME]"'), ['True', 'False', '[]']);
  });

  it('expands variables and subexpressions in double-quoted strings only', async () => {
    const script = '$c = @{ Name = "Contoso" }\n"Name: $($c.Name)"\n\'Name: $($c.Name)\'\n$list = "a","b"\n"List: $list"';
    assert.deepEqual(await lines(script), ['Name: Contoso', 'Name: $($c.Name)', 'List: a b']);
  });

  it('builds arrays and indexes them', async () => {
    assert.deepEqual(await lines('$a = 1,2,3\n$a.Count\n$a[-1]\n@().Count\n@(5).Count\n$b = @("x") + "y"\n$b -join "+"'), ['3', '3', '0', '1', 'x+y']);
  });

  it('evaluates comparison and logical operators as PowerShell does', async () => {
    const script = [
      '"HUB01" -eq "hub01"',
      '"Contoso" -like "c*"',
      '"X400:c=US" -match "c=(\\w+)"',
      '$Matches[1]',
      '@("Hub01","Hub02") -contains "hub02"',
      '"Hub03" -in "Hub01","Hub02"',
      '5 -gt 3 -and -not ($false -or $false)',
      '10 -le "9"',
    ].join('\n');
    assert.deepEqual(await lines(script), ['True', 'True', 'True', 'US', 'True', 'False', 'True', 'False']);
  });

  it('runs if / elseif / else, foreach and while', async () => {
    const script = [
      '$n = 0',
      'foreach ($s in "Hub01","Hub02") { if ($s -eq "Hub02") { "second $s" } elseif ($s -eq "x") { "no" } else { "first $s" } }',
      'while ($n -lt 3) { $n += 1 }',
      '"n=$n"',
      'do { $n-- } until ($n -le 0)',
      '"n=$n"',
      'foreach ($i in 1..5) { if ($i -eq 2) { continue }; if ($i -eq 4) { break }; $i }',
    ].join('\n');
    assert.deepEqual(await lines(script), ['first Hub01', 'second Hub02', 'n=3', 'n=0', '1', '3']);
  });

  it('filters with Where-Object and maps with ForEach-Object', async () => {
    const script = [
      '1..6 | Where-Object { $_ % 2 -eq 0 } | ForEach-Object { "even $_" }',
      '"Hub01","Edge01","Hub02" | Where-Object { $_ -like "Hub*" } | ForEach-Object { $_.ToUpper() }',
      '@{Name="A"},@{Name="B"} | ForEach-Object Name',
    ].join('\n');
    assert.deepEqual(await lines(script), ['even 2', 'even 4', 'even 6', 'HUB01', 'HUB02', 'A', 'B']);
  });

  it('supports Where-Object\'s simplified syntax on connector objects', async () => {
    const workspace = Workspace.create(CONTOSO);
    try {
      await workspace.run('New-ForeignConnector "Fax" -AddressSpaces "FAX:*;1"\nNew-ForeignConnector "Contoso" -AddressSpaces "X400:c=US;a= ;p=Contoso;5"');
      const result = await workspace.run('Get-ForeignConnector | Where-Object Name -like "C*" | ForEach-Object { $_.Name }\n(Get-ForeignConnector | Where-Object Enabled).Count');
      assert.equal(result.output, 'Contoso\n2\n');
    } finally {
      workspace.remove();
    }
  });

  it('reads several unnamed script blocks of ForEach-Object as begin, process and end', async () => {
    assert.deepEqual(await lines('1,2 | ForEach-Object { "start" } { "item $_" } { "end" }'), ['start', 'item 1', 'item 2', 'end']);
  });

  it('passes piped text to Write-Host and counts with .Count', async () => {
    assert.deepEqual(await lines('"piped" | Write-Host\n(1,2,3 | Where-Object { $_ -gt 1 }).Count\n$null.Count'), ['piped', '2', '0']);
  });

  it('sorts and selects objects', async () => {
    const script = [
      '3,1,2 | Sort-Object',
      '"b","a","c" | Sort-Object -Descending | Select-Object -First 2',
      '$o = [pscustomobject]@{ Name = "Fax"; Cost = 5 }, [pscustomobject]@{ Name = "Contoso"; Cost = 1 }',
      '$o | Sort-Object Cost | Select-Object -ExpandProperty Name',
    ].join('\n');
    assert.deepEqual(await lines(script), ['1', '2', '3', 'c', 'b', 'Contoso', 'Fax']);
  });

  it('writes with Write-Host and Write-Output', async () => {
    assert.deepEqual(await lines('Write-Host "Drop" "directory" -ForegroundColor Green\nWrite-Output "one","two"\nWrite-Host -NoNewline "a"; Write-Host "b"'), ['Drop directory', 'one', 'two', 'ab']);
  });

  it('defines and calls functions', async () => {
    assert.deepEqual(await lines('function Show-Twice { "$($args[0])$($args[0])" }\nShow-Twice ab'), ['abab']);
  });

  it('reports an unknown command and goes on with the script', async () => {
    const result = await runInFreshWorkspace('Get-Nothing -Now\n"after"');
    assert.equal(result.success, false);
    assert.deepEqual(result.output.split('\n'), [
      "Get-Nothing : The term 'Get-Nothing' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      'At line:1 char:1',
      '+ Get-Nothing -Now',
      '+ ~~~~~~~~~~~',
      '    + CategoryInfo          : ObjectNotFound: (Get-Nothing:String) [], CommandNotFoundException',
      '    + FullyQualifiedErrorId : CommandNotFoundException',
      '',
      'after',
      '',
    ]);
    // The editor underlines the unknown command's name.
    const nameRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 'Get-Nothing'.length } };
    assert.deepEqual(result.failures, [{ line: 0, range: nameRange, message: result.failures[0].message, reason: 'CommandNotFoundException' }]);
    assert.equal(result.startOverHint, undefined);
  });

  it('stops the script at an error when -ErrorAction Stop is given', async () => {
    const result = await runInFreshWorkspace('"before"\nSet-ForeignConnector "Nowhere" -Enabled $false -ErrorAction Stop\n"after"');
    assert.equal(result.success, false);
    assert.ok(result.output.startsWith('before\nThe operation couldn\'t be performed because object \'Nowhere\''), result.output);
    assert.ok(!result.output.includes('after'), result.output);
    assert.deepEqual(result.failures.map((failure) => failure.line), [1]);
  });

  it('stops the script at any error when $ErrorActionPreference is Stop', async () => {
    const result = await runInFreshWorkspace('$ErrorActionPreference = "Stop"\nGet-ForeignConnector "Nowhere"\n"after"');
    assert.ok(!result.output.includes('after'));
    assert.equal(result.success, false);
  });

  it('goes on after a non-terminating error and stays silent with -ErrorAction SilentlyContinue', async () => {
    const result = await runInFreshWorkspace('Get-ForeignConnector "Nowhere" -ErrorAction SilentlyContinue\n"after"');
    assert.equal(result.output, 'after\n');
    assert.equal(result.success, true);
  });

  it('reports parameter binding errors as Exchange does', async () => {
    const result = await runInFreshWorkspace('Set-ForeignConnector "X" -Dr "C:\\Drop"\nNew-ForeignConnector -Name "Y"\nSet-ForeignConnector "X" -Enabled yes');
    assert.deepEqual(result.failures.map((failure) => failure.message), [
      "Parameter cannot be processed because the parameter name 'Dr' is ambiguous. Possible matches include: -DropDirectory -DropDirectoryQuota.",
      'Cannot process command because of one or more missing mandatory parameters: AddressSpaces.',
      'Cannot process argument transformation on parameter \'Enabled\'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
    ]);
    assert.deepEqual(result.failures.map((failure) => failure.line), [0, 1, 2]);
  });

  it('ends the script at throw and exit', async () => {
    const thrown = await runInFreshWorkspace('"a"\nthrow "Stopped here"\n"b"');
    assert.equal(thrown.success, false);
    assert.ok(thrown.output.startsWith('a\nStopped here\nAt line:2 char:1\n'), thrown.output);
    const exited = await runInFreshWorkspace('"a"\nexit\n"b"');
    assert.equal(exited.output, 'a\n');
  });

  it('refuses a script with syntax errors without running any of it', async () => {
    const workspace = Workspace.create(CONTOSO);
    try {
      const result = await workspace.run('New-ForeignConnector "Fax" -AddressSpaces "FAX:*;1"\nif ($x {');
      assert.equal(result.success, false);
      assert.match(result.output, /ParserError: \(:\) \[\], ParseException/);
      assert.equal((await workspace.state()).connectors.length, 0);
    } finally {
      workspace.remove();
    }
  });

  it('stops a loop that never ends', async () => {
    const result = await runInFreshWorkspace('while ($true) { }\n"after"');
    assert.equal(result.success, false);
    assert.match(result.output, /stopped this loop after 100,000 iterations/);
    assert.ok(result.output.endsWith('after\n'));
  });
});
