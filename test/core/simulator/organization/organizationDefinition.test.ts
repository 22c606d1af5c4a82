// exconn.json is defined once: the JSON Schema the editor validates with (schemas/exconn.schema.json)
// is that definition, and on any document the schema and the server's own check agree on whether
// the file is valid. (What a schema cannot say, such as localServer being one of servers, only the
// server checks; the documents below keep to what both can judge.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { ExconnJsonError } from '../../../../server/src/core/simulator/errors';
import { parseOrganization } from '../../../../server/src/core/simulator/organization/organization';
import { keysOf, ORGANIZATION_DEFINITION, ORGANIZATION_SCHEMA_TEXT } from '../../../../server/src/core/simulator/organization/organizationDefinition';

const REPOSITORY = path.join(__dirname, '..', '..', '..', '..');

function serverProblems(document: unknown): string[] {
  try {
    parseOrganization(JSON.stringify(document, null, 2), 'exconn.json');
    return [];
  } catch (error) {
    if (error instanceof ExconnJsonError) return error.problems.map((problem) => problem.message);
    throw error;
  }
}

// Per key: values both should accept, and values both should refuse.
const VALUES: Record<string, { valid: unknown[]; invalid: unknown[] }> = {
  $schema: { valid: ['./schemas/exconn.schema.json'], invalid: [1] },
  organizationName: { valid: ['Contoso'], invalid: ['', '   ', 42] },
  domain: { valid: ['contoso.com', ' contoso.com '], invalid: ['not a domain', '-bad.com', 5] },
  domainController: { valid: ['DC01.contoso.com'], invalid: [''] },
  servers: {
    valid: [['Hub01'], ['Hub01', 'Hub02'], [{ name: 'Hub01', roles: ['Mailbox'] }, 'Hub02'], [{ name: 'Hub01', roles: ['edge'] }], [{ name: 'Hub01' }]],
    invalid: ['Hub01', [], [3], [{ roles: ['Mailbox'] }], [{ name: 'Hub01', role: ['Mailbox'] }], [{ name: 'Hub01', roles: ['Gateway'] }], [{ name: 'Hub01', roles: 'Mailbox' }]],
  },
  localServer: { valid: ['Hub01'], invalid: [7, ''] },
  acceptedDomains: { valid: [['contoso.com'], ['contoso.com', '*.contoso.com']], invalid: ['contoso.com', ['bad domain'], [1]] },
  mailboxes: {
    valid: [['mary@contoso.com'], [{ address: 'admin@contoso.com', name: 'Administrator' }], []],
    invalid: [['not-an-address'], [{ name: 'Mary' }], [{ address: 'mary@contoso.com', alias: 'm' }], 'mary@contoso.com'],
  },
  contacts: {
    valid: [[{ name: 'Smith', address: 'X400:c=US;a=Fabrikam;p=Contoso;s=Smith' }], [{ name: 'Fax Desk', address: 'FAX:+1 425 555 0100', smtpAddress: 'fax@contoso.com' }]],
    invalid: [[{ name: 'Smith' }], [{ name: 'Smith', address: 'no type here' }], [{ name: 'Smith', address: 'FAX:1', phone: '1' }], [{ name: 'Smith', address: 'FAX:1', smtpAddress: 'nope' }]],
  },
  pathMappings: {
    valid: [{ 'D:': 'd-drive' }, { '\\\\fileserver\\drops': 'shares/drops', 'E:\\': 'e' }, {}],
    invalid: [{ Q: 'q' }, { 'D:': '../outside' }, { 'D:': '/etc' }, { 'D:': 'C:\\x' }, { 'D:': '.exconn/x' }, { 'D:': 3 }, ['D:']],
  },
  deliveryAgents: { valid: [{ FAX: 'C:\\Fax Agent' }], invalid: [{ FAX: '' }, { FAX: 1 }, 'FAX'] },
  smtpHosts: { valid: [{ 'relay.fabrikam.com': '127.0.0.1:2525' }, { 'fabrikam.com': 'LOCALHOST:25' }, { x: '[::1]:587' }], invalid: [{ x: '10.0.0.1:25' }, { x: '127.0.0.1:0' }, { x: '127.0.0.1:70000' }, { x: 25 }] },
  throttling: { valid: [true, false], invalid: ['no', 0] },
  clock: { valid: ['2024-03-13T09:00:00Z', '2024-03-13', null], invalid: ['yesterday', 20240313] },
  exchangeVersion: { valid: ['2019', 'se', ' SE '], invalid: ['2010', 2019] },
};

