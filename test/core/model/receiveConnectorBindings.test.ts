import * as assert from 'node:assert/strict';
import { bindingConflict, bindingConflictMessage, type ReceiveEndpoint } from '../../../server/src/core/model/receiveConnectorBindings';
import { ALL_REMOTE_ADDRESSES, parseIpBinding, parseIpRange, type IpBinding, type IpRange } from '../../../server/src/core/values/ipAddress';

function endpoint(name: string, bindings: string[], ranges?: string[], extra: Partial<ReceiveEndpoint> = {}): ReceiveEndpoint {
  return {
    name,
    server: 'Hub01',
    bindings: bindings.map((text) => parseIpBinding(text) as IpBinding),
    remoteIPRanges: ranges ? ranges.map((text) => parseIpRange(text) as IpRange) : ALL_REMOTE_ADDRESSES,
    ...extra,
  };
}

const frontend = endpoint('Default Frontend Hub01', ['0.0.0.0:25', '[::]:25']);

describe('Receive connector bindings, as Exchange allows them on one server', () => {
  it('refuses a second connector on the same binding with the same remote ranges', () => {
    const conflict = bindingConflict(endpoint('Copy', ['0.0.0.0:25']), frontend);
    assert.equal(conflict?.kind, 'ranges');
    assert.match(bindingConflictMessage(conflict, 'Hub01\\Default Frontend Hub01'), /both listen on 0\.0\.0\.0:25 and both accept 0\.0\.0\.0-255\.255\.255\.255/);
  });

  it('allows a narrower remote range on a shared binding, and ranges apart', () => {
    assert.equal(bindingConflict(endpoint('Relay', ['0.0.0.0:25'], ['192.168.1.0/24']), frontend), undefined);
    const relay = endpoint('Relay', ['0.0.0.0:25'], ['192.168.1.0/24']);
    assert.equal(bindingConflict(endpoint('Printer', ['0.0.0.0:25'], ['192.168.1.75']), relay), undefined);
    assert.equal(bindingConflict(endpoint('Branch', ['0.0.0.0:25'], ['192.168.2.0/24']), relay), undefined);
  });

  it('refuses remote ranges that cross without one containing the other', () => {
    const relay = endpoint('Relay', ['0.0.0.0:25'], ['192.168.1.0/24']);
    const conflict = bindingConflict(endpoint('Crossing', ['0.0.0.0:25'], ['192.168.1.200-192.168.2.20']), relay);
    assert.equal(conflict?.kind === 'ranges' && conflict.relation, 'crossing');
  });

  it('lets the same ranges sit on another port, another address, another family or another server', () => {
    assert.equal(bindingConflict(endpoint('Other port', ['0.0.0.0:2525']), frontend), undefined);
    assert.equal(bindingConflict(endpoint('Other address', ['10.0.0.5:25']), frontend), undefined);
    assert.equal(bindingConflict(endpoint('Hub02 copy', ['0.0.0.0:25'], undefined, { server: 'Hub02' }), frontend), undefined);
    assert.equal(bindingConflict(endpoint('v6 only', ['[::]:25'], ['2001:db8::/32']), endpoint('v4 only', ['[::]:25'], ['10.0.0.0/8'])), undefined);
  });

  it('refuses a shared binding between connectors of different transport roles, whatever their ranges', () => {
    const front = endpoint('Front', ['10.0.0.5:25'], ['10.1.0.0/16'], { transportRole: 'FrontendTransport' });
    const conflict = bindingConflict(endpoint('Hub', ['10.0.0.5:25'], ['10.2.0.0/16'], { transportRole: 'HubTransport' }), front);
    assert.equal(conflict?.kind, 'role');
    assert.match(bindingConflictMessage(conflict, 'Front'), /different transport roles/);
  });
});
