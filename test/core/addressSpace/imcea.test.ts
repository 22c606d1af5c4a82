import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeImcea, encodeImcea, isImcea, recipientFromSmtpAddress } from '../../../server/src/core/addressSpace';

describe('IMCEA encapsulation', () => {
  it('decodes an encapsulated X.400 address written with literal separators', () => {
    assert.deepEqual(decodeImcea('IMCEAX400-c=US;a=Fabrikam;p=Contoso;s=Smith@contoso.com'), {
      type: 'X400',
      address: 'c=US;a=Fabrikam;p=Contoso;s=Smith',
      domain: 'contoso.com',
    });
  });

  // [type, address, domain, encapsulated]: known forms (KB 323351, [MS-OXCMAIL] 2.1.3.1.8).
  const KNOWN: [string, string, string, string][] = [
    ['FAX', '1234567890', 'MyDomain.com', 'IMCEAFAX-1234567890@MyDomain.com'],
    ['X400', 'c=US;a= ;p=Contoso;s=Smith', 'contoso.com', 'IMCEAX400-c=US+3Ba=+20+3Bp=Contoso+3Bs=Smith@contoso.com'],
    [
      'EX',
      '/o=Contoso/ou=Exchange Administrative Group/cn=Recipients/cn=pat',
      'contoso.com',
      'IMCEAEX-_o=Contoso_ou=Exchange+20Administrative+20Group_cn=Recipients_cn=pat@contoso.com',
    ],
    ['FAX', '+1 (425) 555-0100', 'contoso.com', 'IMCEAFAX-+2B1+20+28425+29+20555-0100@contoso.com'],
    ['NOTES', 'Pat Smith/Sales_Dept.Contoso', 'contoso.com', 'IMCEANOTES-Pat+20Smith_Sales+5FDept+2EContoso@contoso.com'],
    ['MY-TYPE', 'a', 'x.com', 'IMCEAMY+2DTYPE-a@x.com'],
    ['X400', 'c=DE;a= ;p=Firma;s=Müller', 'contoso.com', 'IMCEAX400-c=DE+3Ba=+20+3Bp=Firma+3Bs=M+C3+BCller@contoso.com'],
  ];

  for (const [type, address, domain, encapsulated] of KNOWN) {
    it(`encodes and decodes ${encapsulated}`, () => {
      assert.equal(encodeImcea(type, address, domain), encapsulated);
      assert.deepEqual(decodeImcea(encapsulated), { type, address, domain });
    });
  }

  it('accepts lower-case hex digits and a literal plus that starts no escape', () => {
    assert.equal(decodeImcea('IMCEAX400-c=US+3ba=+20@contoso.com')?.address, 'c=US;a= ');
    assert.equal(decodeImcea('IMCEAFAX-+1+G@contoso.com')?.address, '+1+G');
  });

  it('is not fooled by addresses that are not encapsulated', () => {
    for (const text of ['pat@contoso.com', 'imceax400-c=US@contoso.com', 'IMCEA-abc@contoso.com', 'IMCEAX400-abc', 'IMCEAFAX-123@']) {
      assert.equal(decodeImcea(text), undefined, text);
      assert.equal(isImcea(text), false, text);
    }
  });

  it('round-trips any type, address and domain', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'binary' }), fc.string({ unit: 'binary' }), fc.domain(), (type, address, domain) => {
        const encoded = encodeImcea(type, address, domain);
        assert.match(encoded.slice(0, encoded.lastIndexOf('@')), /^IMCEA[A-Za-z0-9+=_-]*$/);
        assert.deepEqual(decodeImcea(encoded), { type, address, domain });
      }),
      { numRuns: 500 },
    );
  });

  it('turns an envelope address into the recipient routing looks up', () => {
    assert.deepEqual(recipientFromSmtpAddress('IMCEAX400-c=US+3Ba=Fabrikam+3Bp=Contoso+3Bs=Smith@contoso.com'), {
      type: 'X400',
      attributes: { c: 'US', a: 'Fabrikam', p: 'Contoso', s: 'Smith' },
    });
    assert.deepEqual(recipientFromSmtpAddress('IMCEAFAX-+2B14255550100@contoso.com'), { type: 'FAX', address: '+14255550100' });
    assert.deepEqual(recipientFromSmtpAddress('pat@contoso.com'), { type: 'SMTP', address: 'pat@contoso.com' });
  });
});
