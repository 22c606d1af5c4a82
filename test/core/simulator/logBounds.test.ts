import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EVENT_LOG_MAX_FILE, EVENT_LOG_MAX_FILES, writeEventLog } from '../../../server/src/core/simulator/transport/eventLog';
import { trackingRow } from '../../../server/src/core/simulator/transport/trackingFields';
import { appendTrackingRows } from '../../../server/src/core/simulator/transport/trackingLogFiles';
import { removeWorkspace, tempWorkspace } from './workspaceFixture';

describe('logs stay within bounds, as Exchange bounds its own', () => {
  let root: string;
  beforeEach(() => {
    root = tempWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  it('begins a new application event log when the file is full, and keeps only the newest old ones', async () => {
    const file = path.join(root, '.exconn', 'events.log');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (let n = 1; n <= EVENT_LOG_MAX_FILES; n++) fs.writeFileSync(path.join(root, '.exconn', `events.${n}.log`), `old ${n}\n`);
    fs.writeFileSync(file, 'x'.repeat(EVENT_LOG_MAX_FILE - 10));
    await writeEventLog(root, file, ['2024-03-13T09:00:00.000Z Error MSExchangeTransport 9010 PickupIsBadmailingFile: a line longer than ten bytes']);
    const names = fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith('events')).sort();
    assert.equal(names.length, EVENT_LOG_MAX_FILES + 1, names.join(', '));
    assert.ok(!names.includes('events.1.log'), 'the oldest is deleted');
    assert.equal(fs.statSync(path.join(root, '.exconn', `events.${EVENT_LOG_MAX_FILES + 1}.log`)).size, EVENT_LOG_MAX_FILE - 10);
    assert.match(fs.readFileSync(file, 'utf8'), /^2024-03-13T09:00:00\.000Z Error MSExchangeTransport 9010/);
  });

  it('deletes message tracking log files older than MessageTrackingLogMaxAge, then the oldest past MessageTrackingLogMaxDirectorySize', async () => {
    const folder = path.join(root, '.exconn', 'MessageTracking');
    fs.mkdirSync(folder, { recursive: true });
    for (const name of ['MSGTRK20240101-1.LOG', 'MSGTRK20240310-1.LOG', 'MSGTRK20240311-1.LOG', 'MSGTRK20240312-1.LOG']) fs.writeFileSync(path.join(folder, name), 'x'.repeat(1000));
    const row = trackingRow({ 'date-time': '2024-03-13T09:00:00.000Z', 'event-id': 'RECEIVE', 'internal-message-id': 1 });
    await appendTrackingRows({ workspaceRoot: root, folder, maxFileSize: 10_000, maxAge: 30 * 86400, maxDirectorySize: 2500, now: () => new Date('2024-03-13T09:00:00Z') }, [row]);
    // January is past 30 days; of the rest, the oldest go until at most 2,500 bytes are left with today's file.
    assert.deepEqual(fs.readdirSync(folder).sort(), ['MSGTRK20240312-1.LOG', 'MSGTRK20240313-1.LOG']);
  });
});
