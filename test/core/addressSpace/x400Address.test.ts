import * as assert from 'node:assert/strict';
import { findX400Attribute, parseX400Address, X400_ATTRIBUTES } from '../../../server/src/core/addressSpace';

describe('parseX400Address', () => {
  // [text, canonical values]
  const VALID: [string, Record<string, string>][] = [
    ['c=US;a=Fabrikam;p=Contoso;s=Smith', { c: 'US', a: 'Fabrikam', p: 'Contoso', s: 'Smith' }],
    ['X400:c=US;a= ;p=First Organizati;o=Exchange;s=JohnDoe;', { c: 'US', a: ' ', p: 'First Organizati', o: 'Exchange', s: 'JohnDoe' }],
    ['C=GB;ADMD=ATTMAIL;PRMD=Universal Export;S=Bond;G=James', { c: 'GB', a: 'ATTMAIL', p: 'Universal Export', s: 'Bond', g: 'James' }],
    ['/c=US/a=TELENET/p=ABC/o=P$/Q/g=JOHN/s=STEEL/', { c: 'US', a: 'TELENET', p: 'ABC', o: 'P/Q', g: 'JOHN', s: 'STEEL' }],
    ['c=us;a= ;p=Org;o=Site;s=Someone;g=Guy;dda:SMTP=someone(a)contoso.com', { c: 'us', a: ' ', p: 'Org', o: 'Site', s: 'Someone', g: 'Guy', 'dda:smtp': 'someone(a)contoso.com' }],
  ];

  for (const [text, values] of VALID) {
    it(`reads ${text}`, () => {
      const result = parseX400Address(text);
      assert.deepEqual(result.problems, []);
      assert.equal(result.valid, true);
      assert.deepEqual(result.address?.values, values);
    });
  }

  it('points attribute ranges into the text, after an X400: prefix', () => {
    const text = 'X400:c=US;a=Fabrikam;p=Contoso;s=Smith';
    const surname = parseX400Address(text).address?.attributes.find((a) => a.canonicalKey === 's');
    assert.ok(surname);
    assert.equal(text.slice(surname.valueRange.start, surname.valueRange.end), 'Smith');
  });

  // [text, code, start, end]
  const INVALID: [string, string, number, number][] = [
    ['', 'x400-empty', 0, 0],
    ['X400:', 'x400-empty', 0, 5],
    ['c=US;a=Fabrikam;p=Cont*;s=Smith', 'x400-invalid-character', 22, 23],
    ['a=Fabrikam;p=Contoso;s=Smith', 'x400-missing-country', 0, 28],
    ['c=US;a=Fabrikam;p=Contoso;s=' + 'S'.repeat(41), 'x400-attribute-too-long', 28, 69],
  ];

  for (const [text, code, start, end] of INVALID) {
    it(`rejects ${JSON.stringify(text)} with ${code}`, () => {
      const result = parseX400Address(text);
      assert.equal(result.valid, false);
      const error = result.problems.find((p) => p.severity === 'error');
      assert.deepEqual(error && { code: error.code, start: error.start, end: error.end }, { code, start, end });
    });
  }

  it('asks for something below the ADMD, counting a personal name', () => {
    assert.equal(parseX400Address('c=US;a=Fabrikam;s=Smith').problems.length, 0);
    assert.equal(parseX400Address('c=US;a=Fabrikam').problems[0]?.code, 'x400-missing-domain');
  });
});

describe('X.400 attribute table', () => {
  it('has unique keys and aliases', () => {
    const spellings = X400_ATTRIBUTES.flatMap((a) => [a.key, ...a.aliases]);
    assert.equal(new Set(spellings).size, spellings.length);
  });

  it('carries the documented upper bounds', () => {
    const bounds = Object.fromEntries(X400_ATTRIBUTES.map((a) => [a.key, a.maxLength]));
    assert.deepEqual(bounds, {
      c: 3, a: 16, p: 16, o: 64, ou1: 32, ou2: 32, ou3: 32, ou4: 32, cn: 64, s: 40, g: 16, i: 5, q: 3,
      'x.121': 15, 'n-id': 32, 't-ty': 3, 't-id': 24, dda: 128,
    });
  });

  it('gives every attribute a name, a label, a description and a parsable example', () => {
    for (const info of X400_ATTRIBUTES) {
      assert.ok(info.name && info.label && info.description.length > 20, info.key);
      const example = parseX400Address(`c=US;a= ;p=Contoso;s=Smith;${info.example}`);
      const errors = example.problems.filter((p) => p.severity === 'error' && p.code !== 'x400-duplicate-attribute');
      assert.deepEqual(errors, [], info.example);
    }
  });

  it('finds attributes by any case and alias', () => {
    assert.equal(findX400Attribute('PRMD')?.key, 'p');
    assert.equal(findX400Attribute(' Ou3 ')?.key, 'ou3');
    assert.equal(findX400Attribute('x121')?.key, 'x.121');
    assert.equal(findX400Attribute('zz'), undefined);
  });
});
