// The queue, message and delivery report cmdlets as a script author meets them in `exconn check`: for
// every value type and every parameter set of the family, a line Exchange accepts is clean (no error or
// warning) and a line it refuses gets the finding a user would expect.

import * as assert from 'node:assert/strict';
import { checkDocuments } from '../../../server/src/core/analysis';
import { severityOf } from '../../../server/src/core/analysis/diagnostic';
import { MESSAGE_TRACKING_REPORT_CMDLETS } from '../../../server/src/core/catalog/messageTrackingReport';
import { QUEUE_CMDLETS } from '../../../server/src/core/catalog/queues';

interface Case {
  /** What the line exercises: a value type or a parameter set. */
  what: string;
  valid: string;
  invalid: string;
  /** The finding `invalid` must produce. */
  code: string;
}

function findingsOf(line: string) {
  return checkDocuments([{ uri: 'queues.ps1', text: line }])[0].findings;
}

function seriousFindings(line: string): string[] {
  return findingsOf(line).filter((finding) => ['error', 'warning'].includes(severityOf(finding))).map((finding) => `${finding.code}: ${finding.message}`);
}

function runTable(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const entry of cases) {
      it(`${entry.what}: accepts ${entry.valid}`, () => {
        assert.deepEqual(seriousFindings(entry.valid), []);
      });
      it(`${entry.what}: reports ${entry.code} for ${entry.invalid}`, () => {
        const codes = findingsOf(entry.invalid).map((finding) => finding.code);
        assert.ok(codes.includes(entry.code), `expected ${entry.code}, got ${JSON.stringify(codes)}`);
      });
    }
  });
}

