// The bundled Contoso procedure, end to end through `exconn run` on a copy of samples/contoso:
// create the connector, give it a Drop directory, set the Pickup and Replay directories.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { simulatorSnapshot } from '../../../../server/src/core/simulator';
import { runCommand } from '../../../../server/src/cli/runCommand';
import { UsageError, type CliIo } from '../../../../server/src/cli/io';
import { loadState } from '../../../../server/src/core/simulator/state/state';
import { CLOCK } from './workspaceFixture';

const SAMPLES = path.resolve(__dirname, '../../../../samples/contoso');
const STEPS = ['01-create-connector.ps1', '02-drop-directory.ps1', '03-pickup-directory.ps1', '04-replay-directory.ps1'];

function collector(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (text: string) => { io.stdout += text; }, err: (text: string) => { io.stderr += text; } };
  return io;
}

function copyOfSamples(): string {
  const target = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-sample-')));
  for (const name of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, name), path.join(target, name));
  return target;
}

async function runProcedure(workspace: string): Promise<string> {
  let transcript = '';
  for (const step of STEPS) {
    const io = collector();
    const code = await runCommand([path.join(workspace, step)], io);
    assert.equal(code, 0, `${step}: ${io.stdout}${io.stderr}`);
    assert.equal(io.stderr, '');
    transcript += io.stdout;
  }
  return transcript;
}

describe('the Contoso sample procedure', () => {
  let workspace: string;
  let previousClock: string | undefined;
  beforeEach(() => {
    workspace = copyOfSamples();
    previousClock = process.env.EXCONN_CLOCK;
    process.env.EXCONN_CLOCK = CLOCK;
  });
  afterEach(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
    if (previousClock === undefined) delete process.env.EXCONN_CLOCK;
    else process.env.EXCONN_CLOCK = previousClock;
  });

  it('creates the connector and sets the folders, printing what the shell prints', async () => {
    const transcript = await runProcedure(workspace);
    assert.equal(transcript, [
      '',
      'Identity                  AddressSpaces                      Enabled',
      '--------                  -------------                      -------',
      'Contoso Foreign Connector {X400:c=US;a=Fabrikam;p=Contoso;5} True',
      '',
      '',
      '',
      'Name : Contoso Foreign Connector',
      '',
      '',
      '',
      'Name          : Contoso Foreign Connector',
      'DropDirectory : C:\\Drop Directory',
      '',
      '',
      '',
      'PickupDirectoryPath : C:\\Pickup Directory',
      '',
      '',
      '',
      'ReplayDirectoryPath : C:\\Replay Directory',
      '',
      '',
      '',
    ].join('\n'));
    const state = await loadState(workspace);
    assert.equal(state.connectors.length, 1);
    assert.equal(state.connectors[0].dropDirectory, 'C:\\Drop Directory');
    assert.deepEqual(state.transportServices.Hub01, { PickupDirectoryPath: 'C:\\Pickup Directory', ReplayDirectoryPath: 'C:\\Replay Directory' });
    for (const folder of ['Drop Directory', 'Pickup Directory', 'Replay Directory']) {
      assert.ok(fs.statSync(path.join(workspace, folder)).isDirectory(), folder);
    }
    const snapshot = await simulatorSnapshot(workspace);
    assert.deepEqual(snapshot.connectors.map((connector) => [connector.name, connector.dropDirectory, connector.enabled]), [['Contoso Foreign Connector', 'C:\\Drop Directory', true]]);
    assert.equal(snapshot.transportService.pickupDirectoryPath, 'C:\\Pickup Directory');
    assert.deepEqual(snapshot.folders.map((folder) => [folder.role, path.relative(workspace, folder.path), folder.exists, folder.messageCount]), [
      ['Drop', 'Drop Directory', true, 0],
      ['Pickup', 'Pickup Directory', true, 0],
      ['Replay', 'Replay Directory', true, 0],
    ]);
  });

  it('gives the same output for the same script and state', async () => {
    const first = await runProcedure(workspace);
    const again = copyOfSamples();
    try {
      assert.equal(await runProcedure(again), first);
      assert.deepEqual(await loadState(again), await loadState(workspace));
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });

  it('never reads the real time: without a configured clock objects carry the simulator\'s epoch', async () => {
    delete process.env.EXCONN_CLOCK;
    const io = collector();
    fs.writeFileSync(path.join(workspace, 'when.ps1'), 'New-ForeignConnector "Fax" -AddressSpaces "FAX:*;1" | Format-List WhenCreated');
    assert.equal(await runCommand([path.join(workspace, 'when.ps1')], io), 0, io.stderr);
    assert.equal(io.stdout, '\nWhenCreated : 1/1/2024 12:00:00 AM\n\n\n');
  });

  it('exits 1 and writes the error to stderr when a statement fails', async () => {
    await runProcedure(workspace);
    const io = collector();
    const code = await runCommand([path.join(workspace, STEPS[0])], io);
    assert.equal(code, 1);
    assert.match(io.stderr, /^Active Directory operation failed on DC01\.contoso\.com\./);
    assert.match(io.stdout, /Name : Contoso Foreign Connector/);
  });

  it('--whatif runs the procedure without changing anything', async () => {
    const io = collector();
    const code = await runCommand([path.join(workspace, STEPS[0]), '--whatif'], io);
    assert.equal(code, 0, io.stderr);
    assert.equal(io.stdout, 'What if: Creating Foreign connector "Contoso Foreign Connector".\n');
    assert.equal((await loadState(workspace)).connectors.length, 0);
  });

  it('--workspace runs the script against another folder', async () => {
    const other = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-other-')));
    try {
      const code = await runCommand([path.join(workspace, STEPS[0]), '--workspace', other], collector());
      assert.equal(code, 0);
      assert.equal((await loadState(other)).connectors.length, 1);
      assert.equal((await loadState(workspace)).connectors.length, 0);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('treats a missing script or an unknown option as a usage error', async () => {
    await assert.rejects(runCommand([path.join(workspace, 'missing.ps1')], collector()), UsageError);
    await assert.rejects(runCommand([], collector()), UsageError);
    await assert.rejects(runCommand([path.join(workspace, STEPS[0]), '--bogus'], collector()), UsageError);
  });
});
