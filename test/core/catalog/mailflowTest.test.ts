// Test-Mailflow: one valid and one invalid line per value type and for each of its six parameter sets.

import { checkScriptCases } from '../../helpers/scriptRows';

describe('Test-Mailflow', () => {
  checkScriptCases([
    { what: 'the SourceServer set', script: 'Test-Mailflow Mailbox01' },
    { what: 'the SourceServer set with no arguments', script: 'Test-Mailflow' },
    { what: 'the TargetMailboxServer set', script: 'Test-Mailflow Mailbox01 -TargetMailboxServer Mailbox02 -ExecutionTimeout 120' },
    { what: 'the TargetDatabase set', script: 'Test-Mailflow -TargetDatabase "Mailbox Database 01"' },
    { what: 'the TargetEmailAddress set', script: 'Test-Mailflow Mailbox01 -TargetEmailAddress kim@fabrikam.com -TargetEmailAddressDisplayName Fabrikam' },
    { what: 'the AutoDiscoverTargetMailboxServer set', script: 'Test-Mailflow Mailbox01 -AutoDiscoverTargetMailboxServer' },
    { what: 'the CrossPremises set', script: 'Test-Mailflow -CrossPremises $true -CrossPremisesExpirationTimeout 00:30:00 -CrossPremisesPendingErrorCount 3' },
    { what: 'two targets of different sets', script: 'Test-Mailflow -TargetDatabase DB01 -TargetMailboxServer Mailbox02', code: 'parameter-set-conflict' },
    { what: 'a source server with the CrossPremises set', script: 'Test-Mailflow -Identity Mailbox01 -CrossPremises $true', code: 'parameter-set-conflict' },
    { what: 'a display name without its address', script: 'Test-Mailflow -TargetEmailAddressDisplayName Fabrikam', code: 'missing-mandatory-parameter' },
    { what: 'a target address that is no SMTP address', script: 'Test-Mailflow -TargetEmailAddress fabrikam.com', code: 'invalid-smtp-address' },
    { what: 'a cross-premises flag that is no Boolean', script: 'Test-Mailflow -CrossPremises on', code: 'invalid-boolean' },
    { what: 'a timeout that is no time span', script: 'Test-Mailflow -CrossPremises $true -CrossPremisesExpirationTimeout soon', code: 'invalid-timespan' },
    { what: 'a timeout in seconds that is no number', script: 'Test-Mailflow Mailbox01 -ErrorLatency slow', code: 'invalid-integer' },
    { what: 'a switch with a value after a colon', script: 'Test-Mailflow -AutoDiscoverTargetMailboxServer:$true -MonitoringContext $false' },
    { what: 'a switch given a separate value', script: 'Test-Mailflow -AutoDiscoverTargetMailboxServer:yes', code: 'invalid-switch-value' },
  ]);
});
