import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runScript } from '../../../../server/src/core/simulator';
import { readTrackingLog } from '../../../../server/src/core/simulator/transport';
import { configure, removeWorkspace, standardWorkspace } from '../workspaceFixture';

describe('reads through links that leave the workspace are refused, with the link named', () => {
  let root: string;
  let outside: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, []);
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-outside-'));
  });
  afterEach(() => {
    removeWorkspace(root);
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('refuses a state file that is a link to an outside file, and prints nothing of it', async () => {
    const foreign = { version: 1, connectors: [], transportServices: { Hub01: { PickupDirectoryPath: 'C:\\OUTSIDE-SECRET' } } };
    fs.writeFileSync(path.join(outside, 'config.json'), JSON.stringify(foreign));
    const state = path.join(root, '.exconn', 'config.json');
    fs.rmSync(state, { force: true });
    fs.symlinkSync(path.join(outside, 'config.json'), state);
    const result = await runScript({ workspace: root, text: 'Get-TransportService Hub01 | Format-List PickupDirectoryPath' });
    assert.equal(result.success, false);
    assert.match(result.output, /Refused to read .*config\.json: .* is \(or goes through\) a symbolic link to .*config\.json, which is outside the workspace/);
    assert.doesNotMatch(result.output, /OUTSIDE-SECRET/);
  });

  it('refuses a state journal that is a link to an outside file, and prints nothing of it', async () => {
    fs.writeFileSync(path.join(outside, 'config.journal'), `{"journal":1,"base":"none"}\n{"kind":"saveTransportSettings","server":"Hub01","settings":{"PickupDirectoryPath":"C:\\\\OUTSIDE-SECRET"}}\n`);
    fs.symlinkSync(path.join(outside, 'config.journal'), path.join(root, '.exconn', 'config.journal'));
    const result = await runScript({ workspace: root, text: 'Get-TransportService Hub01 | Format-List PickupDirectoryPath' });
    assert.equal(result.success, false);
    assert.match(result.output, /Refused to read .*config\.journal: .* is \(or goes through\) a symbolic link/);
    assert.doesNotMatch(result.output, /OUTSIDE-SECRET/);
  });

  it('refuses exconn.json behind a link to an outside file', async () => {
    fs.writeFileSync(path.join(outside, 'exconn.json'), JSON.stringify({ servers: ['OUTSIDE-SECRET'] }));
    fs.rmSync(path.join(root, 'exconn.json'));
    fs.symlinkSync(path.join(outside, 'exconn.json'), path.join(root, 'exconn.json'));
    const result = await runScript({ workspace: root, text: 'Get-TransportService' });
    assert.equal(result.success, false);
    assert.match(result.output, /Refused to read .*exconn\.json/);
    assert.doesNotMatch(result.output, /OUTSIDE-SECRET/);
  });

  it('refuses a message tracking folder that is a link to outside logs', async () => {
    fs.writeFileSync(path.join(outside, 'MSGTRK20240313-1.LOG'), '#Fields: date-time,message-subject\r\n2024-03-13T09:00:00.000Z,OUTSIDE-SECRET\r\n');
    fs.mkdirSync(path.join(root, '.exconn'), { recursive: true });
    fs.symlinkSync(outside, path.join(root, '.exconn', 'MessageTracking'));
    await assert.rejects(readTrackingLog(root), (error: Error) => /Refused to read/.test(error.message) && !error.message.includes('OUTSIDE-SECRET'));
  });

  it('still reads through a link that stays inside the workspace', async () => {
    fs.mkdirSync(path.join(root, 'config'));
    fs.renameSync(path.join(root, 'exconn.json'), path.join(root, 'config', 'exconn.json'));
    fs.symlinkSync(path.join(root, 'config', 'exconn.json'), path.join(root, 'exconn.json'));
    const result = await runScript({ workspace: root, text: 'Get-TransportService | Format-List Name' });
    assert.equal(result.success, true, result.output);
    assert.match(result.output, /Name : Hub01/);
  });
});
