import * as assert from 'node:assert/strict';
import { formatAddressSpace, parseAddressSpace } from '../../../server/src/core/addressSpace';
import type { AddressSpaceProblem } from '../../../server/src/core/addressSpace';

const long = (ch: string, n: number) => ch.repeat(n);

// [text, display form]: each must parse with no problem at all.
const VALID: [string, string][] = [
  ['contoso.com', 'SMTP:contoso.com;1'],
  ['*', 'SMTP:*;1'],
  ['*.com', 'SMTP:*.com;1'],
  ['*.contoso.com', 'SMTP:*.contoso.com;1'],
  ['SMTP:contoso.com', 'SMTP:contoso.com;1'],
  ['smtp:contoso.com;5', 'SMTP:contoso.com;5'],
  ['SmTp:*;100', 'SMTP:*;100'],
  ['contoso.com;1', 'SMTP:contoso.com;1'],
  ['sub.mail.contoso.com;42', 'SMTP:sub.mail.contoso.com;42'],
  ['xn--bcher-kva.de', 'SMTP:xn--bcher-kva.de;1'],
  ['a.b', 'SMTP:a.b;1'],
  ['123.example.org', 'SMTP:123.example.org;1'],
  ['my-domain.co.uk;7', 'SMTP:my-domain.co.uk;7'],
  ['contoso.com; 5 ', 'SMTP:contoso.com;5'],
  ['contoso.com;05', 'SMTP:contoso.com;5'],
  ['localhost', 'SMTP:localhost;1'],
  [`${long('a', 63)}.com`, `SMTP:${long('a', 63)}.com;1`],
  ['SMTP:*.Contoso.COM;3', 'SMTP:*.Contoso.COM;3'],
  ['X400:c=US;a=Fabrikam;P=Contoso;5', 'X400:c=US;a=Fabrikam;p=Contoso;5'],
  ['X400:o=MySite;p=MyOrg;a=adatum;c=us;1', 'X400:c=us;a=adatum;p=MyOrg;o=MySite;1'],
  ['x400:C=GB;A=ATTMAIL;P=Universal Export;10', 'X400:c=GB;a=ATTMAIL;p=Universal Export;10'],
  ['X400:c=US;a= ;p=Contoso;5', 'X400:c=US;a= ;p=Contoso;5'],
  ['X400:c=310;a=Fabrikam;p=Contoso;2', 'X400:c=310;a=Fabrikam;p=Contoso;2'],
  ['X400:c=US;a=Fabrikam;p=Contoso;o=Sales;ou1=Europe;ou2=Paris;3', 'X400:c=US;a=Fabrikam;p=Contoso;o=Sales;ou1=Europe;ou2=Paris;3'],
  ['X400:c=US;ADMD=Fabrikam;PRMD=Contoso;4', 'X400:c=US;a=Fabrikam;p=Contoso;4'],
  ['X400:c=US;a=Fabrikam;o=Contoso;1', 'X400:c=US;a=Fabrikam;o=Contoso;1'],
  ['X400:c=US;a=Fabrikam;ou1=Research;1', 'X400:c=US;a=Fabrikam;ou1=Research;1'],
  ['X400:c=*;a=*;p=Contoso;50', 'X400:c=*;a=*;p=Contoso;50'],
  ['X400:c=US;a=Fabrikam;p=Cont*;5', 'X400:c=US;a=Fabrikam;p=Cont*;5'],
  ['X400:c=US;a=Fabrikam;p=Contos%;5', 'X400:c=US;a=Fabrikam;p=Contos%;5'],
  ['X400:c=US;a=Fabrikam;p=Contoso;s=Smith;g=Pat;i=PJ;q=Jr;5', 'X400:c=US;a=Fabrikam;p=Contoso;s=Smith;g=Pat;i=PJ;q=Jr;5'],
  ['X400:g=Pat;s=Smith;p=Contoso;a=Fabrikam;c=US;5', 'X400:c=US;a=Fabrikam;p=Contoso;s=Smith;g=Pat;5'],
  ["X400:c=US;a=Fabrikam;p=Contoso;o=O'Neil (UK) +,-./:=?;5", "X400:c=US;a=Fabrikam;p=Contoso;o=O'Neil (UK) +,-./:=?;5"],
  ['X400:c=US;a=Fabrikam;p=Contoso;cn=Pat Smith;5', 'X400:c=US;a=Fabrikam;p=Contoso;cn=Pat Smith;5'],
  ['X400:c=US;a=Fabrikam;p=Contoso;dda:RFC-822=pat(a)contoso.com;5', 'X400:c=US;a=Fabrikam;p=Contoso;dda:RFC-822=pat(a)contoso.com;5'],
  ['X400:c=US;a=Fabrikam;p=Contoso;dda=SMTP:pat(a)contoso.com;5', 'X400:c=US;a=Fabrikam;p=Contoso;dda:SMTP=pat(a)contoso.com;5'],
  ['X400:c=US;a=Fabrikam;p=Contoso;x.121=31102345678;5', 'X400:c=US;a=Fabrikam;p=Contoso;x.121=31102345678;5'],
  ['X400:c=US;a=Fabrikam;p=Contoso;n-id=12345;t-ty=5;t-id=TERM01;5', 'X400:c=US;a=Fabrikam;p=Contoso;n-id=12345;t-ty=5;t-id=TERM01;5'],
  ['X400:c=US;a=Fabrikam;p=Contoso;;5', 'X400:c=US;a=Fabrikam;p=Contoso;5'],
  ['X400:c=US;a=Fabrikam;p=ABCDEFGHIJKLMNOP;5', 'X400:c=US;a=Fabrikam;p=ABCDEFGHIJKLMNOP;5'],
  ['X400:c=US;a=X;p=Y;100', 'X400:c=US;a=X;p=Y;100'],
  ['X400:c=US;a=Fabrikam;p=Contoso;  5  ', 'X400:c=US;a=Fabrikam;p=Contoso;5'],
  ['FAX:+14255550100', 'FAX:+14255550100;1'],
  ['FAX:+1 (425) 555-0100;3', 'FAX:+1 (425) 555-0100;3'],
  ['fax:*;2', 'fax:*;2'],
  ['NOTES:Contoso/Sales;1;10', 'NOTES:Contoso/Sales;1;10'],
  ['GWISE:Domain.PostOffice.User;5', 'GWISE:Domain.PostOffice.User;5'],
  ['Custom:anything goes: even colons;7', 'Custom:anything goes: even colons;7'],
];

