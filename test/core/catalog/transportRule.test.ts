// The transport rule cmdlets as a script author meets them in `exconn check`: for every value type
// the family uses and every parameter set, a line Exchange would accept passes without an error or
// warning, and a line it would refuse gets the finding that names the problem.

import * as assert from 'node:assert/strict';
import { checkDocuments, NO_WORKSPACE_FACTS } from '../../../server/src/core/analysis';

/** Exchange 2016 has every parameter these lines use (some came with 2016); the version rule has its own tests. */
const EXCHANGE_2016 = { ...NO_WORKSPACE_FACTS, exchangeVersion: '2016' as const };
import { severityOf } from '../../../server/src/core/analysis/diagnostic';
import { findCmdlet } from '../../../server/src/core/catalog/catalog';
import type { ParameterSpec } from '../../../server/src/core/catalog/types';

interface Row {
  /** What the row is about: a value type or a parameter set. */
  topic: string;
  valid: string;
  invalid: string;
  /** The finding code the invalid line must produce. */
  code: string;
}

const rows: Row[] = [
  // -Name / -Identity and the single parameter set of each cmdlet
  { topic: 'New-: Name is mandatory at position 0', valid: 'New-TransportRule "Block EXE" -AttachmentHasExecutableContent $true -DeleteMessage $true', invalid: 'New-TransportRule -DeleteMessage $true', code: 'missing-mandatory-parameter' },
  { topic: 'New-: Name holds at most 64 characters', valid: `New-TransportRule "${'R'.repeat(64)}" -Quarantine $true`, invalid: `New-TransportRule "${'R'.repeat(65)}" -Quarantine $true`, code: 'invalid-string' },
  { topic: 'Set-: Identity is mandatory at position 0', valid: 'Set-TransportRule "Block EXE" -Priority 2', invalid: 'Set-TransportRule -Priority 2', code: 'missing-mandatory-parameter' },
  { topic: 'Set-: Enabled exists only on New-', valid: 'New-TransportRule "Audit" -Enabled $false -SentToScope NotInOrganization', invalid: 'Set-TransportRule "Audit" -Enabled $false', code: 'unknown-parameter' },
  { topic: 'Get-: Identity is optional and State filters', valid: 'Get-TransportRule -State Disabled', invalid: 'Get-TransportRule -State Paused', code: 'invalid-enum-value' },
  { topic: 'Get-: ResultSize is a count or unlimited', valid: 'Get-TransportRule -ResultSize unlimited', invalid: 'Get-TransportRule -ResultSize many', code: 'invalid-integer' },
  { topic: 'Remove-: Identity is mandatory', valid: 'Remove-TransportRule "Block EXE" -Confirm:$false', invalid: 'Remove-TransportRule -Confirm:$false', code: 'missing-mandatory-parameter' },
  { topic: 'Enable-: Mode is Audit, AuditAndNotify or Enforce', valid: 'Enable-TransportRule "Block EXE" -Mode AuditAndNotify', invalid: 'Enable-TransportRule "Block EXE" -Mode Test', code: 'invalid-enum-value' },
  { topic: 'Disable-: a rule from the pipeline', valid: 'Get-TransportRule "Block EXE" | Disable-TransportRule -Confirm:$false', invalid: 'Disable-TransportRule "Block EXE" -Mode Audit', code: 'unknown-parameter' },
  // value types
  { topic: 'recipients (RecipientIdParameter[])', valid: 'Set-TransportRule R -BlindCopyTo "legal@contoso.com", "Compliance Team"', invalid: 'Set-TransportRule R -BlindCopyTo', code: 'missing-parameter-value' },
  { topic: 'a single recipient (GenerateIncidentReport)', valid: 'Set-TransportRule R -GenerateIncidentReport dlp@contoso.com -IncidentReportContent Sender, Subject, AttachOriginalMail', invalid: 'Set-TransportRule R -GenerateIncidentReport a@contoso.com, b@contoso.com', code: 'unexpected-multiple-values' },
  { topic: 'words (Word[]) in a condition and its exception', valid: 'Set-TransportRule R -SubjectContainsWords "Fax", "Telefax" -ExceptIfSubjectContainsWords "Test"', invalid: 'Set-TransportRule R -ExceptIfSubjectContainWords "Test"', code: 'unknown-parameter' },
  { topic: 'AD attribute words', valid: 'Set-TransportRule R -SenderADAttributeContainsWords "City:San Francisco,Palo Alto", "Department:Sales"', invalid: 'Set-TransportRule R -ExceptIfRecipientADAttributeContainsWords "San Francisco"', code: 'invalid-string' },
  { topic: 'document property words', valid: 'Set-TransportRule R -AttachmentPropertyContainsWords "Business Impact:High"', invalid: 'Set-TransportRule R -AttachmentPropertyContainsWords "High"', code: 'invalid-string' },
  { topic: 'domains', valid: 'Set-TransportRule R -RecipientDomainIs fax.contoso.com, fabrikam.com', invalid: 'Set-TransportRule R -ExceptIfSenderDomainIs "contoso..com"', code: 'invalid-string' },
  { topic: 'sender IP ranges (MultiValuedProperty)', valid: 'Set-TransportRule R -SenderIpRanges 192.168.1.1, 192.168.0.1-192.168.0.254, 10.0.0.0/8 -ExceptIfSenderIpRanges @{Add="172.16.0.0/12"}', invalid: 'Set-TransportRule R -SenderIpRanges 192.168.0.300', code: 'invalid-string' },
  { topic: 'header field names', valid: 'Set-TransportRule R -SetHeaderName X-Contoso-Route -SetHeaderValue "Fax gateway"', invalid: 'Set-TransportRule R -RemoveHeader "X-Contoso Route:"', code: 'invalid-string' },
  { topic: 'enhanced status code', valid: 'Set-TransportRule R -RejectMessageEnhancedStatusCode 5.7.901 -RejectMessageReasonText "Not allowed"', invalid: 'Set-TransportRule R -RejectMessageEnhancedStatusCode 5.7.2', code: 'invalid-string' },
  { topic: 'text with a maximum length', valid: 'Set-TransportRule R -Comments "Routes fax mail"', invalid: `Set-TransportRule R -RejectMessageReasonText "${'x'.repeat(257)}"`, code: 'invalid-string' },
  { topic: 'Booleans', valid: 'Set-TransportRule R -StopRuleProcessing $true -ExceptIfHasNoClassification $false', invalid: 'Set-TransportRule R -StopRuleProcessing yes', code: 'invalid-boolean' },
  { topic: 'enums', valid: 'Set-TransportRule R -ApplyHtmlDisclaimerText "<p>Contoso</p>" -ApplyHtmlDisclaimerLocation Prepend -ApplyHtmlDisclaimerFallbackAction Reject', invalid: 'Set-TransportRule R -ApplyHtmlDisclaimerFallbackAction Drop', code: 'invalid-enum-value' },
  { topic: 'enum lists (IncidentReportContent[])', valid: 'Set-TransportRule R -IncidentReportContent Sender, Recipients, IdMatch', invalid: 'Set-TransportRule R -IncidentReportContent Sender, Body', code: 'invalid-enum-value' },
  { topic: 'AD attributes to compare', valid: 'Set-TransportRule R -ADComparisonAttribute CustomAttribute15 -ADComparisonOperator NotEqual', invalid: 'Set-TransportRule R -ExceptIfADComparisonAttribute CustomAttribute16', code: 'invalid-enum-value' },
  { topic: 'spam confidence level (-1 through 9)', valid: 'Set-TransportRule R -SetSCL -1 -ExceptIfSCLOver 9', invalid: 'Set-TransportRule R -SCLOver 10', code: 'value-out-of-range' },
  { topic: 'SMTP reject status code', valid: 'Set-TransportRule R -SmtpRejectMessageRejectStatusCode 550', invalid: 'Set-TransportRule R -SmtpRejectMessageRejectStatusCode 250', code: 'value-out-of-range' },
  { topic: 'priority', valid: 'Set-TransportRule R -Priority 0', invalid: 'Set-TransportRule R -Priority first', code: 'invalid-integer' },
  { topic: 'sizes', valid: 'Set-TransportRule R -AttachmentSizeOver 10MB -ExceptIfMessageSizeOver "25 MB"', invalid: 'Set-TransportRule R -MessageSizeOver "10 parsecs"', code: 'invalid-size' },
  { topic: 'dates', valid: 'Set-TransportRule R -ActivationDate "2025-09-01 17:00" -ExpiryDate "2025-12-31"', invalid: 'Set-TransportRule R -ExpiryDate "next year"', code: 'invalid-date-time' },
  { topic: 'data classifications (Hashtable[])', valid: 'Set-TransportRule R -MessageContainsDataClassifications @{Name="Credit Card Number"; minCount="2"}, @{Name="ABA Routing Number"; minCount="1"} -NotifySender NotifyOnly', invalid: 'Set-TransportRule R -NotifySender Notify', code: 'invalid-enum-value' },
  { topic: 'the domain controller (Fqdn)', valid: 'Get-TransportRule -DomainController dc01.contoso.com', invalid: 'Get-TransportRule -DomainController "dc01..contoso.com"', code: 'invalid-fqdn' },
  { topic: 'switches (WhatIf)', valid: 'Remove-TransportRule R -WhatIf', invalid: 'Remove-TransportRule R -WhatIf:"yes"', code: 'invalid-switch-value' },
];

