import * as assert from 'node:assert/strict';
import {
  matchAddressSpace,
  parseAddressSpace,
  rankRoutes,
  selectRoute,
  type ParsedAddressSpace,
  type RecipientAddress,
} from '../../../server/src/core/addressSpace';

function space(text: string): ParsedAddressSpace {
  const result = parseAddressSpace(text);
  assert.ok(result.valid && result.addressSpace, `${text}: ${JSON.stringify(result.problems)}`);
  return result.addressSpace;
}

const smtp = (address: string): RecipientAddress => ({ type: 'SMTP', address });
const x400 = (attributes: Record<string, string>): RecipientAddress => ({ type: 'X400', attributes });
const SMITH = { c: 'US', a: 'Fabrikam', p: 'Contoso', o: 'Sales', s: 'Smith' };

// [address space, recipient, matches]
const MATCHES: [string, RecipientAddress, boolean][] = [
  ['*', smtp('user@contoso.com'), true],
  ['*', smtp('user@anything.example'), true],
  ['contoso.com', smtp('user@contoso.com'), true],
  ['contoso.com', smtp('user@sub.contoso.com'), false],
  ['contoso.com', smtp('user@fabrikam.com'), false],
  ['*.contoso.com', smtp('user@sub.contoso.com'), true],
  ['*.contoso.com', smtp('user@a.b.contoso.com'), true],
  ['*.contoso.com', smtp('user@contoso.com'), true],
  ['*.contoso.com', smtp('user@notcontoso.com'), false],
  ['*.com', smtp('user@contoso.com'), true],
  ['*.com', smtp('user@contoso.org'), false],
  ['CONTOSO.COM', smtp('User@Contoso.Com'), true],
  ['contoso.com', smtp('user@contoso.com.'), true],
  ['contoso.com', smtp('contoso.com'), true],
  ['--', smtp('user@contoso.com'), false],
  ['contoso.com', x400(SMITH), false],
  ['X400:c=US;a=Fabrikam;p=Contoso;1', x400(SMITH), true],
  ['X400:c=US;a=Fabrikam;p=Contoso;1', x400({ ...SMITH, p: 'Other' }), false],
  ['X400:c=US;a=Fabrikam;p=Contoso;1', x400({ C: 'us', ADMD: 'FABRIKAM', PRMD: 'contoso' }), true],
  ['X400:c=US;a= ;p=Contoso;1', x400({ ...SMITH, a: 'AnyCarrier' }), true],
  ['X400:c=US;a=Fabrikam;p=Contoso;1', x400({ ...SMITH, a: ' ' }), false],
  ['X400:c=US;a=Fabrikam;p=Contoso;o=Sales;1', x400({ c: 'US', a: 'Fabrikam', p: 'Contoso', s: 'Smith' }), false],
  ['X400:c=*;a= ;p=Contoso;1', x400({ ...SMITH, c: 'GB' }), true],
  ['X400:c=US;a=Fabrikam;p=Cont*;1', x400(SMITH), true],
  ['X400:c=US;a=Fabrikam;p=Contos%;1', x400(SMITH), true],
  ['X400:c=US;a=Fabrikam;p=Contos%;1', x400({ ...SMITH, p: 'Contosoo' }), false],
  ['X400:c=US;a=Fabrikam;p=New York;1', x400({ ...SMITH, p: ' new   york ' }), true],
  ['X400:c=US;a=Fabrikam;p=Contoso;dda:RFC-822=pat(a)contoso.com;1', x400({ ...SMITH, 'DDA:rfc-822': 'PAT(a)contoso.com' }), true],
  ['X400:c=US;a=Fabrikam;p=Contoso;1', { type: 'X400', address: 'c=US;a=Fabrikam;p=Contoso;s=Smith' }, true],
  ['X400:c=US;a=Fabrikam;p=Contoso;1', { type: 'x400', address: '/c=US/a=Fabrikam/p=Contoso/s=Smith/' }, true],
  ['X400:c=US;a=Fabrikam;p=Contoso;1', smtp('user@contoso.com'), false],
  ['FAX:*;1', { type: 'FAX', address: '+14255550100' }, true],
  ['FAX:*;1', { type: 'fax', address: '+14255550100' }, true],
  ['FAX:+1425*;1', { type: 'FAX', address: '+14255550100' }, true],
  ['FAX:+1425*;1', { type: 'FAX', address: '+12065550100' }, false],
  ['FAX:+14255550100;1', { type: 'FAX', address: '+14255550100' }, true],
  ['FAX:+14255550100;1', { type: 'FAX', address: '+142555501000' }, false],
  ['FAX:*;1', { type: 'SMS', address: '+14255550100' }, false],
  ['FAX:*;1', smtp('user@contoso.com'), false],
];

