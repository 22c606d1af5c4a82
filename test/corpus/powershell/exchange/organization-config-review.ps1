# One-page review of organisation settings that security reviews ask about.
$org = Get-OrganizationConfig
$transport = Get-TransportConfig

$checks = @(
    [pscustomobject]@{ Setting = 'OAuth2ClientProfileEnabled (modern auth)'; Value = $org.OAuth2ClientProfileEnabled; Expected = $true }
    [pscustomobject]@{ Setting = 'Audit disabled (org-wide)'; Value = $org.AuditDisabled; Expected = $false }
    [pscustomobject]@{ Setting = 'Customer Lockbox'; Value = $org.CustomerLockBoxEnabled; Expected = $true }
    [pscustomobject]@{ Setting = 'MailTips all tips enabled'; Value = $org.MailTipsAllTipsEnabled; Expected = $true }
    [pscustomobject]@{ Setting = 'SMTP client auth disabled'; Value = $transport.SmtpClientAuthenticationDisabled; Expected = $true }
    [pscustomobject]@{ Setting = 'Shadow redundancy'; Value = $transport.ShadowRedundancyEnabled; Expected = $true }
)

foreach ($c in $checks) {
    if ($null -eq $c.Value) {
        $mark = 'n/a '; $colour = 'DarkGray'
    }
    elseif ($c.Value -eq $c.Expected) {
        $mark = 'ok  '; $colour = 'Green'
    }
    else {
        $mark = 'FIX '; $colour = 'Red'
    }
    Write-Host ("{0} {1,-42} {2}" -f $mark, $c.Setting, $c.Value) -ForegroundColor $colour
}
