<#
.SYNOPSIS
    Tags mail from outside the organisation: subject prefix, an X-header, and an HTML banner,
    with exceptions for partners and calendar items.
#>
param(
    [string[]]$PartnerDomains = @('fabrikam.com', 'tailspintoys.com'),
    [string[]]$TrustedIpRanges = @('203.0.113.0/24', '198.51.100.10-198.51.100.20')
)

$banner = @'
<table border=0 cellspacing=0 cellpadding=4 width="100%" style="background:#fff4ce">
<tr><td style="font-family:Segoe UI;font-size:9pt">
<b>External sender.</b> Do not click links or open attachments unless you know the sender.
</td></tr></table>
'@

$common = @{
    FromScope                         = 'NotInOrganization'
    SentToScope                       = 'InOrganization'
    ExceptIfSenderDomainIs            = $PartnerDomains
    ExceptIfSenderIpRanges            = $TrustedIpRanges
    ExceptIfMessageTypeMatches        = 'Calendaring'
    SenderAddressLocation             = 'HeaderOrEnvelope'
    RuleErrorAction                   = 'Ignore'
    Mode                              = 'Enforce'
}

New-TransportRule -Name 'External - subject tag' @common -PrependSubject '[EXTERNAL] ' -ExceptIfSubjectContainsWords '[EXTERNAL]' -Priority 0 -WhatIf
New-TransportRule -Name 'External - header' @common -SetHeaderName 'X-Contoso-External' -SetHeaderValue 'true' -Priority 1 -WhatIf
New-TransportRule -Name 'External - banner' @common -ApplyHtmlDisclaimerLocation Prepend -ApplyHtmlDisclaimerText $banner -ApplyHtmlDisclaimerFallbackAction Wrap -Priority 2 -WhatIf

New-TransportRule -Name 'Bypass spam filter for scanner' -SenderIpRanges 10.30.0.15 -SetSCL -1 -WithImportance Normal -WhatIf
New-TransportRule -Name 'Large attachments to manager' -AttachmentSizeOver 20MB -FromScope InOrganization -GenerateIncidentReport 'mail-admins@contoso.com' -IncidentReportContent Sender, Recipients, Subject -Mode AuditAndNotify -WhatIf
