import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { simulatorClock } from '../../../../server/src/core/simulator/state/clock';
import { ExconnJsonError } from '../../../../server/src/core/simulator/errors';
import {
  defaultDomain, findContact, isAcceptedDomain, loadOrganization, loadOrganizationSync, parseOrganization, serverNames,
} from '../../../../server/src/core/simulator/organization/organization';
import { removeWorkspace, tempWorkspace } from '../workspaceFixture';

function problemsOf(text: string): ExconnJsonError {
  try {
    parseOrganization(text, 'exconn.json');
  } catch (error) {
    if (error instanceof ExconnJsonError) return error;
    throw error;
  }
  assert.fail('expected an ExconnJsonError');
}

describe('simulator organization (exconn.json)', () => {
  let root: string;
  beforeEach(() => {
    root = tempWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  it('serves defaults when exconn.json is absent', async () => {
    const organization = await loadOrganization(root);
    assert.equal(organization.file, undefined);
    assert.deepEqual(serverNames(organization), ['Hub01']);
    assert.equal(organization.localServer, 'Hub01');
    assert.deepEqual(organization.acceptedDomains, ['contoso.com']);
    assert.equal(organization.throttling, true);
    assert.equal(organization.clock, null);
  });

  it('reads a complete file, filling defaults and normalising', () => {
    fs.writeFileSync(path.join(root, 'exconn.json'), JSON.stringify({
      organizationName: 'Contoso', domain: 'contoso.com', servers: [{ name: 'Hub01', roles: ['mailbox'] }, 'Hub02'], localServer: 'hub02',
      acceptedDomains: ['contoso.com', '*.fabrikam.com'], mailboxes: ['mary@contoso.com', { address: 'bob@sales.fabrikam.com', name: 'Bob' }],
      contacts: [{ name: 'Smith', address: 'x400:c=US;a=Fabrikam;p=Contoso;s=Smith' }, { name: 'Fax Desk', address: 'FAX:+1 425 555 0100', smtpAddress: 'fax@contoso.com' }],
      pathMappings: { 'd:\\': 'd-drive', '\\\\fileserver\\drops\\': 'shares\\drops' }, throttling: false, clock: '2024-03-13T09:00:00Z',
    }));
    const organization = loadOrganizationSync(root);
    assert.equal(organization.localServer, 'Hub02', 'the declared spelling wins');
    assert.deepEqual(organization.servers[0], { name: 'Hub01', roles: ['Mailbox'] });
    assert.equal(organization.domainController, 'DC01.contoso.com');
    assert.equal(organization.mailboxes[0].name, 'mary');
    assert.equal(findContact(organization, 'SMITH@contoso.com')?.type, 'X400');
    assert.equal(findContact(organization, 'fax@contoso.com')?.address, '+1 425 555 0100');
    assert.deepEqual(organization.pathMappings, [{ windowsRoot: 'D:', folder: 'd-drive' }, { windowsRoot: '\\\\fileserver\\drops', folder: 'shares/drops' }]);
    assert.ok(isAcceptedDomain(organization, 'sales.fabrikam.com'));
    assert.ok(!isAcceptedDomain(organization, 'fabrikam.org'));
    assert.equal(defaultDomain(organization), 'contoso.com');
    assert.equal(simulatorClock(organization.clock, { env: {} }).now().toISOString(), '2024-03-13T09:00:00.000Z');
  });

  it('reports invalid JSON with the file, line and column', () => {
    const error = problemsOf('{\n  "servers": ["Hub01"],\n  "throttling": tru\n}');
    assert.match(error.message, /^exconn\.json:3:17: Invalid JSON: Expected a value/);
    const trailing = problemsOf('{\n  "servers": ["Hub01",]\n}');
    assert.match(trailing.message, /^exconn\.json:2:23: Invalid JSON: .*no comma before a closing bracket/);
    const unquoted = problemsOf('{ servers: [] }');
    assert.match(unquoted.message, /exconn\.json:1:3: .*double quotes/);
  });

  it('reports an unknown key with its line and a suggestion', () => {
    const error = problemsOf('{\n  "servers": ["Hub01"],\n  "localServr": "Hub01"\n}');
    assert.equal(error.problems.length, 1);
    assert.deepEqual({ line: error.problems[0].line, key: error.problems[0].key }, { line: 3, key: 'localServr' });
    assert.match(error.message, /exconn\.json:3:3: Unknown key "localServr" .*Did you mean "localServer"\?/);
  });

  it('reports wrong types with the key path, all at once', () => {
    const error = problemsOf('{\n  "throttling": "no",\n  "servers": [{ "name": "Hub01", "roles": ["Mailbox", "Gateway"] }],\n  "mailboxes": [42]\n}');
    const keys = error.problems.map((problem) => `${problem.line}:${problem.key}`);
    assert.deepEqual(keys, ['2:throttling', '3:servers[0].roles[1]', '4:mailboxes[0]']);
    assert.match(error.message, /"throttling" must be true or false, not the string "no"/);
    assert.match(error.message, /server role is one of Mailbox, Edge/);
  });

  it('checks meaning: local server declared, mailboxes in accepted domains, contacts and mappings well formed', () => {
    const error = problemsOf(JSON.stringify({
      servers: ['Hub01'], localServer: 'Hub09', mailboxes: ['joe@elsewhere.com'],
      contacts: [{ name: 'Smith', address: 'X400:c=US;zz=1' }, { name: 'NoType', address: 'smith' }],
      pathMappings: { 'Q': 'q', 'E:': '../outside', 'F:': '/abs' }, clock: 'yesterday',
    }, null, 2));
    const messages = error.problems.map((problem) => problem.message).join('\n');
    assert.match(messages, /"localServer" is "Hub09", which "servers" does not declare/);
    assert.match(messages, /elsewhere\.com is not an accepted domain/);
    assert.match(messages, /not a valid X\.400 address/);
    assert.match(messages, /write the address type, a colon and the address/);
    assert.match(messages, /"Q" is not a drive or a network share/);
    assert.match(messages, /uses '\.\.' and could leave the workspace/);
    assert.match(messages, /an absolute path/);
    assert.match(messages, /not an ISO 8601 date-time/);
  });

  it('reports a repeated key', () => {
    const error = problemsOf('{\n  "throttling": true,\n  "throttling": false\n}');
    assert.match(error.message, /exconn\.json:3:3: The key "throttling" appears twice/);
  });

  it('lets EXCONN_CLOCK override the clock of exconn.json, and a test clock override both', () => {
    assert.equal(simulatorClock('2024-03-13T09:00:00Z', { env: { EXCONN_CLOCK: '2025-01-01T00:00:00Z' } }).now().toISOString(), '2025-01-01T00:00:00.000Z');
    const fixed = { now: () => new Date('2020-02-02T00:00:00Z') };
    assert.equal(simulatorClock('2024-03-13T09:00:00Z', { clock: fixed, env: { EXCONN_CLOCK: '2025-01-01T00:00:00Z' } }).now().getUTCFullYear(), 2020);
    assert.throws(() => simulatorClock(null, { env: { EXCONN_CLOCK: 'soon' } }), /EXCONN_CLOCK is 'soon'/);
  });
});
