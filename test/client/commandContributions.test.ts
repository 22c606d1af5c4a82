// The palette lists exactly the commands the extension registers: package.json's contributes.commands
// and the client's command ids (commandIds.ts, which extension.ts registers one by one) are the
// same set, and the commands that wrap a server command keep its id.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from '../../client/src/commandIds';
import { ServerCommand } from '../../server/src/protocol/extensionProtocol';

interface Manifest {
  contributes: { commands: { command: string; title: string; category?: string }[]; menus: Record<string, { command: string }[]> };
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;
const extensionSource = fs.readFileSync(path.join(__dirname, '..', '..', 'client', 'src', 'extension.ts'), 'utf8');

describe('the extension\'s commands', () => {
  it('contributes every command id the client has, and no other', () => {
    const contributed = manifest.contributes.commands.map((entry) => entry.command).sort();
    assert.deepEqual(contributed, Object.values(Command).sort());
  });

  it('registers a handler for every command id in extension.ts', () => {
    for (const key of Object.keys(Command)) assert.match(extensionSource, new RegExp(`\\[Command\\.${key}\\]:`), key);
  });

  it('offers "Exchange: Create exconn.json from Scripts" in the palette, wrapping the server\'s initOrganization', () => {
    const entry = manifest.contributes.commands.find((candidate) => candidate.command === Command.initOrganization);
    assert.equal(`${entry?.category}: ${entry?.title}`, 'Exchange: Create exconn.json from Scripts');
    assert.equal(Command.initOrganization, ServerCommand.initOrganization);
    assert.ok(manifest.contributes.menus.commandPalette!.some((item) => item.command === Command.initOrganization));
  });
});