const VALUE_TYPES: readonly Case[] = [
  { what: 'queue identity', valid: String.raw`Get-Queue -Identity "Hub01\contoso.com"`, invalid: String.raw`Get-Queue -Identity "Hub01\contoso.com", "Hub01\Unreachable"`, code: 'unexpected-multiple-values' },
  { what: 'message identity', valid: String.raw`Export-Message -Identity "Hub01\contoso.com\42"`, invalid: 'Export-Message -Identity', code: 'missing-parameter-value' },
  { what: 'server identity', valid: 'Get-Message -Server Hub01 -Filter "Status -eq \'Retry\'"', invalid: 'Get-Message -Server Hub01, Hub02', code: 'unexpected-multiple-values' },
  { what: '1-based bookmark index', valid: 'Get-Queue -BookmarkIndex 1 -ResultSize 20', invalid: 'Get-Queue -BookmarkIndex 0', code: 'value-out-of-range' },
  { what: 'integer', valid: 'Get-Message -BookmarkIndex 21', invalid: 'Get-Message -BookmarkIndex first', code: 'invalid-integer' },
  { what: 'bookmark object', valid: 'Get-Queue -BookmarkObject $lastQueue -IncludeBookmark $false', invalid: 'Get-Queue -BookmarkObject', code: 'missing-parameter-value' },
  { what: 'Boolean', valid: 'Get-Message -SearchForward $false -ReturnPageInfo $true', invalid: 'Get-Message -SearchForward yes', code: 'invalid-boolean' },
  { what: 'Unlimited count', valid: 'Get-Queue -ResultSize unlimited', invalid: 'Get-Queue -ResultSize all', code: 'invalid-integer' },
  { what: 'sort entries', valid: 'Get-Message -SortOrder "-Size", "+FromAddress"', invalid: 'Get-Message -SortOrder "Size descending"', code: 'invalid-string' },
  { what: 'filter text', valid: 'Get-Queue -Filter "MessageCount -gt 100"', invalid: 'Get-Queue -Filter', code: 'missing-parameter-value' },
  { what: 'queue filter property', valid: 'Get-Queue -Filter {Status -eq "Retry" -and MessageCount -gt 100}', invalid: 'Get-Queue -Filter {Stauts -eq "Retry"}', code: 'invalid-filter' },
  { what: 'queue filter value', valid: 'Retry-Queue -Filter "DeliveryType -eq \'NonSmtpGatewayDelivery\'" -Server Hub01', invalid: 'Retry-Queue -Filter "Status -eq \'Waiting\'" -Server Hub01', code: 'invalid-filter' },
  { what: 'queue digest filter', valid: 'Get-QueueDigest -Server Hub01 -Filter "NextHopDomain -like \'*contoso.com\'"', invalid: 'Get-QueueDigest -Server Hub01 -Filter "NextHopDomain -contains \'contoso\'"', code: 'invalid-filter' },
  { what: 'message filter size', valid: 'Get-Message -Filter "Size -gt 10MB -and SCL -ge 5"', invalid: 'Get-Message -Filter "Size -gt big"', code: 'invalid-filter' },
  { what: 'message filter syntax', valid: 'Remove-Message -Filter "(Subject -like \'*loan*\') -or (FromAddress -eq \'spam@fabrikam.com\')" -WithNDR $false', invalid: 'Remove-Message -Filter "(Subject -like \'*loan*\'" -WithNDR $false', code: 'invalid-filter' },
  { what: 'message filter operator', valid: 'Suspend-Message -Filter "DateReceived -lt \'2024-01-31 08:00\'"', invalid: 'Suspend-Message -Filter "DateReceived -like \'2024*\'"', code: 'invalid-filter' },
  { what: 'queue kind text', valid: 'Get-Queue -Exclude Internal', invalid: 'Get-Queue -Include Internal, External', code: 'unexpected-multiple-values' },
  { what: 'multi-valued DAG names', valid: 'Get-QueueDigest -Dag DAG01, DAG02', invalid: 'Get-QueueDigest -Dag @{Append="DAG03"}', code: 'invalid-multivalue-key' },
  { what: 'switch', valid: 'Get-QueueDigest -Forest:$true', invalid: 'Get-QueueDigest -Forest:"yes"', code: 'invalid-switch-value' },
  { what: 'details level', valid: 'Get-QueueDigest -Server Hub01 -DetailsLevel Verbose', invalid: 'Get-QueueDigest -Server Hub01 -DetailsLevel Full', code: 'invalid-enum-value' },
  { what: 'group-by property', valid: 'Get-QueueDigest -Site "Contoso-HQ" -GroupBy LastError', invalid: 'Get-QueueDigest -Site "Contoso-HQ" -GroupBy Domain', code: 'invalid-enum-value' },
  { what: 'time span', valid: 'Get-QueueDigest -Server Hub01 -Timeout 00:00:30', invalid: 'Get-QueueDigest -Server Hub01 -Timeout "30 seconds"', code: 'invalid-timespan' },
  { what: 'target server FQDNs', valid: 'Redirect-Message -Server Mbx01 -Target mbx02.contoso.com, mbx03.contoso.com', invalid: 'Redirect-Message -Server Mbx01 -Target "mbx02..contoso.com"', code: 'invalid-fqdn' },
  { what: 'NDR Boolean', valid: String.raw`Remove-Message "Hub01\contoso.com\42" -WithNDR $false -Confirm:$false`, invalid: String.raw`Remove-Message "Hub01\contoso.com\42" -WithNDR no`, code: 'invalid-boolean' },
  { what: 'resubmit Boolean', valid: 'Retry-Queue -Filter "Status -eq \'Retry\'" -Resubmit $true', invalid: 'Retry-Queue -Filter "Status -eq \'Retry\'" -Resubmit yes', code: 'invalid-boolean' },
];

