// Temporary workspaces for the simulator tests: an exconn.json, connectors and transport settings in
// .exconn/config.json, message files, and helpers to look at what the transport wrote.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ForeignConnectorState } from '../../../server/src/core/model/foreignConnector';
import type { TransportSettingsRecord } from '../../../server/src/core/model/simulatorState';
import { createForeignConnector } from '../../../server/src/core/simulator/state/foreignConnectors';
import { setTransportSettingsRecord, updateState } from '../../../server/src/core/simulator/state/state';

export const FIXED_TIME = '2024-03-13T09:00:00Z';

export function tempWorkspace(prefix = 'exconn-test-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function removeWorkspace(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

export function writeOrganization(root: string, organization: Record<string, unknown>): void {
  fs.writeFileSync(path.join(root, 'exconn.json'), `${JSON.stringify(organization, null, 2)}\n`);
}

/** A workspace with Hub01 (local) and Hub02, contoso.com with two mailboxes, a fixed clock, no throttling. */
export function standardWorkspace(extra: Record<string, unknown> = {}): string {
  const root = tempWorkspace();
  writeOrganization(root, {
    servers: ['Hub01', 'Hub02'],
    localServer: 'Hub01',
    acceptedDomains: ['contoso.com'],
    mailboxes: ['mary@contoso.com', 'admin@contoso.com'],
    throttling: false,
    clock: FIXED_TIME,
    ...extra,
  });
  return root;
}

export interface ConnectorSpec extends Partial<Omit<ForeignConnectorState, 'name' | 'addressSpaces'>> {
  name: string;
  addressSpaces: string[];
  /** Create the Drop directory (relative to the workspace); true by default. */
  createDrop?: boolean;
}

/** Adds connectors (Drop directory `C:\<name>` unless given) and sets Hub01's Pickup and Replay to C:\Pickup, C:\Replay. */
export async function configure(root: string, connectors: ConnectorSpec[], settings: TransportSettingsRecord = {}): Promise<void> {
  await updateState(root, (state) => {
    for (const spec of connectors) {
      const { createDrop: _createDrop, ...fields } = spec;
      const base = createForeignConnector({ Name: spec.name, AddressSpaces: spec.addressSpaces, SourceTransportServers: spec.sourceTransportServers ?? ['Hub01'] }, { localServer: 'Hub01', now: new Date(FIXED_TIME) });
      state.connectors.push({ ...base, dropDirectory: `C:\\${spec.name}`, ...fields });
    }
    setTransportSettingsRecord(state, 'Hub01', { PickupDirectoryPath: 'C:\\Pickup', ReplayDirectoryPath: 'C:\\Replay', ...settings });
  });
  for (const spec of connectors) {
    if (spec.createDrop === false) continue;
    const drop = spec.dropDirectory ?? `C:\\${spec.name}`;
    fs.mkdirSync(path.join(root, drop.replace(/^C:\\/, '').replace(/\\/g, '/')), { recursive: true });
  }
  fs.mkdirSync(path.join(root, 'Pickup'), { recursive: true });
  fs.mkdirSync(path.join(root, 'Replay'), { recursive: true });
}

/** Writes a message file with CRLF line endings. */
export function dropMessage(root: string, folder: string, name: string, lines: string[]): string {
  const file = path.join(root, folder, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\r\n'));
  return file;
}

export function message(headers: string[], body = 'This is the body of the message.'): string[] {
  return [...headers, '', body, ''];
}

/** Files under a folder of the workspace (relative to that folder), sorted; [] when it does not exist. */
export function filesIn(root: string, folder: string): string[] {
  const base = path.join(root, folder);
  if (!fs.existsSync(base)) return [];
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.relative(base, path.join(dir, entry.name)).split(path.sep).join('/')]);
  return walk(base).sort();
}

export function emlFilesIn(root: string, folder: string): string[] {
  return filesIn(root, folder).filter((name) => name.endsWith('.eml'));
}

export function readIn(root: string, folder: string, name: string): string {
  return fs.readFileSync(path.join(root, folder, name), 'latin1');
}

/** The only .eml file of a folder's subtree; fails when there is not exactly one. */
export function onlyMessageIn(root: string, folder: string): string {
  const files = emlFilesIn(root, folder);
  if (files.length !== 1) throw new Error(`Expected one message in ${folder}, found ${files.length}: ${files.join(', ')}`);
  return readIn(root, folder, files[0]);
}