// [text, code, start, end, the offending text]: the first error must be exactly this.
const INVALID: [string, string, number, number, string][] = [
  ['', 'address-space-empty', 0, 0, ''],
  ['   ', 'address-space-empty', 0, 3, '   '],
  [':contoso.com', 'type-empty', 0, 1, ':'],
  ['SM TP:contoso.com', 'type-invalid-character', 2, 3, ' '],
  ['SMTP:', 'address-empty', 4, 5, ':'],
  ['X400:;5', 'address-empty', 5, 6, ';'],
  ['FAX:;3', 'address-empty', 4, 5, ';'],
  ['contoso.com;', 'cost-empty', 11, 12, ';'],
  ['contoso.com;abc', 'cost-invalid', 12, 15, 'abc'],
  ['contoso.com;1e2', 'cost-invalid', 12, 15, '1e2'],
  ['contoso.com;0', 'cost-out-of-range', 12, 13, '0'],
  ['contoso.com;101', 'cost-out-of-range', 12, 15, '101'],
  ['contoso.com;-3', 'cost-out-of-range', 12, 14, '-3'],
  ['contoso.com;2.5', 'cost-not-integer', 12, 15, '2.5'],
  ['X400:c=US;a=Fabrikam;P=Contoso', 'cost-required', 21, 30, 'P=Contoso'],
  ['X400:c=US;a=Fabrikam;p=Contoso;', 'cost-empty', 30, 31, ';'],
  ['FAX:555;1234', 'cost-out-of-range', 8, 12, '1234'],
  ['FAX:555;abc', 'cost-required', 8, 11, 'abc'],
  ['*contoso.com', 'smtp-wildcard-misplaced', 0, 8, '*contoso'],
  ['contoso.*', 'smtp-wildcard-misplaced', 8, 9, '*'],
  ['con*.com', 'smtp-wildcard-misplaced', 0, 4, 'con*'],
  ['*.*.com', 'smtp-wildcard-misplaced', 2, 3, '*'],
  ['SMTP:contoso..com', 'smtp-empty-label', 13, 14, '.'],
  ['contoso.com.', 'smtp-empty-label', 11, 12, '.'],
  ['.contoso.com', 'smtp-empty-label', 0, 1, '.'],
  ['SMTP:*.', 'smtp-empty-label', 6, 7, '.'],
  ['con_toso.com', 'smtp-invalid-character', 3, 4, '_'],
  ['contoso .com', 'smtp-invalid-character', 7, 8, ' '],
  ['bücher.de', 'smtp-invalid-character', 1, 2, 'ü'],
  ['-contoso.com', 'smtp-label-hyphen', 0, 8, '-contoso'],
  ['contoso-.com', 'smtp-label-hyphen', 0, 8, 'contoso-'],
  [`${long('a', 64)}.com`, 'smtp-label-too-long', 0, 64, long('a', 64)],
  [`${long(`${long('a', 63)}.`, 4)}com`, 'smtp-domain-too-long', 0, 259, `${long(`${long('a', 63)}.`, 4)}com`],
  ['user@contoso.com', 'smtp-contains-mailbox', 0, 5, 'user@'],
  ['c=US;a=Fabrikam;p=Contoso;5', 'smtp-looks-like-x400', 0, 27, 'c=US;a=Fabrikam;p=Contoso;5'],
  ['X400:c=US;a=Fabrikam;p=ContosoContosoContos;5', 'x400-attribute-too-long', 23, 43, 'ContosoContosoContos'],
  ['X400:c=USA;a=Fabrikam;p=Contoso;5', 'x400-country-invalid', 7, 10, 'USA'],
  ['X400:c=U1;a=X;p=Y;5', 'x400-country-invalid', 7, 9, 'U1'],
  ['X400:c=US;a=Fab#rikam;p=Y;5', 'x400-invalid-character', 15, 16, '#'],
  ['X400:c=US;a=X;p=Contoso;pr=Y;5', 'x400-unknown-attribute', 24, 26, 'pr'],
  ['X400:c=US;a=X;Contoso;5', 'x400-missing-equals', 14, 21, 'Contoso'],
  ['X400:c=US;a=X;p=Con;toso;5', 'x400-missing-equals', 20, 24, 'toso'],
  ['X400:c=US;a=X;=Y;5', 'x400-empty-key', 14, 16, '=Y'],
  ['X400:c=US;a=X;p=Y;p=Z;5', 'x400-duplicate-attribute', 18, 19, 'p'],
  ['X400:c=US;a=X;P=Y;prmd=Z;5', 'x400-duplicate-attribute', 18, 22, 'prmd'],
  ['X400:c=US;a=;p=Y;5', 'x400-attribute-empty', 10, 12, 'a='],
  ['X400:a=X;p=Y;5', 'x400-missing-country', 5, 12, 'a=X;p=Y'],
  ['X400:c=US;p=Y;5', 'x400-missing-admd', 5, 13, 'c=US;p=Y'],
  ['X400:c=US;a=X;x.121=12AB;5', 'x400-attribute-not-numeric', 20, 24, '12AB'],
  ['X400:c=US;a=X;p=Y;t-ty=ABCD;5', 'x400-attribute-not-numeric', 23, 27, 'ABCD'],
  ['X400:c=US;a=X;p=Y;dda:TOOLONGTYPE=v;5', 'x400-dda-type-too-long', 22, 33, 'TOOLONGTYPE'],
  ['X400:c=US;a=X;p=Y;dda=novalue;5', 'x400-dda-malformed', 22, 29, 'novalue'],
  ['X400:c=US;a=X;p=Y;dda:A=1;dda:B=2;dda:C=3;dda:D=4;dda:E=5;5', 'x400-too-many-dda', 50, 55, 'dda:E'],
  ['X400:/c=US/a=X/p=Y/;1', 'x400-slash-separators', 5, 19, '/c=US/a=X/p=Y/'],
  [`X400:c=US;a=X;o=${long('O', 65)};5`, 'x400-attribute-too-long', 16, 81, long('O', 65)],
  [`X400:c=US;a=X;p=Y;ou1=${long('U', 33)};5`, 'x400-attribute-too-long', 22, 55, long('U', 33)],
  ['X400:c=US;a=X;p=Y;s=Smith;i=ABCDEF;5', 'x400-attribute-too-long', 28, 34, 'ABCDEF'],
  ['X400:c=US;a=X;p=Y;g=ABCDEFGHIJKLMNOPQ;s=S;5', 'x400-attribute-too-long', 20, 37, 'ABCDEFGHIJKLMNOPQ'],
  ['X400:c=US;a=X;p=Y;s=Smith;q=Junior;5', 'x400-attribute-too-long', 28, 34, 'Junior'],
  ['X400:c=US;a=Fabrikam;p=Müller;5', 'x400-invalid-character', 24, 25, 'ü'],
];

