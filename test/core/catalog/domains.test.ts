// Accepted and remote domains in the checker: for every value type and the parameter set of each
// cmdlet, one line that must check clean and one that must be flagged with the expected code.

import { describeScriptRows, type ScriptRow } from '../../helpers/scriptRows';

const valueTypes: ScriptRow[] = [
  {
    what: 'an SMTP domain with subdomains',
    valid: 'New-AcceptedDomain -Name "Fabrikam" -DomainName *.fabrikam.com',
    invalid: 'New-AcceptedDomain -Name "Fabrikam" -DomainName mail.*.fabrikam.com',
    code: 'invalid-string',
    message: /SMTP domain/,
  },
  {
    what: 'an SMTP domain of a remote domain',
    valid: 'New-RemoteDomain "Fabrikam" -DomainName fabrikam.com',
    invalid: 'New-RemoteDomain "Fabrikam" -DomainName "fabrikam..com"',
    code: 'invalid-string',
  },
  {
    what: 'a name of at most 64 characters',
    valid: `Set-RemoteDomain Fabrikam -Name "${'F'.repeat(64)}"`,
    invalid: `Set-AcceptedDomain Fabrikam -Name "${'F'.repeat(65)}"`,
    code: 'invalid-string',
    message: /at most 64/,
  },
  {
    what: 'an accepted domain type',
    valid: 'Set-AcceptedDomain Fabrikam -DomainType externalrelay',
    invalid: 'Set-AcceptedDomain Fabrikam -DomainType Relay',
    code: 'invalid-enum-value',
  },
  {
    what: 'a Boolean',
    valid: 'Set-AcceptedDomain Fabrikam -MakeDefault $true -AddressBookEnabled 0',
    invalid: 'Set-RemoteDomain Fabrikam -AutoForwardEnabled false',
    code: 'invalid-boolean',
  },
  {
    what: 'a remote domain enum',
    valid: 'Set-RemoteDomain Default -AllowedOOFType ExternalLegacy -ContentType MimeText -ByteEncoderTypeFor7BitCharsets UseQP',
    invalid: 'Set-RemoteDomain Default -ContentType Html',
    code: 'invalid-enum-value',
  },
  {
    what: 'a Shift JIS code page',
    valid: 'Set-RemoteDomain Default -PreferredInternetCodePageForShiftJis 50220',
    invalid: 'Set-RemoteDomain Default -PreferredInternetCodePageForShiftJis 932',
    code: 'invalid-enum-value',
  },
  {
    what: 'a character set, or $null to clear it',
    valid: 'Set-RemoteDomain Default -CharacterSet ISO-8859-1 -NonMimeCharacterSet $null',
    invalid: 'Set-RemoteDomain Default -NonMimeCharacterSet latin1',
    code: 'invalid-string',
    message: /character set/,
  },
  {
    what: 'a line-wrap size up to 132 or unlimited',
    valid: 'Set-RemoteDomain Default -LineWrapSize unlimited; Set-RemoteDomain Fabrikam -LineWrapSize 72',
    invalid: 'Set-RemoteDomain Default -LineWrapSize 133',
    code: 'value-out-of-range',
  },
  {
    what: 'a percentage',
    valid: 'Set-RemoteDomain Default -RequiredCharsetCoverage 60',
    invalid: 'Set-RemoteDomain Default -RequiredCharsetCoverage 160',
    code: 'value-out-of-range',
  },
  {
    what: 'a 32-bit count',
    valid: 'Set-RemoteDomain Default -MessageCountThreshold 500',
    invalid: 'Set-RemoteDomain Default -MessageCountThreshold many',
    code: 'invalid-integer',
  },
  {
    what: 'a domain identity',
    valid: 'Set-AcceptedDomain -Identity "Contoso Corp" -Name Contoso',
    invalid: 'Set-AcceptedDomain -Identity',
    code: 'missing-parameter-value',
  },
  {
    what: 'a domain controller',
    valid: 'Get-RemoteDomain -DomainController dc01.contoso.com',
    invalid: 'Get-AcceptedDomain -DomainController "dc01..contoso.com"',
    code: 'invalid-fqdn',
  },
  {
    what: 'the risk-mitigation switches',
    valid: 'Remove-RemoteDomain Fabrikam -Confirm:$false -WhatIf',
    invalid: 'Remove-AcceptedDomain Fabrikam -Confirm:"no"',
    code: 'invalid-switch-value',
  },
  {
    what: 'a single value where a list is not taken',
    valid: 'Set-RemoteDomain Fabrikam -Name "Fabrikam, Inc."',
    invalid: 'Set-RemoteDomain Fabrikam -Name Fabrikam, Contoso',
    code: 'unexpected-multiple-values',
  },
];

const parameterSets: ScriptRow[] = [
  {
    what: 'New-AcceptedDomain',
    valid: 'New-AcceptedDomain "Fabrikam" -DomainName fabrikam.com -DomainType InternalRelay',
    invalid: 'New-AcceptedDomain -Name "Fabrikam"',
    code: 'missing-mandatory-parameter',
    message: /-DomainName/,
  },
  {
    what: 'Set-AcceptedDomain',
    valid: 'Get-AcceptedDomain Fabrikam | Set-AcceptedDomain -AddressBookEnabled $false',
    invalid: 'Set-AcceptedDomain -MakeDefault $true',
    code: 'missing-mandatory-parameter',
    message: /-Identity/,
  },
  {
    what: 'Get-AcceptedDomain',
    valid: 'Get-AcceptedDomain',
    invalid: 'Get-AcceptedDomain Contoso Fabrikam',
    code: 'positional-argument-not-accepted',
  },
  {
    what: 'Remove-AcceptedDomain',
    valid: 'Remove-AcceptedDomain -Identity Fabrikam -Confirm:$false',
    invalid: 'Remove-AcceptedDomain -Confirm:$false',
    code: 'missing-mandatory-parameter',
  },
  {
    what: 'New-RemoteDomain',
    valid: 'New-RemoteDomain -Name "Fabrikam" -DomainName *.fabrikam.com',
    invalid: 'New-RemoteDomain -DomainName fabrikam.com',
    code: 'missing-mandatory-parameter',
    message: /-Name/,
  },
  {
    what: 'Set-RemoteDomain',
    valid: 'Set-RemoteDomain Default -AutoReplyEnabled $false -NDREnabled $true -TrustedMailOutboundEnabled $true',
    invalid: 'Set-RemoteDomain Default -AutoReplyEnabld $false',
    code: 'unknown-parameter',
    message: /Did you mean -AutoReplyEnabled\?/,
  },
  {
    what: 'Get-RemoteDomain',
    valid: 'Get-RemoteDomain Default | Format-List',
    invalid: 'Get-RemoteDomain Default Fabrikam',
    code: 'positional-argument-not-accepted',
  },
  {
    what: 'Remove-RemoteDomain',
    valid: 'Get-RemoteDomain Fabrikam | Remove-RemoteDomain -Confirm:$false',
    invalid: 'Remove-RemoteDomain',
    code: 'missing-mandatory-parameter',
  },
  {
    what: 'a misspelled domain cmdlet',
    valid: 'New-AcceptedDomain -Name Contoso -DomainName contoso.com',
    invalid: 'New-AccptedDomain -Name Contoso -DomainName contoso.com',
    code: 'unknown-cmdlet',
    message: /Did you mean New-AcceptedDomain\?/,
  },
];

describeScriptRows('accepted and remote domains: value types', valueTypes);
describeScriptRows('accepted and remote domains: parameter sets', parameterSets);
