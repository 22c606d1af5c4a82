// New-/Set-/Get-/Remove-MailContact: one valid and one invalid line per value type and parameter set.

import { checkScriptCases } from '../../helpers/scriptRows';

describe('mail contact cmdlets', () => {
  describe('ExternalEmailAddress takes a proxy address of any type', () => {
    checkScriptCases([
      { what: 'a primary SMTP address', script: 'New-MailContact -Name Kim -ExternalEmailAddress SMTP:kim@fabrikam.com' },
      { what: 'a secondary smtp address', script: 'New-MailContact -Name Kim -ExternalEmailAddress smtp:kim@fabrikam.com' },
      { what: 'a bare SMTP address', script: 'New-MailContact -Name Kim -ExternalEmailAddress kim@fabrikam.com' },
      { what: 'a fax number', script: 'New-MailContact -Name "Fabrikam Fax" -ExternalEmailAddress "FAX:+1 425 555 0100"' },
      { what: 'an X.400 address', script: 'New-MailContact -Name Kim -ExternalEmailAddress "X400:c=US;a= ;p=Fabrikam;s=Kim"' },
      { what: 'a custom address type', script: 'New-MailContact -Name Kim -ExternalEmailAddress NOTES:Kim/Fabrikam' },
      { what: 'an SMTP type with no valid address', script: 'New-MailContact -Name Kim -ExternalEmailAddress "SMTP:not an address"', code: 'invalid-string' },
      { what: 'an SMTP type without a local part', script: 'New-MailContact -Name Kim -ExternalEmailAddress SMTP:@fabrikam.com', code: 'invalid-string' },
      { what: 'text that is no address', script: 'New-MailContact -Name Kim -ExternalEmailAddress "Kim at Fabrikam"', code: 'invalid-string' },
      { what: 'a type with an empty value', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:', code: 'invalid-string' },
      { what: 'a list of proxy addresses', script: 'Set-MailContact Kim -EmailAddresses SMTP:kim@fabrikam.com,X400:c=US;a=;p=Fabrikam;s=Kim' },
      { what: 'a bad address in the list', script: 'Set-MailContact Kim -EmailAddresses @{Add="smtp:kim@"}', code: 'invalid-string' },
    ]);
  });

  describe('New-MailContact (Default set)', () => {
    checkScriptCases([
      { what: 'the set with Name by position', script: 'New-MailContact "Fabrikam Fax" -ExternalEmailAddress FAX:+14255550100 -OrganizationalUnit contoso.com/Contacts' },
      { what: 'the set without its mandatory ExternalEmailAddress', script: 'New-MailContact -Name Kim', code: 'missing-mandatory-parameter' },
      { what: 'a name within 64 characters', script: `New-MailContact -Name ${'K'.repeat(64)} -ExternalEmailAddress kim@fabrikam.com` },
      { what: 'a name over 64 characters', script: `New-MailContact -Name ${'K'.repeat(65)} -ExternalEmailAddress kim@fabrikam.com`, code: 'invalid-string' },
      { what: 'an alias of the allowed characters', script: 'New-MailContact -Name Kim -ExternalEmailAddress kim@fabrikam.com -Alias kim.akers_fax' },
      { what: 'an alias with a leading period', script: 'New-MailContact -Name Kim -ExternalEmailAddress kim@fabrikam.com -Alias .kim', code: 'invalid-string' },
      { what: 'an SMTP address', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:123 -PrimarySmtpAddress kim@contoso.com' },
      { what: 'a broken SMTP address', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:123 -PrimarySmtpAddress kim@', code: 'invalid-smtp-address' },
      { what: 'an enum value in any casing', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:123 -MessageFormat mime -MacAttachmentFormat AppleDouble' },
      { what: 'an enum value not listed', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:123 -MessageBodyFormat Rtf', code: 'invalid-enum-value' },
      { what: 'a Boolean', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:123 -ModerationEnabled $true -ModeratedBy admin@contoso.com,Chris' },
      { what: 'a Boolean given as text', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:123 -ModerationEnabled yes', code: 'invalid-boolean' },
      { what: 'two arbitration mailboxes', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:123 -ArbitrationMailbox a,b', code: 'unexpected-multiple-values' },
      { what: 'a switch with a value after a colon', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:123 -WhatIf:$true' },
      { what: 'a switch with a text value', script: 'New-MailContact -Name Kim -ExternalEmailAddress FAX:123 -WhatIf:maybe', code: 'invalid-switch-value' },
    ]);
  });

  describe('Set-MailContact (Default set)', () => {
    checkScriptCases([
      { what: 'the set with Identity by position', script: 'Set-MailContact "Fabrikam Fax" -ExternalEmailAddress FAX:+14255550199 -HiddenFromAddressListsEnabled $true' },
      { what: 'the set without its Identity', script: 'Set-MailContact -DisplayName Kim', code: 'missing-mandatory-parameter' },
      { what: 'message size limits', script: 'Set-MailContact Kim -MaxReceiveSize 25MB -MaxSendSize unlimited -MaxRecipientPerMessage 500' },
      { what: 'a size past 2 GB', script: 'Set-MailContact Kim -MaxReceiveSize 3GB', code: 'value-out-of-range' },
      { what: 'a size without a number', script: 'Set-MailContact Kim -MaxSendSize big', code: 'invalid-size' },
      { what: 'a recipient count that is no number', script: 'Set-MailContact Kim -MaxRecipientPerMessage many', code: 'invalid-integer' },
      { what: 'a custom attribute within 1024 characters', script: 'Set-MailContact Kim -CustomAttribute15 Fax -ExtensionCustomAttribute5 a,b' },
      { what: 'a custom attribute over 1024 characters', script: `Set-MailContact Kim -CustomAttribute1 ${'x'.repeat(1025)}`, code: 'invalid-string' },
      { what: 'sender restrictions with @{Add}', script: 'Set-MailContact Kim -AcceptMessagesOnlyFrom @{Add="Chris","admin@contoso.com"} -RejectMessagesFromDLMembers Sales' },
      { what: 'a hashtable key other than Add or Remove', script: 'Set-MailContact Kim -GrantSendOnBehalfTo @{Append="Chris"}', code: 'invalid-multivalue-key' },
      { what: 'a MailTip translation', script: 'Set-MailContact Kim -MailTip "Fax only" -MailTipTranslations @{Add="ES:Solo fax"}' },
      { what: 'a MailTip translation without a culture', script: 'Set-MailContact Kim -MailTipTranslations "Solo fax"', code: 'invalid-string' },
      { what: 'a DTMF map entry', script: 'Set-MailContact Kim -UMDtmfMap emailAddress:546,lastNameFirstName:25375546' },
      { what: 'a DTMF map entry of letters', script: 'Set-MailContact Kim -UMDtmfMap emailAddress:kim', code: 'invalid-string' },
      { what: 'a plain display name', script: 'Set-MailContact Kim -SimpleDisplayName "Kim Akers (Fax)"' },
      { what: 'a display name with other characters', script: 'Set-MailContact Kim -SimpleDisplayName "Kim <Fax>"', code: 'invalid-string' },
      { what: 'the TNEF setting', script: 'Set-MailContact Kim -UseMapiRichTextFormat UseDefaultSettings -WindowsEmailAddress kim@fabrikam.com' },
      { what: 'a TNEF value not listed', script: 'Set-MailContact Kim -UseMapiRichTextFormat Sometimes', code: 'invalid-enum-value' },
      { what: 'a parameter only New-MailContact has', script: 'Set-MailContact Kim -OrganizationalUnit Contacts', code: 'unknown-parameter' },
    ]);
  });

  describe('Get-MailContact (Identity and AnrSet sets)', () => {
    checkScriptCases([
      { what: 'the Identity set', script: 'Get-MailContact "Fabrikam Fax" -DomainController dc01.contoso.com' },
      { what: 'the AnrSet set', script: 'Get-MailContact -Anr Fab -ResultSize unlimited -SortBy DisplayName -RecipientTypeDetails MailContact,MailForestContact' },
      { what: 'both sets at once', script: 'Get-MailContact -Identity Kim -Anr Fab', code: 'parameter-set-conflict' },
      { what: 'a domain controller that is no FQDN', script: 'Get-MailContact -DomainController dc_01.contoso.com', code: 'invalid-fqdn' },
      { what: 'a result size that is no number', script: 'Get-MailContact -ResultSize all', code: 'invalid-integer' },
      { what: 'credentials from a variable', script: '$cred = Get-Credential; Get-MailContact -Credential $cred -IgnoreDefaultScope' },
      { what: 'credentials without a value', script: 'Get-MailContact -Credential', code: 'missing-parameter-value' },
    ]);
  });

  describe('Remove-MailContact (Default set)', () => {
    checkScriptCases([
      { what: 'the set with Identity by position', script: 'Remove-MailContact "Fabrikam Fax" -Confirm:$false' },
      { what: 'the set without its Identity', script: 'Remove-MailContact -Confirm:$false', code: 'missing-mandatory-parameter' },
    ]);
  });
});
