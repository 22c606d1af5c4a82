import * as assert from 'node:assert/strict';
import { connectorDistinguishedName } from '../../../server/src/core/model/directoryNames';
import { connectorCandidate, Identities, identityQuery, serverQualifier } from '../../../server/src/core/model/identity';

const directory = { organizationName: 'Contoso', domain: 'contoso.com' };
const contoso = { name: 'Contoso Foreign Connector', guid: '6f1c2e3a-0b4d-4c5e-8f90-1a2b3c4d5e6f' };
const fax = { name: 'Fax Gateway', guid: '0d9e8f7a-6b5c-4d3e-a2f1-0e9d8c7b6a5f' };
const connectors = new Identities([contoso, fax].map((connector) => connectorCandidate(connector, directory)));

describe('identity matcher', () => {
  it('finds a connector by its name in any case and with blanks around it', () => {
    assert.deepEqual(connectors.match('  contoso FOREIGN connector '), [contoso]);
  });

  it('finds a connector by its GUID, with or without braces', () => {
    assert.deepEqual(connectors.match(contoso.guid.toUpperCase()), [contoso]);
    assert.deepEqual(connectors.match(`{${contoso.guid}}`), [contoso]);
  });

  it('finds a connector by its distinguished name', () => {
    const written = connectorDistinguishedName('Fax Gateway', directory).toLowerCase();
    assert.match(written, /^cn=fax gateway,cn=connections,/);
    assert.deepEqual(connectors.match(written), [fax]);
  });

  it('takes Server\\Name for the name, the server part only qualifying it', () => {
    assert.deepEqual(connectors.match('Hub01\\Contoso Foreign Connector'), [contoso]);
    assert.equal(serverQualifier('Hub01\\Contoso Foreign Connector'), 'Hub01\\');
    assert.equal(serverQualifier('Contoso Foreign Connector'), '');
    assert.deepEqual(connectors.match('\\Contoso Foreign Connector'), []);
  });

  it('matches PowerShell wildcards: *, ? and [...]', () => {
    assert.deepEqual(connectors.match('*'), [contoso, fax]);
    assert.deepEqual(connectors.match('F?x*'), [fax]);
    assert.deepEqual(connectors.match('[a-d]ontoso*'), [contoso]);
    assert.deepEqual(connectors.match('Hub01\\fax*'), [fax]);
    assert.equal(identityQuery('Fax*').wildcard, true);
    assert.equal(identityQuery('Fax').wildcard, false);
  });

  it('gives Get- every match, and reports nothing found only without wildcards', () => {
    assert.deepEqual(connectors.all('*Connector'), { kind: 'found', items: [contoso] });
    assert.deepEqual(connectors.all('Nothing*'), { kind: 'found', items: [] });
    assert.deepEqual(connectors.all('Nothing'), { kind: 'notFound' });
  });

  it('gives Set- and Remove- exactly one match', () => {
    assert.deepEqual(connectors.one('fax gateway'), { kind: 'found', items: [fax] });
    assert.deepEqual(connectors.one('*'), { kind: 'ambiguous' });
    assert.deepEqual(connectors.one('Nothing*'), { kind: 'notFound' });
  });

  it('names an item once when two candidates stand for it, and knows script-only objects by name', () => {
    const editor = new Identities([{ item: 'Fax Gateway', name: 'Fax Gateway' }, { ...connectorCandidate(fax, undefined), item: 'Fax Gateway' }]);
    assert.deepEqual(editor.one('FAX GATEWAY'), { kind: 'found', items: ['Fax Gateway'] });
    assert.deepEqual(editor.one(fax.guid), { kind: 'found', items: ['Fax Gateway'] });
    assert.deepEqual(editor.match(connectorDistinguishedName('Fax Gateway', directory)), [], 'no directory, no distinguished name');
  });

  it('kept in step one saved item at a time, finds what a fresh index of the same items finds', () => {
    const kept = new Identities([contoso, fax].map((connector) => connectorCandidate(connector, directory)));
    const renamed = { ...fax, name: 'Fax Gateway West' };
    const added = { name: 'Contoso Foreign Connector', guid: '7a7a7a7a-0b4d-4c5e-8f90-1a2b3c4d5e6f' };
    kept.put(kept.positionOf(fax.guid.toUpperCase()), connectorCandidate(renamed, directory));
    kept.put(kept.positionOf(added.guid), connectorCandidate(added, directory));
    const fresh = new Identities([contoso, renamed, added].map((connector) => connectorCandidate(connector, directory)));
    for (const identity of ['Fax Gateway', 'fax gateway west', renamed.guid, 'Contoso Foreign Connector', 'Fax*', connectorDistinguishedName('Fax Gateway West', directory)]) {
      assert.deepEqual(kept.match(identity), fresh.match(identity), identity);
    }
    assert.deepEqual(kept.named(' contoso foreign CONNECTOR'), [contoso, added], 'by name only, in the order of the items');
    assert.deepEqual(kept.named('Fax Gateway'), [], 'the old name is gone');
  });
});
