import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadWorkspaceFacts } from '../../../server/src/core/simulator';
import { ExconnJsonError, StateFileError } from '../../../server/src/core/simulator/errors';
import { configure, removeWorkspace, standardWorkspace, tempWorkspace } from './workspaceFixture';

describe('workspace facts (what check and the editor know besides the scripts)', () => {
  const roots: string[] = [];
  const track = (root: string) => (roots.push(root), root);
  after(() => roots.forEach(removeWorkspace));

  it('declares no servers without exconn.json, so the server check is off, but still offers the default server', async () => {
    const facts = await loadWorkspaceFacts(track(tempWorkspace()));
    assert.equal(facts.declaredServers, undefined);
    assert.deepEqual(facts.servers, ['Hub01']);
    assert.deepEqual(facts.simulatedConnectors, []);
  });

  it('reads the servers exconn.json declares and the connectors earlier runs saved', async () => {
    const root = track(standardWorkspace({ organizationName: 'Fabrikam', domain: 'fabrikam.com' }));
    await configure(root, [{ name: 'Fax Gateway', addressSpaces: ['FAX:*;1'] }]);
    const facts = await loadWorkspaceFacts(root);
    assert.deepEqual(facts.declaredServers, ['Hub01', 'Hub02']);
    assert.deepEqual(facts.simulatedConnectors.map((connector) => connector.name), ['Fax Gateway']);
    assert.deepEqual(facts.directory, { organizationName: 'Fabrikam', domain: 'fabrikam.com' });
  });

  it('throws for a damaged exconn.json, naming file and line, or falls back to the defaults when asked', async () => {
    const root = track(tempWorkspace());
    fs.writeFileSync(path.join(root, 'exconn.json'), '{\n  "servers": [\n');
    await assert.rejects(loadWorkspaceFacts(root), (error: unknown) => error instanceof ExconnJsonError && /exconn\.json:\d+:\d+:/.test(error.message));
    const facts = await loadWorkspaceFacts(root, { onUnreadable: 'useDefaults' });
    assert.equal(facts.declaredServers, undefined);
    assert.deepEqual(facts.servers, ['Hub01']);
  });

  it('throws for a damaged state file, or knows no saved connectors when asked to fall back', async () => {
    const root = track(standardWorkspace());
    fs.mkdirSync(path.join(root, '.exconn'), { recursive: true });
    fs.writeFileSync(path.join(root, '.exconn', 'config.json'), '{ "version": 1, "connectors": [');
    await assert.rejects(loadWorkspaceFacts(root), StateFileError);
    const facts = await loadWorkspaceFacts(root, { onUnreadable: 'useDefaults' });
    assert.deepEqual([facts.declaredServers, facts.simulatedConnectors], [['Hub01', 'Hub02'], []]);
  });
});
