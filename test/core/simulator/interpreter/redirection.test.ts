// Redirections as Windows PowerShell 5.1 carries them out: real scripts write `$list.Add(1) > $null`,
// `Get-X 2>$null` and `"text" > out.txt`, and the simulator must do what the shell does with them.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONTOSO, runInFreshWorkspace, Workspace } from './workspaceFixture';

const MISSING = 'Get-ForeignConnector NoSuchConnector';

/** A file as Out-File writes it: UTF-16 little-endian after a byte-order mark. */
function unicodeText(workspace: Workspace, relative: string): string {
  const bytes = fs.readFileSync(path.join(workspace.root, relative));
  assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], 'a byte-order mark');
  return bytes.subarray(2).toString('utf16le');
}

async function inWorkspace(script: string, check: (workspace: Workspace, output: string, success: boolean) => void): Promise<void> {
  const workspace = Workspace.create(CONTOSO);
  try {
    const result = await workspace.run(script);
    check(workspace, result.output, result.success);
  } finally {
    workspace.remove();
  }
}

describe('redirection at run time', () => {
  it('drops the output redirected to $null, after an expression and after a command', async () => {
    const result = await runInFreshWorkspace('"dropped" > $null\nWrite-Output "also dropped" > $null\nWrite-Output "kept"');
    assert.equal(result.success, true, result.output);
    assert.equal(result.output.trim(), 'kept');
  });

  it('silences the errors redirected with 2>$null, which then fail nothing', async () => {
    const result = await runInFreshWorkspace(`${MISSING} 2>$null\nWrite-Output "went on"`);
    assert.equal(result.success, true, result.output);
    assert.equal(result.output.trim(), 'went on');
  });

  it('silences the errors of everything a function runs when its call is redirected', async () => {
    const result = await runInFreshWorkspace(`function Find { ${MISSING}; "found nothing" }\nFind 2>$null`);
    assert.equal(result.success, true, result.output);
    assert.equal(result.output.trim(), 'found nothing');
  });

  it('turns errors into output objects with 2>&1, so a variable captures them', async () => {
    const result = await runInFreshWorkspace(`$e = ${MISSING} 2>&1\n"captured: $($e.Exception.Message)"`);
    assert.equal(result.success, true, result.output);
    assert.match(result.output, /^captured: The operation couldn't be performed because object 'NoSuchConnector' couldn't be found/);
  });

  it('drops Write-Host text with 6>$null and every stream with *>$null', async () => {
    const result = await runInFreshWorkspace(`Write-Host "host" 6>$null\nWrite-Host "all" *>$null\n${MISSING} *>$null\nWrite-Host "shown"`);
    assert.equal(result.success, true, result.output);
    assert.equal(result.output.trim(), 'shown');
  });

  it('writes the output to a workspace file as Out-File does, and >> adds to it', () =>
    inWorkspace('"No Data" > out.txt\n"More" >> out.txt\n1, 2 >> out.txt', (workspace, output, success) => {
      assert.equal(success, true, output);
      assert.equal(output, '');
      assert.equal(unicodeText(workspace, 'out.txt'), 'No Data\r\nMore\r\n1\r\n2\r\n');
    }));

  it('writes the errors to a file with 2> and everything with *>', () =>
    inWorkspace(`${MISSING} 2> errors.txt\nWrite-Output "out" *> all.txt\nWrite-Host "note" *>> all.txt`, (workspace, output, success) => {
      assert.equal(success, true, output);
      assert.match(unicodeText(workspace, 'errors.txt'), /^The operation couldn't be performed because object 'NoSuchConnector'/);
      assert.equal(unicodeText(workspace, 'all.txt'), 'out\r\nnote\r\n');
    }));

  it('writes Windows paths through the workspace mapping and fails the statement for one that leaves it', () =>
    inWorkspace('"inside" > C:\\Reports\\today.txt\n"outside" > \\\\server\\share\\x.txt\n"up" > ..\\x.txt\n"went on"', (workspace, output, success) => {
      assert.equal(unicodeText(workspace, 'Reports/today.txt'), 'inside\r\n');
      assert.equal(success, false);
      assert.match(output, /^Out-File : '\\\\server\\share\\x\.txt' is on the network share \\\\server\\share, which is not mapped into the workspace\. Map it/m);
      assert.match(output, /^Out-File : '\.\.\\x\.txt' uses '\.\.' to go above the workspace root/m);
      assert.match(output, /^went on$/m, 'the script goes on after the failed statement');
      assert.equal(fs.existsSync(path.join(path.dirname(workspace.root), 'x.txt')), false, 'nothing written outside');
    }));

  it('refuses a merge Windows PowerShell 5.1 does not have, naming it', async () => {
    const result = await runInFreshWorkspace('Write-Output "x" 1>&2');
    assert.equal(result.success, false);
    assert.match(result.output, /The redirection '1>&2' is not supported by the simulator/);
  });
});