const PARAMETER_SETS: readonly Case[] = [
  { what: 'Get-Queue [Identity]', valid: String.raw`Get-Queue "Hub01\Unreachable"`, invalid: String.raw`Get-Queue -Identity "Hub01\Unreachable" -Server Hub01`, code: 'parameter-set-conflict' },
  { what: 'Get-Queue [Server]', valid: 'Get-Queue -Server Hub01 -Filter "Status -eq \'Retry\'"', invalid: String.raw`Get-Queue -Filter "Status -eq 'Retry'" -Identity "Hub01\Unreachable"`, code: 'parameter-set-conflict' },
  ...['Retry-Queue', 'Suspend-Queue', 'Resume-Queue'].flatMap((cmdlet): Case[] => [
    { what: `${cmdlet} [Identity]`, valid: String.raw`${cmdlet} "Hub01\contoso.com" -WhatIf`, invalid: `${cmdlet} -WhatIf`, code: 'missing-mandatory-parameter' },
    { what: `${cmdlet} [Filter]`, valid: `${cmdlet} -Filter "NextHopDomain -eq 'contoso.com'" -Server Hub01`, invalid: `${cmdlet} -Server Hub01`, code: 'missing-mandatory-parameter' },
  ]),
  { what: 'Get-QueueDigest [Server]', valid: 'Get-QueueDigest -Server Hub01, Hub02', invalid: 'Get-QueueDigest -GroupBy Status', code: 'missing-mandatory-parameter' },
  { what: 'Get-QueueDigest [Dag]', valid: 'Get-QueueDigest -Dag DAG01 -ResultSize 50', invalid: 'Get-QueueDigest -Dag DAG01 -Server Hub01', code: 'parameter-set-conflict' },
  { what: 'Get-QueueDigest [Site]', valid: 'Get-QueueDigest -Site "Contoso-HQ"', invalid: 'Get-QueueDigest -Site "Contoso-HQ" -Forest', code: 'parameter-set-conflict' },
  { what: 'Get-QueueDigest [Forest]', valid: 'Get-QueueDigest -Forest -Filter "MessageCount -gt 10"', invalid: 'Get-QueueDigest -Forest -Dag DAG01', code: 'parameter-set-conflict' },
  { what: 'Get-Message [Identity]', valid: String.raw`Get-Message "Hub01\contoso.com\42" -IncludeRecipientInfo`, invalid: String.raw`Get-Message -Identity "Hub01\contoso.com\42" -Server Hub01`, code: 'parameter-set-conflict' },
  { what: 'Get-Message [Filter]', valid: 'Get-Message -Filter "FromAddress -like \'*@fabrikam.com\'" -Server Hub01 -IncludeComponentLatencyInfo', invalid: 'Get-Message -Filter "Size -gt 10MB" -Queue "Hub01\\contoso.com"', code: 'parameter-set-conflict' },
  { what: 'Get-Message [Queue]', valid: String.raw`Get-Queue "Hub01\contoso.com" | Get-Message -ResultSize 10`, invalid: String.raw`Get-Message -Queue "Hub01\contoso.com" -Server Hub01`, code: 'parameter-set-conflict' },
  ...['Suspend-Message', 'Resume-Message', 'Remove-Message'].flatMap((cmdlet): Case[] => [
    { what: `${cmdlet} [Identity]`, valid: String.raw`Get-Message -Queue "Hub01\contoso.com" | ${cmdlet} -Confirm:$false`, invalid: String.raw`${cmdlet} -Identity "Hub01\contoso.com\42" -Server Hub01`, code: 'parameter-set-conflict' },
    { what: `${cmdlet} [Filter]`, valid: `${cmdlet} -Filter "FromAddress -eq 'fax@fabrikam.com'" -Server Hub01`, invalid: `${cmdlet} -Server Hub01`, code: 'missing-mandatory-parameter' },
  ]),
  { what: 'Export-Message [Default]', valid: String.raw`Export-Message "Hub01\contoso.com\42"`, invalid: 'Export-Message -WhatIf', code: 'missing-mandatory-parameter' },
  { what: 'Redirect-Message [Default]', valid: 'Redirect-Message -Server Mbx01 -Target mbx02.contoso.com -Confirm:$false', invalid: 'Redirect-Message -Server Mbx01', code: 'missing-mandatory-parameter' },
];