/** Address spaces in order of increasing specificity for one recipient. */
const SPECIFICITY_ORDER: [RecipientAddress, string[]][] = [
  [smtp('user@mail.contoso.com'), ['*', '*.com', '*.contoso.com', '*.mail.contoso.com', 'mail.contoso.com']],
  [smtp('user@contoso.com'), ['*', '*.com', '*.contoso.com', 'contoso.com']],
  [
    x400(SMITH),
    [
      'X400:c=*;a= ;p=Contoso;1',
      'X400:c=US;a= ;p=Contoso;1',
      'X400:c=US;a=Fabrikam;p=Cont*;1',
      'X400:c=US;a=Fabrikam;p=Contoso;1',
      'X400:c=US;a=Fabrikam;p=Contoso;o=Sales;1',
    ],
  ],
  [{ type: 'FAX', address: '+14255550100' }, ['FAX:*;1', 'FAX:+1*;1', 'FAX:+1425*;1', 'FAX:+14255550100;1']],
];

describe('matchAddressSpace', () => {
  for (const [text, recipient, expected] of MATCHES) {
    it(`${text} ${expected ? 'covers' : 'does not cover'} ${JSON.stringify(recipient)}`, () => {
      const match = matchAddressSpace(space(text), recipient);
      assert.equal(match.matched, expected);
      if (expected) assert.ok(match.specificity > 0);
      else assert.equal(match.specificity, 0);
    });
  }

  for (const [recipient, order] of SPECIFICITY_ORDER) {
    it(`ranks ${order.join(' < ')}`, () => {
      const values = order.map((text) => matchAddressSpace(space(text), recipient));
      assert.ok(values.every((m) => m.matched));
      for (let i = 1; i < values.length; i++) {
        assert.ok(values[i].specificity > values[i - 1].specificity, `${order[i]} beats ${order[i - 1]}`);
      }
    });
  }
});

describe('selectRoute', () => {
  const connectors = [
    { name: 'Internet', addressSpace: space('*;1') },
    { name: 'Contoso subdomains', addressSpace: space('*.contoso.com;10') },
    { name: 'Contoso', addressSpace: space('contoso.com;50') },
    { name: 'X400 carrier', addressSpace: space('X400:c=US;a= ;p=Contoso;1') },
    { name: 'X400 Fabrikam', addressSpace: space('X400:c=US;a=Fabrikam;p=Contoso;20') },
    { name: 'Fax', addressSpace: space('FAX:*;5') },
  ];

  // [recipient, chosen connector]
  const ROUTES: [RecipientAddress, string | undefined][] = [
    [smtp('pat@contoso.com'), 'Contoso'],
    [smtp('pat@sales.contoso.com'), 'Contoso subdomains'],
    [smtp('pat@fabrikam.com'), 'Internet'],
    [x400(SMITH), 'X400 Fabrikam'],
    [x400({ ...SMITH, a: 'Other' }), 'X400 carrier'],
    [x400({ ...SMITH, p: 'Elsewhere' }), undefined],
    [{ type: 'FAX', address: '+1 425 555 0100' }, 'Fax'],
    [{ type: 'SMS', address: '+1 425 555 0100' }, undefined],
  ];

  for (const [recipient, expected] of ROUTES) {
    it(`routes ${JSON.stringify(recipient)} through ${expected ?? 'nothing'}`, () => {
      assert.equal(selectRoute(connectors, recipient)?.candidate.name, expected);
    });
  }

  it('prefers the lower cost between equally specific address spaces', () => {
    const choice = selectRoute(
      [
        { name: 'Expensive', addressSpace: space('*.contoso.com;5') },
        { name: 'Cheap', addressSpace: space('*.contoso.com;3') },
      ],
      smtp('pat@contoso.com'),
    );
    assert.equal(choice?.candidate.name, 'Cheap');
    assert.equal(choice?.cost, 3);
  });

  it('prefers specificity over cost', () => {
    const choice = selectRoute(
      [
        { name: 'Cheap wildcard', addressSpace: space('*;1') },
        { name: 'Costly exact', addressSpace: space('contoso.com;100') },
      ],
      smtp('pat@contoso.com'),
    );
    assert.equal(choice?.candidate.name, 'Costly exact');
  });

  it('prefers, at equal specificity and cost, a connector of the routing server over one another server carries (proximity)', () => {
    const remote = { name: 'Alpha on another server', local: false, addressSpace: space('contoso.com;5') };
    const local = { name: 'Zeta here', local: true, addressSpace: space('contoso.com;5') };
    assert.equal(selectRoute([remote, local], smtp('p@contoso.com'))?.candidate.name, 'Zeta here');
    const cheaperRemote = { ...remote, addressSpace: space('contoso.com;4') };
    assert.equal(selectRoute([cheaperRemote, local], smtp('p@contoso.com'))?.candidate.name, 'Alpha on another server', 'cost comes first');
  });

  it('breaks a full tie by connector name, then by input order', () => {
    const same = (name?: string) => ({ ...(name ? { name } : {}), addressSpace: space('contoso.com;5') });
    assert.equal(selectRoute([same('Zeta'), same('alpha')], smtp('p@contoso.com'))?.candidate.name, 'alpha');
    assert.equal(selectRoute([same(), same()], smtp('p@contoso.com'))?.index, 0);
  });

  it('lists every match best first', () => {
    const ranked = rankRoutes(connectors, smtp('pat@contoso.com')).map((r) => r.candidate.name);
    assert.deepEqual(ranked, ['Contoso', 'Contoso subdomains', 'Internet']);
  });
});
