// The state journal (.exconn/config.journal): a script run appends each change instead of rewriting
// config.json, and every reader replays the journal. What a user relies on: a killed run loses
// nothing a finished statement did, a write cut short is ignored, and the state read back is the
// state the run had.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SimulatorState } from '../../../../server/src/core/model/simulatorState';
import { StateFileError } from '../../../../server/src/core/simulator/errors';
import { runScript } from '../../../../server/src/core/simulator/runScript';
import { createForeignConnector } from '../../../../server/src/core/simulator/state/foreignConnectors';
import { JournaledState } from '../../../../server/src/core/simulator/state/journaledState';
import { loadState, updateState } from '../../../../server/src/core/simulator/state/state';
import type { StateChange } from '../../../../server/src/core/simulator/state/stateChange';
import { journalBaseOf, journalHeader, journalLine } from '../../../../server/src/core/simulator/state/stateJournal';
import { simulatorLayout } from '../../../../server/src/core/simulator/workspace/simulatorLayout';
import { withWorkspaceLock } from '../../../../server/src/core/simulator/workspace/workspaceLock';
import { exited, startFixture } from '../childProcesses';
import { FIXED_TIME, removeWorkspace, standardWorkspace } from '../workspaceFixture';

const NOW = new Date(FIXED_TIME);

function connector(name: string, extra: Record<string, unknown> = {}) {
  return createForeignConnector({ Name: name, AddressSpaces: [`X400:c=US;a= ;p=${name.replace(/\W/g, '')};1`], ...extra }, { localServer: 'Hub01', now: NOW });
}

/** One change of every kind, in an order where later ones replace, remove and rename earlier ones. */
function everyKindOfChange(): StateChange[] {
  const first = connector('First');
  const object = { name: 'Outbound', guid: '11111111-2222-3333-4444-555555555555', whenCreated: FIXED_TIME, whenChanged: FIXED_TIME, settings: { MaxMessageSize: '25 MB (26,214,400 bytes)' } };
  return [
    { kind: 'saveConnector', connector: first },
    { kind: 'saveConnector', connector: connector('Second') },
    { kind: 'saveConnector', connector: { ...first, dropDirectory: 'Elsewhere' } },
    { kind: 'saveTransportSettings', server: 'Hub01', settings: { PickupDirectoryPath: 'C:\\Pickup' } },
    { kind: 'saveTransportSettings', server: 'HUB01', settings: { PickupDirectoryPath: 'C:\\Pickup2' } },
    { kind: 'saveObject', type: 'SendConnector', object },
    { kind: 'saveObject', type: 'SendConnector', object: { ...object, settings: {} } },
    { kind: 'replaceObjects', type: 'AcceptedDomain', objects: [{ ...object, guid: '66666666-2222-3333-4444-555555555555', name: 'contoso.com' }] },
    { kind: 'removeObject', type: 'SendConnector', guid: object.guid },
    { kind: 'removeConnector', guid: connector('Second').guid },
    { kind: 'saveConnector', connector: connector('Third') },
  ];
}

