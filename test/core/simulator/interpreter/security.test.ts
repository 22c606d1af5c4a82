// Scripts are data: whatever path a script gives, nothing may be written outside the workspace.
// Each escape route (`..`, another drive, a UNC share, an absolute path, a symbolic link) must be
// refused with an error, and the folder beside the workspace must stay untouched.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runScript } from '../../../../server/src/core/simulator';
import { fixedClock } from '../../../../server/src/core/simulator/state/clock';
import { loadState } from '../../../../server/src/core/simulator/state/state';
import { CLOCK } from './workspaceFixture';

describe('workspace escape attempts', () => {
  let parent: string;
  let workspace: string;
  let outside: string;

  beforeEach(() => {
    parent = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-escape-')));
    workspace = path.join(parent, 'ws');
    outside = path.join(parent, 'outside');
    fs.mkdirSync(workspace);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(workspace, 'exconn.json'), JSON.stringify({ servers: ['Hub01'] }));
    fs.symlinkSync(outside, path.join(workspace, 'link'), 'dir');
  });
  afterEach(() => fs.rmSync(parent, { recursive: true, force: true }));

  const run = (text: string) => runScript({ workspace, text, clock: fixedClock(CLOCK) });

  function assertNothingOutside(): void {
    assert.deepEqual(fs.readdirSync(outside), [], 'nothing was written outside the workspace');
    assert.deepEqual(fs.readdirSync(parent).sort(), ['outside', 'ws']);
  }

  const attempts: [string, string][] = [
    ['..', 'C:\\..\\outside\\Drop'],
    ['.. under the Drop root', '..\\..\\..\\..\\..\\outside\\Drop'],
    ['another drive', 'D:\\Drop'],
    ['a UNC share', '\\\\fileserver\\drops\\Drop'],
    ['an absolute path', '%OUTSIDE%/Drop'],
    ['a symbolic link', 'C:\\link\\Drop'],
  ];

  for (const [route, target] of attempts) {
    it(`refuses a Drop directory through ${route}`, async () => {
      await run('New-ForeignConnector "Fax" -AddressSpaces "FAX:*;1"');
      const before = await loadState(workspace);
      const pathText = target.replace('%OUTSIDE%', outside);
      const result = await run(`Set-ForeignConnector "Fax" -DropDirectory "${pathText}"`);
      assert.equal(result.success, false, result.output);
      assert.match(result.failures[0].message, /can't be used/);
      assert.deepEqual(await loadState(workspace), before, 'the connector is unchanged');
      assertNothingOutside();
    });

    it(`refuses a Pickup directory through ${route}`, async () => {
      const pathText = target.replace('%OUTSIDE%', outside);
      const result = await run(`Set-TransportService Hub01 -PickupDirectoryPath "${pathText}"`);
      assert.equal(result.success, false, result.output);
      assert.deepEqual((await loadState(workspace)).transportServices, {});
      assertNothingOutside();
    });
  }

  it('refuses a connector whose default Drop directory (its name) would climb out of the workspace', async () => {
    const result = await run('New-ForeignConnector "..\\..\\..\\..\\..\\outside\\x" -AddressSpaces "FAX:*;1"');
    assert.equal(result.success, false, result.output);
    assert.equal((await loadState(workspace)).connectors.length, 0);
    assertNothingOutside();
  });

  it('refuses a RootDropDirectoryPath on an unmapped drive', async () => {
    const result = await run('Set-TransportService Hub01 -RootDropDirectoryPath "E:\\Drops"');
    assert.equal(result.success, false, result.output);
    assertNothingOutside();
  });

  it('refuses pointing a directory into the simulator\'s own .exconn folder', async () => {
    const result = await run('Set-TransportService Hub01 -ReplayDirectoryPath "C:\\.exconn\\Replay"');
    assert.equal(result.success, false, result.output);
    assert.deepEqual((await loadState(workspace)).transportServices, {});
  });

  it('runs no program and reads no file a script names', async () => {
    const result = await run(`& "/bin/sh" -c "touch ${outside}/pwned"\nGet-Content "${outside}/x"\n[System.IO.File]::WriteAllText("${outside}/y", "z")\nInvoke-Expression "whoami"`);
    assert.equal(result.success, false);
    assert.equal(result.failures.length, 4, result.output);
    assertNothingOutside();
  });
});