function findings(line: string) {
  return checkDocuments([{ uri: 'rules.ps1', text: line }], EXCHANGE_2016)[0].findings;
}

describe('transport rule cmdlets', () => {
  for (const row of rows) {
    describe(row.topic, () => {
      it(`accepts: ${row.valid.slice(0, 110)}`, () => {
        const problems = findings(row.valid).filter((finding) => ['error', 'warning'].includes(severityOf(finding)));
        assert.deepEqual(problems.map((finding) => `${finding.code}: ${finding.message}`), []);
      });
      it(`reports ${row.code} for: ${row.invalid.slice(0, 110)}`, () => {
        const codes = findings(row.invalid).map((finding) => finding.code);
        assert.ok(codes.includes(row.code), `expected ${row.code}, got ${JSON.stringify(codes)}`);
      });
    });
  }

  it('derives every exception from its condition: same type, versions and list shape', () => {
    for (const name of ['New-TransportRule', 'Set-TransportRule']) {
      const cmdlet = findCmdlet(name);
      assert.ok(cmdlet);
      const exceptions = cmdlet.parameters.filter((parameter) => parameter.name.startsWith('ExceptIf'));
      assert.equal(exceptions.length, 59, name);
      for (const exception of exceptions) {
        const condition: ParameterSpec | undefined = cmdlet.parameters.find((parameter) => parameter.name === exception.name.slice('ExceptIf'.length));
        assert.ok(condition, `${name} -${exception.name} has no condition`);
        assert.deepEqual(
          [exception.type, exception.versions, exception.multiValued, exception.multiValuedProperty],
          [condition.type, condition.versions, condition.multiValued, condition.multiValuedProperty],
          `${name} -${exception.name}`,
        );
      }
    }
  });

  it('stores every condition, exception, action and setting under its own name, -Enabled as State, and nothing for the steering parameters', () => {
    const controls = ['Identity', 'Confirm', 'DomainController', 'WhatIf'];
    for (const name of ['New-TransportRule', 'Set-TransportRule', 'Enable-TransportRule', 'Disable-TransportRule']) {
      for (const parameter of findCmdlet(name)?.parameters ?? []) {
        const expected = controls.includes(parameter.name) ? undefined : parameter.name === 'Enabled' ? 'State' : parameter.name;
        assert.equal(parameter.property, expected, `${name} -${parameter.name}`);
      }
    }
    assert.deepEqual(findCmdlet('New-TransportRule')?.parameters.find((parameter) => parameter.name === 'Enabled')?.propertyValues, { true: 'Enabled', false: 'Disabled' });
  });

  it('gives New- and Set- the same conditions, exceptions and actions', () => {
    const names = (cmdlet: string) => findCmdlet(cmdlet)?.parameters.map((parameter) => parameter.name) ?? [];
    const onlyNew = names('New-TransportRule').filter((parameter) => !names('Set-TransportRule').includes(parameter));
    const onlySet = names('Set-TransportRule').filter((parameter) => !names('New-TransportRule').includes(parameter));
    assert.deepEqual([onlyNew, onlySet], [['Enabled', 'UseLegacyRegex'], ['Identity']]);
  });
});
