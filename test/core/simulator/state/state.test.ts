import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StateFileError, WorkspaceLockError } from '../../../../server/src/core/simulator/errors';
import { createForeignConnector, foreignConnectorGuid } from '../../../../server/src/core/simulator/state/foreignConnectors';
import { simulatorLayout } from '../../../../server/src/core/simulator/workspace/simulatorLayout';
import {
  loadState, setTransportSettingsRecord, transportServiceOf, transportSettingsRecordOf, updateState,
} from '../../../../server/src/core/simulator/state/state';
import { withWorkspaceLock } from '../../../../server/src/core/simulator/workspace/workspaceLock';
import { exited, startFixture, waitForOutput } from '../childProcesses';
import { removeWorkspace, tempWorkspace } from '../workspaceFixture';

describe('simulator state and workspace lock', () => {
  let root: string;
  beforeEach(() => {
    root = tempWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  it('starts empty and keeps what updateState writes', async () => {
    assert.deepEqual(await loadState(root), { version: 1, connectors: [], transportServices: {} });
    const connector = createForeignConnector({ Name: 'Fax Connector', AddressSpaces: ['fax:*;5'] }, { localServer: 'Hub01', now: new Date('2024-03-13T09:00:00Z') });
    await updateState(root, (state) => {
      state.connectors.push(connector);
      setTransportSettingsRecord(state, 'Hub01', { PickupDirectoryPath: 'C:\\Pickup', PickupDirectoryMaxHeaderSize: '32KB' });
    });
    const state = await loadState(root);
    assert.equal(state.connectors[0].guid, foreignConnectorGuid('fax connector'), 'the GUID derives from the name');
    assert.deepEqual(state.connectors[0].addressSpaces, ['fax:*;5']);
    assert.deepEqual(state.connectors[0].sourceTransportServers, ['Hub01']);
    assert.equal(state.connectors[0].dropDirectory, 'Fax Connector', 'DropDirectory defaults to the name');
    assert.equal(transportSettingsRecordOf(state, 'HUB01').PickupDirectoryPath, 'C:\\Pickup');
    const settings = transportServiceOf(state, 'hub01');
    assert.equal(settings.pickupDirectoryMaxHeaderSize, 32768);
    assert.equal(settings.pickupDirectoryMaxMessagesPerMinute, 100);
    assert.equal(settings.replayDirectoryPath, 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\Replay');
  });

  it('stores canonical address spaces', () => {
    const connector = createForeignConnector({ Name: 'X', AddressSpaces: ['x400:c=US;a=Fabrikam;P=Contoso;5', 'contoso.com'] }, { localServer: 'Hub01', now: new Date(0) });
    assert.deepEqual(connector.addressSpaces, ['X400:c=US;a=Fabrikam;p=Contoso;5', 'SMTP:contoso.com;1']);
  });

  it('writes nothing when the change fails, and never leaves a half-written file', async () => {
    await updateState(root, (state) => {
      state.transportServices.Hub01 = { A: 1 };
    });
    await assert.rejects(updateState(root, (state) => {
      state.transportServices.Hub01 = { A: 2 };
      throw new Error('changed my mind');
    }), /changed my mind/);
    assert.equal((await loadState(root)).transportServices.Hub01.A, 1);
    assert.deepEqual(fs.readdirSync(simulatorLayout(root).simulatorFolder).sort(), ['config.json']);
  });

  it('names the damaged state file and the fix', async () => {
    fs.mkdirSync(path.join(root, '.exconn'));
    fs.writeFileSync(simulatorLayout(root).stateFile, '{"version": 1, "connectors": [');
    await assert.rejects(loadState(root), (error: unknown) => error instanceof StateFileError && /config\.json: the file is not valid JSON.*Restore the file/s.test(error.message));
    fs.writeFileSync(simulatorLayout(root).stateFile, '{"version": 1, "connectors": [{"name": 3}], "transportServices": {}}');
    await assert.rejects(loadState(root), /"connectors\[0\]\.name" has the wrong type/);
  });

  it('serialises concurrent updates within one process', async () => {
    await Promise.all(Array.from({ length: 25 }, () => updateState(root, async (state) => {
      const value = Number(state.transportServices.Hub01?.Counter ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 1));
      state.transportServices.Hub01 = { Counter: value + 1 };
    })));
    assert.equal((await loadState(root)).transportServices.Hub01.Counter, 25);
  });

  it('lets a holder of the lock nest calls without deadlock', async () => {
    await withWorkspaceLock(root, async () => {
      await updateState(root, (state) => {
        state.transportServices.Hub01 = { Nested: true };
      });
    });
    assert.equal((await loadState(root)).transportServices.Hub01.Nested, true);
  });

  it('serialises concurrent processes: no update is lost', async function () {
    this.timeout(60000);
    const children = Array.from({ length: 4 }, () => exited(startFixture('stateIncrementer.ts', [root, '15'])));
    const results = await Promise.all(children);
    for (const result of results) assert.equal(result.code, 0, result.stderr);
    assert.equal((await loadState(root)).transportServices.Hub01.Counter, 60);
  });

  it('waits for a live holder, names it on timeout, and takes over once it dies (stale lock)', async function () {
    this.timeout(30000);
    const holder = startFixture('lockHolder.ts', [root]);
    const ended = exited(holder);
    await waitForOutput(holder, 'locked');
    await assert.rejects(
      updateState(root, () => undefined, { timeoutMs: 300 }),
      (error: unknown) => error instanceof WorkspaceLockError && error.message.includes(`process ${holder.pid} on ${os.hostname()}`) && /delete the lock file/.test(error.message),
    );
    holder.kill('SIGKILL');
    await ended;
    assert.ok(fs.existsSync(simulatorLayout(root).lockFile), 'the dead holder left its lock behind');
    await updateState(root, (state) => {
      state.transportServices.Hub01 = { After: 'takeover' };
    }, { timeoutMs: 5000 });
    assert.equal((await loadState(root)).transportServices.Hub01.After, 'takeover');
    assert.ok(!fs.existsSync(simulatorLayout(root).lockFile), 'the lock is released afterwards');
  });

  it('takes over a lock file left empty by a process that died while creating it', async () => {
    fs.mkdirSync(path.join(root, '.exconn'));
    fs.writeFileSync(simulatorLayout(root).lockFile, '');
    const old = new Date(Date.now() - 10000);
    fs.utimesSync(simulatorLayout(root).lockFile, old, old);
    await updateState(root, () => undefined, { timeoutMs: 3000 });
  });
});