// [text, code, start, end, offending text]: valid values that still deserve a warning.
const WARNINGS: [string, string, number, number, string][] = [
  ['X.400:c=US;2', 'type-x400-misspelled', 0, 5, 'X.400'],
  ['X400:c=US;a=Fabrikam;1', 'x400-missing-domain', 5, 20, 'c=US;a=Fabrikam'],
  ['X400:c=US;a=X;p=Y;g=Pat;5', 'x400-surname-required', 18, 19, 'g'],
  ['X400:c=US;a=X;p=Y;ou2=Paris;5', 'x400-ou-gap', 18, 21, 'ou2'],
  ['X400:c=US;a=X;p= Contoso ;5', 'x400-value-whitespace', 16, 25, ' Contoso '],
  ['X400:c=US;;a=X;p=Y;5', 'x400-empty-field', 10, 11, ';'],
  ['--', 'smtp-local-address-space', 0, 2, '--'],
];

function firstError(problems: AddressSpaceProblem[]): AddressSpaceProblem | undefined {
  return problems.find((p) => p.severity === 'error');
}

describe('parseAddressSpace', () => {
  it('has at least 40 valid and 40 invalid cases', () => {
    assert.ok(VALID.length >= 40, `${VALID.length} valid cases`);
    assert.ok(INVALID.length >= 40, `${INVALID.length} invalid cases`);
  });

  describe('accepts valid address spaces and shows them as Exchange does', () => {
    for (const [text, display] of VALID) {
      it(JSON.stringify(text), () => {
        const result = parseAddressSpace(text);
        assert.deepEqual(result.problems, []);
        assert.equal(result.valid, true);
        assert.ok(result.addressSpace);
        assert.equal(formatAddressSpace(result.addressSpace), display);
      });
    }
  });

  describe('rejects invalid address spaces, pointing at the offending part', () => {
    for (const [text, code, start, end, fragment] of INVALID) {
      it(`${JSON.stringify(text)} → ${code}`, () => {
        const result = parseAddressSpace(text);
        assert.equal(result.valid, false);
        const error = firstError(result.problems);
        assert.ok(error, 'an error is reported');
        assert.deepEqual({ code: error.code, start: error.start, end: error.end }, { code, start, end });
        assert.equal(text.slice(start, end), fragment);
        assert.ok(error.message.length > 20, 'the message explains the problem');
      });
    }
  });

  describe('warns about suspicious but accepted address spaces', () => {
    for (const [text, code, start, end, fragment] of WARNINGS) {
      it(`${JSON.stringify(text)} → ${code}`, () => {
        const result = parseAddressSpace(text);
        assert.equal(result.valid, true, JSON.stringify(result.problems));
        const warning = result.problems.find((p) => p.code === code);
        assert.ok(warning, JSON.stringify(result.problems));
        assert.deepEqual({ severity: warning.severity, start: warning.start, end: warning.end }, { severity: 'warning', start, end });
        assert.equal(text.slice(start, end), fragment);
      });
    }
  });

  it('explains a too-long attribute with the numbers and the fix', () => {
    const [problem] = parseAddressSpace('X400:c=US;a=Fabrikam;p=ContosoContosoContos;5').problems;
    assert.equal(problem.message, 'The X.400 PRMD (p) is 20 characters long; Exchange allows at most 16. Shorten the value.');
  });

  it('gives every part of an X400 address space its range', () => {
    const text = 'X400:c=US;a=Fabrikam;P=Contoso;5';
    const { addressSpace } = parseAddressSpace(text);
    assert.ok(addressSpace && addressSpace.kind === 'x400');
    assert.equal(addressSpace.type, 'X400');
    assert.equal(addressSpace.typeWritten, 'X400');
    assert.deepEqual(addressSpace.typeRange, { start: 0, end: 4 });
    assert.equal(addressSpace.address, 'c=US;a=Fabrikam;P=Contoso');
    assert.deepEqual(addressSpace.addressRange, { start: 5, end: 30 });
    assert.equal(addressSpace.cost, 5);
    assert.deepEqual(addressSpace.costRange, { start: 31, end: 32 });
    assert.deepEqual(
      addressSpace.attributes.map((a) => [a.key, a.canonicalKey, a.value, text.slice(a.keyRange.start, a.keyRange.end), text.slice(a.valueRange.start, a.valueRange.end)]),
      [
        ['c', 'c', 'US', 'c', 'US'],
        ['a', 'a', 'Fabrikam', 'a', 'Fabrikam'],
        ['P', 'p', 'Contoso', 'P', 'Contoso'],
      ],
    );
  });

  it('describes SMTP domains and their wildcard', () => {
    const wildcard = parseAddressSpace('*.Contoso.com;10').addressSpace;
    assert.ok(wildcard && wildcard.kind === 'smtp');
    assert.deepEqual(
      { type: wildcard.type, domain: wildcard.domain, hasWildcard: wildcard.hasWildcard, baseDomain: wildcard.baseDomain, cost: wildcard.cost },
      { type: 'SMTP', domain: '*.Contoso.com', hasWildcard: true, baseDomain: 'contoso.com', cost: 10 },
    );
    assert.equal(wildcard.typeRange, undefined);
    const plain = parseAddressSpace('contoso.com').addressSpace;
    assert.ok(plain && plain.kind === 'smtp');
    assert.deepEqual({ hasWildcard: plain.hasWildcard, cost: plain.cost, costRange: plain.costRange }, { hasWildcard: false, cost: 1, costRange: undefined });
  });

  it('keeps a custom type as written', () => {
    const { addressSpace } = parseAddressSpace('Fax:+1 425*;3');
    assert.ok(addressSpace && addressSpace.kind === 'custom');
    assert.deepEqual({ type: addressSpace.type, address: addressSpace.address, cost: addressSpace.cost }, { type: 'Fax', address: '+1 425*', cost: 3 });
  });

  it('still returns the parts of an invalid address space for editor features', () => {
    const result = parseAddressSpace('X400:c=US;a=Fabrikam;p=Contoso');
    assert.equal(result.valid, false);
    assert.ok(result.addressSpace && result.addressSpace.kind === 'x400');
    assert.deepEqual(result.addressSpace.attributes.map((a) => a.canonicalKey), ['c', 'a', 'p']);
    const typedOnly = parseAddressSpace('X400:');
    assert.ok(typedOnly.addressSpace && typedOnly.addressSpace.kind === 'x400');
  });

  it('reports each bad attribute separately', () => {
    const codes = parseAddressSpace('X400:c=USA;a=;p=ContosoContosoContos;zz=1;5').problems.map((p) => p.code);
    assert.deepEqual(codes, ['x400-country-invalid', 'x400-attribute-empty', 'x400-attribute-too-long', 'x400-unknown-attribute']);
  });

  it('suggests the closest attribute key for a typo', () => {
    const [problem] = parseAddressSpace('X400:c=US;a=X;pr=Y;5').problems;
    assert.match(problem.message, /Did you mean 'p'\?/);
  });

  it('suggests by meaning before spelling: a unit is ou1 (not o, one letter away), a surname s', () => {
    const cases: [string, string][] = [['ou', 'ou1'], ['OU', 'ou1'], ['org', 'o'], ['sn', 's'], ['givenname', 'g'], ['country', 'c']];
    for (const [written, meant] of cases) {
      const [problem] = parseAddressSpace(`X400:c=US;a=X;p=Y;${written}=Sales;5`).problems;
      assert.equal(problem?.code, 'x400-unknown-attribute', written);
      assert.match(problem.message, new RegExp(`^'${written}' is not an X.400 attribute that Exchange knows\\. Did you mean '${meant}'\\?$`), written);
    }
  });
});
