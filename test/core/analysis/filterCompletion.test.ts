// Completion inside a -Filter string of the queue and message cmdlets, as an administrator types a
// condition: the properties first, then the operators that property supports, then its values.

import * as assert from 'node:assert/strict';
import { complete, type CompletionItem } from '../../../server/src/core/analysis';
import { fixture, viewOf } from './fixture';

function completeAt(source: string): { items: CompletionItem[]; ranges: ReturnType<typeof fixture>['ranges'] } {
  const { analysis, cursor, ranges } = fixture(source);
  const items = [...complete(analysis, cursor, viewOf(analysis)).items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  return { items, ranges };
}

const labels = (items: CompletionItem[]) => items.map((item) => item.label);

describe('completion inside a queue or message filter', () => {
  it('offers the properties queues filter on where a condition starts, and replaces the typed word', () => {
    const { items, ranges } = completeAt('Get-Queue -Filter "⟦Mess⟧‸"');
    assert.ok(labels(items).includes('MessageCount'));
    assert.ok(labels(items).includes('NextHopDomain'));
    assert.ok(!labels(items).includes('LockedMessageCount'), 'a property Exchange does not filter on is not offered');
    assert.ok(!labels(items).includes('Subject'), 'a message property is not a queue property');
    const messageCount = items.find((item) => item.label === 'MessageCount');
    assert.deepEqual(messageCount?.textEdit && 'range' in messageCount.textEdit ? messageCount.textEdit.range : undefined, ranges[0]);
  });

  it('offers message properties after -and in a message filter', () => {
    const names = labels(completeAt('Get-Message -Filter "Size -gt 10MB -and ‸"').items);
    assert.ok(names.includes('FromAddress') && names.includes('SCL'));
    assert.ok(!names.includes('MessageCount'));
  });

  it('offers only the operators a property supports', () => {
    assert.deepEqual(labels(completeAt('Get-Queue -Filter "Status ‸"').items), ['-eq', '-ne']);
    assert.deepEqual(labels(completeAt('Get-Message -Filter "Size -‸"').items), ['-eq', '-ne', '-gt', '-ge', '-lt', '-le']);
    assert.ok(labels(completeAt("Remove-Message -Filter \"Subject ‸\"").items).includes('-like'));
  });

  it('offers the values of a listed property after its operator, quoted unless already in quotes', () => {
    assert.ok(labels(completeAt('Retry-Queue -Filter "Status -eq ‸"').items).includes("'Retry'"));
    assert.ok(labels(completeAt('Get-Queue -Filter "DeliveryType -eq \'‸"').items).includes('NonSmtpGatewayDelivery'));
  });

  it('offers nothing after the value of a free-text property', () => {
    assert.deepEqual(labels(completeAt("Get-Message -Filter \"Subject -like ‸\"").items), []);
  });
});
