import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { simulatorSnapshot } from '../../../../server/src/core/simulator';
import { Workspace } from './workspaceFixture';

describe('runScript and simulatorSnapshot', () => {
  let workspace: Workspace;
  beforeEach(() => {
    workspace = Workspace.create();
  });
  afterEach(() => workspace.remove());

  it('reports an unusable exconn.json as a failed run instead of throwing', async () => {
    fs.writeFileSync(path.join(workspace.root, 'exconn.json'), '{ "servers": 5 }');
    const result = await workspace.run('"never printed"');
    assert.equal(result.success, false);
    assert.match(result.output, /exconn\.json:1:\d+: /);
    assert.equal(result.failures[0].line, 0);
    const snapshot = await simulatorSnapshot(workspace.root);
    assert.equal(snapshot.problems.length, 1);
    assert.deepEqual(snapshot.connectors, []);
  });

  it('names the script by its path on the simulated server in error positions', async () => {
    const scriptPath = path.join(workspace.root, 'scripts', 'step.ps1');
    const result = await workspace.run('Get-Nothing', { scriptPath });
    assert.match(result.output, /^At C:\\scripts\\step\.ps1:1 char:1$/m);
  });

  it('counts the messages waiting in each folder', async () => {
    await workspace.run('New-ForeignConnector "Fax" -AddressSpaces "FAX:*;1"\nSet-ForeignConnector Fax -DropDirectory "C:\\Drop"\nSet-TransportService Hub01 -PickupDirectoryPath "C:\\Pickup"');
    fs.writeFileSync(path.join(workspace.root, 'Drop', 'a.eml'), 'x');
    fs.writeFileSync(path.join(workspace.root, 'Drop', 'b.EML'), 'x');
    fs.writeFileSync(path.join(workspace.root, 'Drop', 'notes.txt'), 'x');
    const snapshot = await simulatorSnapshot(workspace.root);
    assert.deepEqual(snapshot.folders.map((folder) => [folder.role, folder.exchangePath, folder.connector, folder.exists, folder.messageCount]), [
      ['Drop', 'C:\\Drop', 'Fax', true, 2],
      ['Pickup', 'C:\\Pickup', undefined, true, 0],
      ['Replay', 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\Replay', undefined, false, 0],
    ]);
    assert.deepEqual(snapshot.connectors.map((connector) => [connector.name, connector.dropDirectoryPath, connector.maxMessageSize]), [['Fax', 'C:\\Drop', 'Unlimited']]);
    assert.equal(snapshot.transportService.name, 'Hub01');
  });
});
