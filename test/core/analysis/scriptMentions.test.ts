// What scripts say about their organization, for exconn init: the servers named, the one whose
// Transport service is set, and the Pickup and Replay folders given to it.
import * as assert from 'node:assert/strict';
import { analyzeDocument, scriptMentions } from '../../../server/src/core/analysis';

describe('scriptMentions', () => {
  it('lists each server once in the order first named, and the Transport service\'s server (old cmdlet name too)', () => {
    const documents = [
      analyzeDocument('file:///a.ps1', 'New-ForeignConnector -Name Fax -AddressSpaces "FAX:*;1" -SourceTransportServers Hub02, Hub01\n'),
      analyzeDocument('file:///b.ps1', 'Set-TransportServer hub01 -PickupDirectoryPath "C:\\Pickup" -ReplayDirectoryPath C:\\Replay\nGet-TransportService Hub*\n'),
    ];
    assert.deepEqual(scriptMentions(documents), {
      servers: ['Hub02', 'Hub01'],
      transportServiceServer: 'hub01',
      pickupDirectories: ['C:\\Pickup'],
      replayDirectories: ['C:\\Replay'],
    });
  });

  it('skips values it cannot know before a run', () => {
    const mentions = scriptMentions([analyzeDocument('file:///c.ps1', 'Set-TransportService $server -PickupDirectoryPath "$root\\Pickup"\n')]);
    assert.deepEqual(mentions, { servers: [], pickupDirectories: [], replayDirectories: [] });
  });
});
