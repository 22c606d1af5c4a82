import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { appendTrackingRows } from '../../../../server/src/core/simulator/transport/trackingLogFiles';
import { trackingRow } from '../../../../server/src/core/simulator/transport/trackingFields';
import { CONTOSO, Workspace } from './workspaceFixture';

describe('Get-MessageTrackingLog', () => {
  let workspace: Workspace;
  beforeEach(async () => {
    workspace = Workspace.create(CONTOSO);
    await appendTrackingRows({ workspaceRoot: workspace.root, folder: path.join(workspace.root, '.exconn', 'MessageTracking'), maxFileSize: 10 * 1024 * 1024 }, [
      trackingRow({
        'date-time': '2024-03-13T09:00:00.000Z', source: 'PICKUP', 'event-id': 'RECEIVE', 'message-id': '<1@contoso.com>',
        'recipient-address': ['fax@contoso.com'], 'sender-address': 'admin@contoso.com', 'message-subject': 'Test one', 'total-bytes': 512,
      }),
      trackingRow({
        'date-time': '2024-03-13T09:01:00.000Z', source: 'GATEWAY', 'event-id': 'SEND', 'message-id': '<1@contoso.com>',
        'recipient-address': ['fax@contoso.com'], 'sender-address': 'admin@contoso.com', 'message-subject': 'Test one', 'connector-id': 'Contoso Foreign Connector',
      }),
    ]);
  });
  afterEach(() => workspace.remove());

  it('lists the events as a table of EventId, Source, Sender, Recipients and MessageSubject', async () => {
    const result = await workspace.run('Get-MessageTrackingLog');
    assert.equal(result.success, true, result.output);
    assert.equal(result.output, [
      '',
      'EventId Source  Sender            Recipients        MessageSubject',
      '------- ------  ------            ----------        --------------',
      'RECEIVE PICKUP  admin@contoso.com {fax@contoso.com} Test one',
      'SEND    GATEWAY admin@contoso.com {fax@contoso.com} Test one',
      '',
      '',
      '',
    ].join('\n'));
  });

  it('filters by event, source, subject, time and result size', async () => {
    const result = await workspace.run([
      '(Get-MessageTrackingLog -EventId send).Count',
      '(Get-MessageTrackingLog -Source PICKUP | Select-Object -First 1).TotalBytes',
      '(Get-MessageTrackingLog -MessageSubject "one").Count',
      '(Get-MessageTrackingLog -Start "2024-03-13T09:00:30Z").EventId',
      '(Get-MessageTrackingLog -ResultSize 1).EventId',
      '(Get-MessageTrackingLog -Recipients nobody@contoso.com).Count',
    ].join('\n'));
    assert.equal(result.output, '1\n512\n2\nSEND\nRECEIVE\n0\n');
  });
});
