// What a -Filter of the queue and message cmdlets accepts: property names of the chosen objects,
// the operators their types support, and values of their types, as an administrator writes them.

import * as assert from 'node:assert/strict';
import { acceptValue } from '../../../server/src/core/catalog/valueTypes';
import { filterOperatorsFor, filterProblems } from '../../../server/src/core/catalog/filterAcceptance';
import { MESSAGE_OBJECT, QUEUE_OBJECT } from '../../../server/src/core/catalog/queueViewerObjects';
import type { ObjectTypeSpec } from '../../../server/src/core/catalog/types';

const accepts = (type: Parameters<typeof acceptValue>[0], text: string) => acceptValue(type, { kind: 'text', text }).ok;

function problems(object: ObjectTypeSpec, text: string): { message: string; at: string }[] {
  return filterProblems(text, object, accepts).map((problem) => ({ message: problem.message, at: text.slice(problem.start, problem.end) }));
}

const VALID: readonly [ObjectTypeSpec, string][] = [
  [QUEUE_OBJECT, "Status -eq 'Retry'"],
  [QUEUE_OBJECT, 'status -ne suspended -and messagecount -ge 1000'],
  [QUEUE_OBJECT, "DeliveryType -eq 'NonSmtpGatewayDelivery' -or DeliveryType -eq 'DeliveryAgent'"],
  [QUEUE_OBJECT, 'Identity -like "*contoso.com*" -and MessageCount -gt 500'],
  [QUEUE_OBJECT, "NextRetryTime -lt '2024-01-31 08:00' -and LastError -ne $null"],
  [QUEUE_OBJECT, "-not (NextHopCategory -eq 'Internal')"],
  [QUEUE_OBJECT, 'Velocity -lt 0.5'],
  [MESSAGE_OBJECT, 'Size -gt 10MB -and SCL -gt 5'],
  [MESSAGE_OBJECT, "FromAddress -like '*@fabrikam.com' -and Subject -notlike '*invoice*'"],
  [MESSAGE_OBJECT, "DateReceived -ge '1/31/2024' -and Priority -eq High"],
  [MESSAGE_OBJECT, 'Subject -eq $subject'],
  [MESSAGE_OBJECT, 'SCL -eq -1'],
];

const INVALID: readonly { object: ObjectTypeSpec; filter: string; at: string; message: RegExp }[] = [
  { object: QUEUE_OBJECT, filter: "Stauts -eq 'Retry'", at: 'Stauts', message: /no property 'Stauts'. Did you mean Status\?/ },
  { object: QUEUE_OBJECT, filter: "Subject -eq 'x'", at: 'Subject', message: /Queue filters have no property 'Subject'/ },
  { object: MESSAGE_OBJECT, filter: 'MessageCount -gt 5', at: 'MessageCount', message: /Message filters have no property/ },
  { object: QUEUE_OBJECT, filter: "Status -eq 'Retyr'", at: "'Retyr'", message: /one of Active, Connecting, Suspended, Ready, Retry; 'Retyr' is not. Did you mean Retry\?/ },
  { object: QUEUE_OBJECT, filter: 'Status -gt Active', at: '-gt', message: /Status cannot be compared with -gt; use -eq, -ne/ },
  { object: QUEUE_OBJECT, filter: 'MessageCount -like "1*"', at: '-like', message: /cannot be compared with -like/ },
  { object: QUEUE_OBJECT, filter: 'MessageCount -gt lots', at: 'lots', message: /a whole number of at least 0; 'lots' is not one/ },
  { object: QUEUE_OBJECT, filter: 'LockedMessageCount -gt 0', at: 'LockedMessageCount', message: /does not filter queues on LockedMessageCount/ },
  { object: QUEUE_OBJECT, filter: "LastError -contains 'DNS'", at: '-contains', message: /use -like '\*text\*'/ },
  { object: QUEUE_OBJECT, filter: 'NextRetryTime -lt tomorrow', at: 'tomorrow', message: /a date and time/ },
  { object: MESSAGE_OBJECT, filter: 'Size -gt 10 parsecs', at: 'parsecs', message: /follows a complete condition/ },
  { object: MESSAGE_OBJECT, filter: 'Size -gt huge', at: 'huge', message: /a size such as 500KB or 10MB/ },
  { object: MESSAGE_OBJECT, filter: 'SCL -gt 10', at: '10', message: /from -1 to 9/ },
  { object: MESSAGE_OBJECT, filter: "Status -eq 'Queued'", at: "'Queued'", message: /Active, Locked, PendingRemove/ },
  { object: MESSAGE_OBJECT, filter: "Subject -match 'loan'", at: '-match', message: /not an operator of these filters/ },
];

describe('queue and message filters', () => {
  for (const [object, filter] of VALID) {
    it(`accepts ${object.name} filter ${filter}`, () => {
      assert.deepEqual(problems(object, filter), []);
    });
  }
  for (const { object, filter, at, message } of INVALID) {
    it(`refuses ${object.name} filter ${filter} at ${at}`, () => {
      const found = problems(object, filter);
      assert.ok(found.some((problem) => problem.at === at && message.test(problem.message)), JSON.stringify(found));
    });
  }

  it('reports every broken condition of one filter, left to right', () => {
    assert.deepEqual(problems(QUEUE_OBJECT, "Stauts -eq 'Retry' -and MessageCount -gt lots").map((problem) => problem.at), ['Stauts', 'lots']);
  });

  it('lets numbers, sizes and dates order, and text match wildcards', () => {
    for (const property of [...QUEUE_OBJECT.properties, ...MESSAGE_OBJECT.properties]) {
      if (!property.filter) continue;
      const operators = filterOperatorsFor(property.filter);
      assert.ok(operators.includes('-eq') && operators.includes('-ne'), `${property.name} compares for equality`);
      const ordered = ['int', 'size', 'dateTime', 'timespan'].includes(property.filter.kind);
      assert.equal(operators.includes('-gt'), ordered, `${property.name} orders only when it is a number, size or date`);
    }
  });
});
