import * as assert from 'node:assert/strict';
import { parseIpAddress, parseIpBinding, parseIpRange, rangeRelation, sameBinding } from '../../../server/src/core/values/ipAddress';

function range(text: string) {
  const parsed = parseIpRange(text);
  assert.ok(parsed, `expected ${text} to parse`);
  return parsed;
}

describe('IP addresses, ranges and bindings as Receive connectors compare them', () => {
  it('reads IPv4 and IPv6 addresses, with :: and an IPv4 tail, ignoring a zone', () => {
    assert.deepEqual(parseIpAddress('10.0.0.5'), { family: 4, value: 0x0a000005n });
    assert.deepEqual(parseIpAddress('::'), { family: 6, value: 0n });
    assert.deepEqual(parseIpAddress('2001:db8::1'), { family: 6, value: (0x20010db8n << 96n) | 1n });
    assert.deepEqual(parseIpAddress('::ffff:10.0.0.5'), { family: 6, value: (0xffffn << 32n) | 0x0a000005n });
    assert.deepEqual(parseIpAddress('fe80::1%11'), parseIpAddress('fe80::1'));
    for (const wrong of ['10.0.0', '10.0.0.256', '1::2::3', '1:2:3:4:5:6:7:8:9', 'gggg::1', 'host']) assert.equal(parseIpAddress(wrong), undefined, wrong);
  });

  it('reads a single address, a first-last range and a CIDR block', () => {
    assert.deepEqual([range('192.168.1.10').first, range('192.168.1.10').last], [0xc0a8010an, 0xc0a8010an]);
    assert.deepEqual([range('192.168.1.1-192.168.1.254').first, range('192.168.1.1-192.168.1.254').last], [0xc0a80101n, 0xc0a801fen]);
    assert.deepEqual([range('192.168.1.77/24').first, range('192.168.1.77/24').last], [0xc0a80100n, 0xc0a801ffn]);
    assert.equal(range('2001:db8::/32').last, (0x20010db8n << 96n) | ((1n << 96n) - 1n));
    for (const wrong of ['192.168.1.9-192.168.1.1', '10.0.0.0/33', '10.0.0.1-::1']) assert.equal(parseIpRange(wrong), undefined, wrong);
  });

  it('reads bindings, IPv6 in brackets, and tells equal ones by value, not by spelling', () => {
    const v6 = parseIpBinding('[::]:25');
    assert.ok(v6 && v6.address.family === 6 && v6.port === 25);
    const a = parseIpBinding('[0:0::0]:25');
    assert.ok(a && sameBinding(v6, a));
    const any = parseIpBinding('0.0.0.0:25');
    const specific = parseIpBinding('10.0.0.5:25');
    const otherPort = parseIpBinding('0.0.0.0:2525');
    assert.ok(any && specific && otherPort);
    assert.equal(sameBinding(any, specific), false);
    assert.equal(sameBinding(any, otherPort), false);
    assert.equal(sameBinding(any, v6), false);
    for (const wrong of ['0.0.0.0', '::1:25', '0.0.0.0:0', '0.0.0.0:65536']) assert.equal(parseIpBinding(wrong), undefined, wrong);
  });

  it('tells equal, nested, apart and crossing ranges', () => {
    assert.equal(rangeRelation(range('10.0.0.0/24'), range('10.0.0.0-10.0.0.255')), 'equal');
    assert.equal(rangeRelation(range('10.0.0.0/24'), range('10.0.0.7')), 'nested');
    assert.equal(rangeRelation(range('10.0.0.7'), range('10.0.0.0/8')), 'nested');
    assert.equal(rangeRelation(range('10.0.0.0/24'), range('10.0.1.0/24')), 'apart');
    assert.equal(rangeRelation(range('10.0.0.0/24'), range('10.0.0.128-10.0.1.5')), 'crossing');
    assert.equal(rangeRelation(range('0.0.0.0-255.255.255.255'), range('::/0')), 'apart');
  });
});
