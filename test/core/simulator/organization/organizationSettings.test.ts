import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { organizationSettingsFrom, setOrganizationSettings } from '../../../../server/src/core/simulator';
import { loadOrganization, loadOrganizationSync } from '../../../../server/src/core/simulator/organization/organization';
import { removeWorkspace, tempWorkspace } from '../workspaceFixture';

describe('editor settings over exconn.json (exconn.pathMappings, exconn.throttling.enabled)', () => {
  let root: string;
  beforeEach(() => {
    root = tempWorkspace();
    fs.writeFileSync(path.join(root, 'exconn.json'), JSON.stringify({ pathMappings: { 'D:': 'from-json', 'E:': 'e-drive' }, throttling: true }));
  });
  afterEach(() => {
    setOrganizationSettings(root, undefined);
    removeWorkspace(root);
  });

  it('maps a drive from the settings, winning over exconn.json for the same drive and keeping the others', async () => {
    assert.deepEqual(setOrganizationSettings(root, { pathMappings: { 'd:\\': 'from-settings' } }), []);
    const mappings = (await loadOrganization(root)).pathMappings.map((mapping) => [mapping.windowsRoot, mapping.folder]);
    assert.deepEqual(mappings, [['E:', 'e-drive'], ['D:', 'from-settings']]);
  });

  it('switches throttling off when the setting is false, and leaves exconn.json deciding when it is true', () => {
    setOrganizationSettings(root, { throttling: false });
    assert.equal(loadOrganizationSync(root).throttling, false);
    setOrganizationSettings(root, { throttling: true });
    assert.equal(loadOrganizationSync(root).throttling, true);
    fs.writeFileSync(path.join(root, 'exconn.json'), JSON.stringify({ throttling: false }));
    assert.equal(loadOrganizationSync(root).throttling, false);
  });

  it('targets the Exchange version of the setting over exconn.json\'s, and leaves exconn.json deciding without one', () => {
    fs.writeFileSync(path.join(root, 'exconn.json'), JSON.stringify({ exchangeVersion: '2016' }));
    assert.equal(loadOrganizationSync(root).exchangeVersion, '2016');
    setOrganizationSettings(root, organizationSettingsFrom({ exchangeVersion: 'se' }));
    assert.equal(loadOrganizationSync(root).exchangeVersion, 'SE');
    setOrganizationSettings(root, organizationSettingsFrom({ exchangeVersion: '' }));
    assert.equal(loadOrganizationSync(root).exchangeVersion, '2016');
  });

  it('refuses a mapping that leaves the workspace, naming the entry, and keeps the valid ones', () => {
    const problems = setOrganizationSettings(root, { pathMappings: { 'Q:': '../outside', 'F:': 'f-drive' } });
    assert.equal(problems.length, 1);
    assert.match(problems[0], /exconn\.pathMappings setting "Q:".*'\.\.'/);
    assert.deepEqual(loadOrganizationSync(root).pathMappings.map((mapping) => mapping.windowsRoot), ['D:', 'E:', 'F:']);
  });

  it('applies to a workspace without exconn.json too, and is gone once cleared', () => {
    fs.rmSync(path.join(root, 'exconn.json'));
    setOrganizationSettings(root, { pathMappings: { 'G:': 'g' } });
    assert.deepEqual(loadOrganizationSync(root).pathMappings.map((mapping) => mapping.folder), ['g']);
    setOrganizationSettings(root, undefined);
    assert.deepEqual(loadOrganizationSync(root).pathMappings, []);
  });
});