describe('exconn.json: one definition for the editor\'s schema and the server\'s check', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(ORGANIZATION_DEFINITION);

  it('ships the schema the definition describes (run npm run schema after changing it)', () => {
    const shipped = fs.readFileSync(path.join(REPOSITORY, 'schemas', 'exconn.schema.json'), 'utf8');
    assert.equal(shipped, ORGANIZATION_SCHEMA_TEXT);
    const manifest = JSON.parse(fs.readFileSync(path.join(REPOSITORY, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: 'exconn.json', url: './schemas/exconn.schema.json' }]);
  });

  it('describes every key, and the reference page documents every key', () => {
    const page = fs.readFileSync(path.join(REPOSITORY, 'docs', 'exconn-json.md'), 'utf8');
    for (const key of keysOf(ORGANIZATION_DEFINITION)) {
      assert.ok(ORGANIZATION_DEFINITION.properties![key]!.description, `${key} has no description`);
      assert.ok(page.includes(`| \`${key}\` |`), `docs/exconn-json.md does not document ${key}`);
    }
    assert.deepEqual(Object.keys(VALUES).sort(), keysOf(ORGANIZATION_DEFINITION).sort(), 'the test covers every key');
  });

  it('accepts and refuses each value alike, key by key', () => {
    for (const [key, { valid, invalid }] of Object.entries(VALUES)) {
      for (const value of valid) {
        const document = { [key]: value };
        assert.ok(validate(document), `schema refuses ${JSON.stringify(document)}: ${ajv.errorsText(validate.errors)}`);
        assert.deepEqual(serverProblems(document), [], `server refuses ${JSON.stringify(document)}`);
      }
      for (const value of invalid) {
        const document = { [key]: value };
        assert.equal(validate(document), false, `schema accepts ${JSON.stringify(document)}`);
        assert.notDeepEqual(serverProblems(document), [], `server accepts ${JSON.stringify(document)}`);
      }
    }
    const misspelt = { serverz: ['Hub01'] };
    assert.equal(validate(misspelt), false);
    assert.match(serverProblems(misspelt)[0] ?? '', /Unknown key "serverz" in the file\. Did you mean "servers"\?/);
  });

  it('agrees on whole documents made of any mix of good and bad values', () => {
    const entry = (key: string) => fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...VALUES[key]!.valid) },
      { weight: 1, arbitrary: fc.constantFrom(...VALUES[key]!.invalid) },
    ).map((value) => [key, value] as const);
    const keys = Object.keys(VALUES);
    const documents = fc.uniqueArray(fc.constantFrom(...keys, 'serverz'), { maxLength: keys.length })
      .chain((chosen): fc.Arbitrary<(readonly [string, unknown])[]> => (chosen.length === 0
        ? fc.constant([])
        : fc.tuple(...chosen.map((key) => (key === 'serverz' ? fc.constant(['serverz', 1] as const) : entry(key)))).map((entries) => [...entries])))
      .map((entries) => Object.fromEntries(entries));
    fc.assert(fc.property(documents, (document) => {
      const schemaSays = validate(document) as boolean;
      const serverSays = serverProblems(document).length === 0;
      assert.equal(schemaSays, serverSays, `${JSON.stringify(document)}: schema ${schemaSays ? 'accepts' : `refuses (${ajv.errorsText(validate.errors)})`}, server ${serverSays ? 'accepts' : `refuses (${serverProblems(document).join(' | ')})`}`);
    }), { numRuns: 500 });
  });
});