const DELIVERY_REPORTS: readonly Case[] = [
  { what: 'mailbox identity', valid: 'Search-MessageTrackingReport "Ayla Kol" -Recipients fax.desk@fabrikam.com', invalid: 'Search-MessageTrackingReport -Recipients fax.desk@fabrikam.com', code: 'missing-mandatory-parameter' },
  { what: 'SMTP address', valid: 'Search-MessageTrackingReport "Ayla Kol" -Sender orders@fabrikam.com', invalid: 'Search-MessageTrackingReport "Ayla Kol" -Sender "orders at fabrikam"', code: 'invalid-smtp-address' },
  { what: 'SMTP address list', valid: 'Search-MessageTrackingReport "Ayla Kol" -Recipients a@fabrikam.com, b@fabrikam.com', invalid: 'Search-MessageTrackingReport "Ayla Kol" -Recipients a@fabrikam.com, "b"', code: 'invalid-smtp-address' },
  { what: 'trace level', valid: 'Search-MessageTrackingReport "Ayla Kol" -TraceLevel High -DoNotResolve', invalid: 'Search-MessageTrackingReport "Ayla Kol" -TraceLevel Max', code: 'invalid-enum-value' },
  { what: 'Unlimited count', valid: 'Search-MessageTrackingReport "Ayla Kol" -ResultSize unlimited -BypassDelegateChecking', invalid: 'Search-MessageTrackingReport "Ayla Kol" -ResultSize -1', code: 'value-out-of-range' },
  { what: 'text', valid: 'Search-MessageTrackingReport "Ayla Kol" -Subject "Fax order 1123" -MessageId "<1123@fabrikam.com>"', invalid: 'Search-MessageTrackingReport "Ayla Kol" -Subject', code: 'missing-parameter-value' },
  { what: 'domain controller FQDN', valid: 'Get-MessageTrackingReport $reportId -DomainController dc01.contoso.com', invalid: 'Get-MessageTrackingReport $reportId -DomainController "dc01..contoso.com"', code: 'invalid-fqdn' },
  { what: 'report identity', valid: 'Search-MessageTrackingReport "Ayla Kol" -Sender orders@fabrikam.com | Get-MessageTrackingReport', invalid: 'Get-MessageTrackingReport -Status Delivered', code: 'missing-mandatory-parameter' },
  { what: 'report template', valid: 'Get-MessageTrackingReport $reportId -ReportTemplate Summary -Recipients a@fabrikam.com, b@fabrikam.com', invalid: 'Get-MessageTrackingReport $reportId -ReportTemplate Detailed', code: 'invalid-enum-value' },
  { what: 'detail level', valid: 'Get-MessageTrackingReport $reportId -DetailLevel Verbose', invalid: 'Get-MessageTrackingReport $reportId -DetailLevel Full', code: 'invalid-enum-value' },
  { what: 'delivery status', valid: 'Get-MessageTrackingReport $reportId -Status Unsuccessful', invalid: 'Get-MessageTrackingReport $reportId -Status Failed', code: 'invalid-enum-value' },
  { what: 'recipient path SMTP address', valid: 'Get-MessageTrackingReport $reportId -ReportTemplate RecipientPath -RecipientPathFilter a@fabrikam.com', invalid: 'Get-MessageTrackingReport $reportId -RecipientPathFilter "a at fabrikam"', code: 'invalid-smtp-address' },
  { what: 'Search-MessageTrackingReport [SearchAsSender]', valid: 'Search-MessageTrackingReport "Ayla Kol" -Sender orders@fabrikam.com -WhatIf', invalid: 'Search-MessageTrackingReport "Ayla Kol" -Sender orders@fabrikam.com -Recipients a@fabrikam.com', code: 'parameter-set-conflict' },
  { what: 'Search-MessageTrackingReport [SearchAsRecipient]', valid: 'Search-MessageTrackingReport "Ayla Kol" -Recipients a@fabrikam.com -Confirm:$false', invalid: 'Search-MessageTrackingReport "Ayla Kol" -Recipients a@fabrikam.com -Sender orders@fabrikam.com', code: 'parameter-set-conflict' },
  { what: 'Get-MessageTrackingReport [Default]', valid: 'Get-MessageTrackingReport -Identity $reportId -BypassDelegateChecking', invalid: 'Get-MessageTrackingReport $reportId -WhatIf', code: 'unknown-parameter' },
];

runTable('queue and message cmdlets: value types', VALUE_TYPES);
runTable('queue and message cmdlets: parameter sets', PARAMETER_SETS);
runTable('delivery report cmdlets', DELIVERY_REPORTS);

describe('queue and message filters in the editor', () => {
  it('points at the broken part inside the filter string, and names the fix', () => {
    const line = 'Get-Queue -Filter "Status -eq \'Retry\' -and MesageCount -gt 100"';
    const [finding] = findingsOf(line).filter((candidate) => candidate.code === 'invalid-filter');
    assert.equal(line.slice(finding.range.start, finding.range.end), 'MesageCount');
    assert.match(finding.message, /Did you mean MessageCount\?/);
  });

  it('checks a script-block filter by its text, pointing inside the braces', () => {
    const line = "Get-Message -Filter { Status -eq 'Retyr' }";
    const [finding] = findingsOf(line).filter((candidate) => candidate.code === 'invalid-filter');
    assert.equal(line.slice(finding.range.start, finding.range.end), "'Retyr'");
  });

  it('leaves a filter built from a variable to the run', () => {
    assert.deepEqual(seriousFindings('Get-Message -Filter "FromAddress -eq \'$sender\'"'), []);
    assert.deepEqual(seriousFindings('Get-Message -Filter $filter'), []);
  });
});

describe('queue, message and delivery report examples', () => {
  for (const cmdlet of [...QUEUE_CMDLETS, ...MESSAGE_TRACKING_REPORT_CMDLETS]) {
    it(`shows a clean example for ${cmdlet.name}`, () => {
      assert.deepEqual(seriousFindings(cmdlet.example ?? ''), []);
    });
  }
});