describe('the state journal of a script run', () => {
  let root: string;
  let layout: ReturnType<typeof simulatorLayout>;
  beforeEach(() => {
    root = standardWorkspace();
    layout = simulatorLayout(root);
  });
  afterEach(() => removeWorkspace(root));

  /** Applies the changes as a run does, under the lock; `before` runs while the journal is still there. */
  async function journaled(changes: readonly StateChange[], before?: (state: SimulatorState) => Promise<void>): Promise<SimulatorState> {
    return withWorkspaceLock(root, async () => {
      const run = await JournaledState.open(root);
      for (const change of changes) await run.apply(change);
      const inMemory = structuredClone(run.state);
      await before?.(inMemory);
      await run.finish();
      return inMemory;
    });
  }

  it('reads back, journal replayed and after compaction, exactly the state the run held', async () => {
    await updateState(root, (state) => {
      state.connectors.push(connector('Before the run'));
    });
    const inMemory = await journaled(everyKindOfChange(), async (state) => {
      assert.ok(fs.existsSync(layout.stateJournalFile), 'the changes are in the journal while the run goes on');
      assert.deepEqual(await loadState(root), state, 'a reader during the run sees every change so far');
    });
    assert.deepEqual(inMemory.connectors.map((c) => c.name), ['Before the run', 'First', 'Third']);
    assert.equal(inMemory.connectors[1].dropDirectory, 'Elsewhere', 'a saved connector replaces the one with its GUID, in place');
    assert.deepEqual(Object.keys(inMemory.transportServices), ['HUB01'], 'server names ignore case');
    assert.deepEqual(inMemory.objects?.SendConnector, [], 'the object saved twice, then removed');
    assert.deepEqual(inMemory.objects?.AcceptedDomain.map((object) => object.name), ['contoso.com']);
    assert.ok(!fs.existsSync(layout.stateJournalFile), 'the end of the run folds the journal into config.json');
    assert.deepEqual(JSON.parse(fs.readFileSync(layout.stateFile, 'utf8')), inMemory);
  });

  it('ignores a last line cut short, and names a damaged line before it with the way out', async () => {
    const base = journalBaseOf(undefined);
    const kept = journalLine({ kind: 'saveConnector', connector: connector('Kept') });
    const cut = journalLine({ kind: 'saveConnector', connector: connector('Cut short') });
    fs.mkdirSync(layout.simulatorFolder, { recursive: true });
    fs.writeFileSync(layout.stateJournalFile, journalHeader(base) + kept + cut.slice(0, 40));
    assert.deepEqual((await loadState(root)).connectors.map((c) => c.name), ['Kept']);
    // A complete line without its newline is a write that did not finish, too.
    fs.writeFileSync(layout.stateJournalFile, journalHeader(base) + kept + cut.trimEnd());
    assert.deepEqual((await loadState(root)).connectors.map((c) => c.name), ['Kept']);
    fs.writeFileSync(layout.stateJournalFile, journalHeader(base) + cut.slice(0, 40) + '\n' + kept);
    await assert.rejects(loadState(root), (error: unknown) => error instanceof StateFileError
      && /config\.journal:2: the line is not valid JSON/.test(error.message) && /Delete the journal/.test(error.message));
  });

  it('ignores a journal whose base is not the config.json there (a compaction killed before it deleted the journal)', async () => {
    await updateState(root, (state) => {
      state.connectors.push(connector('In config.json'));
    });
    fs.writeFileSync(layout.stateJournalFile, journalHeader(journalBaseOf(undefined)) + journalLine({ kind: 'removeConnector', guid: connector('In config.json').guid }));
    assert.deepEqual((await loadState(root)).connectors.map((c) => c.name), ['In config.json']);
  });

  it('folds a journal a killed run left into config.json at the next change outside a run', async () => {
    fs.mkdirSync(layout.simulatorFolder, { recursive: true });
    fs.writeFileSync(layout.stateJournalFile, journalHeader(journalBaseOf(undefined)) + journalLine({ kind: 'saveConnector', connector: connector('From the killed run') }));
    await updateState(root, (state) => {
      state.connectors.push(connector('Imported'));
    });
    assert.ok(!fs.existsSync(layout.stateJournalFile));
    const saved = JSON.parse(fs.readFileSync(layout.stateFile, 'utf8')) as SimulatorState;
    assert.deepEqual(saved.connectors.map((c) => c.name), ['From the killed run', 'Imported']);
  });

  it('checks a change before it is journaled, so the journal never holds a value a load refuses', async () => {
    await assert.rejects(journaled([{ kind: 'saveConnector', connector: { ...connector('Bad'), name: 3 as unknown as string } }]), /"connectors\[0\]\.name" has the wrong type/);
    assert.deepEqual((await loadState(root)).connectors, []);
  });

  it('compacts into config.json while the run goes on once the journal outgrows the state', async function () {
    this.timeout(20000);
    const big = 'x'.repeat(100_000);
    const changes: StateChange[] = Array.from({ length: 25 }, (_, index) => ({ kind: 'saveTransportSettings', server: 'Hub01', settings: { Comment: `${index} ${big}` } }));
    await journaled(changes, async (state) => {
      const journalBytes = fs.statSync(layout.stateJournalFile).size;
      assert.ok(journalBytes < 25 * big.length, `the journal was compacted on the way (${journalBytes} bytes left)`);
      assert.deepEqual(await loadState(root), state);
    });
    assert.match(String((await loadState(root)).transportServices.Hub01.Comment), /^24 /);
  });

  it('loses nothing a finished statement did when the run is killed, and the next run goes on from there', async function () {
    this.timeout(60000);
    const names = Array.from({ length: 3000 }, (_, index) => `Gateway ${index}`);
    const script = path.join(root, 'many.ps1');
    fs.writeFileSync(script, names.map((name) => `New-ForeignConnector -Name "${name}" -AddressSpaces "X400:c=US;a= ;p=P${name.length};1" -SourceTransportServers Hub01`).join('\n'));
    const child = startFixture('scriptRunner.ts', [root, script]);
    const ended = exited(child);
    let bound = 0;
    const killAt = 200 + Math.floor(Math.random() * 800);
    child.stdout?.on('data', (chunk: Buffer) => {
      bound += chunk.toString().split('\n').filter((line) => line === 'bound').length;
      if (bound >= killAt) child.kill('SIGKILL');
    });
    const result = await ended;
    assert.equal(result.signal, 'SIGKILL', `the run was to be killed half way: ${result.stderr}${result.stdout.slice(-200)}`);
    const saved = (await loadState(root)).connectors.map((c) => c.name);
    // The statements before the last one that started had finished; the last may have or not.
    assert.ok(saved.length >= bound - 1, `${bound} statements had started, ${saved.length} connectors were kept`);
    assert.deepEqual(saved, names.slice(0, saved.length), 'the connectors kept are the first statements, in order');
    assert.ok(fs.existsSync(layout.stateJournalFile), 'the killed run left its journal');
    const rest = await runScript({ workspace: root, text: fs.readFileSync(script, 'utf8').split('\n').slice(saved.length).join('\n') });
    assert.ok(rest.success, rest.output.slice(0, 500));
    assert.deepEqual((await loadState(root)).connectors.map((c) => c.name), names);
    assert.ok(!fs.existsSync(layout.stateJournalFile));
  });
});
