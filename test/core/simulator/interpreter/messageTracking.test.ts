import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { appendTrackingRows } from '../../../../server/src/core/simulator/transport/trackingLogFiles';
import { trackingRow } from '../../../../server/src/core/simulator/transport/trackingFields';
import { CONTOSO, Workspace } from './workspaceFixture';

describe('Get-MessageTrackingLog', () => {
  let workspace: Workspace;
  beforeEach(async () => {
    workspace = Workspace.create(CONTOSO);
    await appendRows(workspace);
  });
  afterEach(() => workspace.remove());

  async function appendRows(target: Workspace): Promise<void> {
    await appendTrackingRows({ workspaceRoot: target.root, folder: path.join(target.root, '.exconn', 'MessageTracking'), maxFileSize: 10 * 1024 * 1024 }, [
      trackingRow({
        'date-time': '2024-03-13T09:00:00.000Z', source: 'PICKUP', 'event-id': 'RECEIVE', 'message-id': '<1@contoso.com>',
        'recipient-address': ['fax@contoso.com'], 'sender-address': 'admin@contoso.com', 'message-subject': 'Test one', 'total-bytes': 512,
      }),
      trackingRow({
        'date-time': '2024-03-13T09:01:00.000Z', source: 'GATEWAY', 'event-id': 'SEND', 'message-id': '<1@contoso.com>',
        'recipient-address': ['fax@contoso.com'], 'sender-address': 'admin@contoso.com', 'message-subject': 'Test one', 'connector-id': 'Contoso Foreign Connector',
      }),
    ]);
  }

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

  it('refuses -Source on Exchange 2013, whose shell lacks it, as the editor warns', async () => {
    const result = await workspace.run('Get-MessageTrackingLog -Source PICKUP');
    assert.equal(result.success, false);
    assert.match(result.output, /A parameter cannot be found that matches parameter name 'Source'/);
  });

  it('filters by event, source, subject, time and result size', async () => {
    // -Source is an Exchange 2016 filter.
    workspace.remove();
    workspace = Workspace.create({ ...CONTOSO, exchangeVersion: '2016' });
    await appendRows(workspace);
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
