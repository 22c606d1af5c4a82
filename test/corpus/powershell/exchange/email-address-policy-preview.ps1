<#
.SYNOPSIS
    Previews which recipients an email address policy would stamp, without applying it.
#>
param(
    [Parameter(Mandatory)]
    [string]$PolicyName,
    [int]$Sample = 20
)

$policy = Get-EmailAddressPolicy -Identity $PolicyName -ErrorAction Stop

Write-Host "Policy: $($policy.Name)  Priority: $($policy.Priority)" -ForegroundColor Cyan
Write-Host "Filter: $($policy.RecipientFilter)"
Write-Host "Templates:"
$policy.EnabledEmailAddressTemplates | ForEach-Object { Write-Host "  $_" }

$recipients = Get-Recipient -RecipientPreviewFilter $policy.RecipientFilter -ResultSize Unlimited
Write-Host "`n$(@($recipients).Count) recipients match. First $Sample :" -ForegroundColor Cyan
$recipients | Select-Object -First $Sample Name, RecipientType, PrimarySmtpAddress, EmailAddressPolicyEnabled | Format-Table -AutoSize

$optedOut = $recipients | Where-Object { -not $_.EmailAddressPolicyEnabled }
if ($optedOut) {
    Write-Host "$(@($optedOut).Count) of them have EmailAddressPolicyEnabled = False and will not change." -ForegroundColor Yellow
}
