# Recipients hidden from the GAL, grouped by type, with who changed them last (from WhenChanged).
$hidden = Get-Recipient -ResultSize Unlimited -Filter 'HiddenFromAddressListsEnabled -eq $true'

Write-Host "$(@($hidden).Count) hidden recipients" -ForegroundColor Cyan
$hidden | Group-Object RecipientTypeDetails | Sort-Object Count -Descending | Format-Table Count, Name -AutoSize

$recent = $hidden | Where-Object { $_.WhenChanged -gt (Get-Date).AddDays(-30) } | Sort-Object WhenChanged -Descending
if ($recent) {
    Write-Host 'Hidden or changed in the last 30 days:' -ForegroundColor Yellow
    $recent | Select-Object -First 25 DisplayName, RecipientTypeDetails, PrimarySmtpAddress, WhenChanged | Format-Table -AutoSize
}

# Shared and room mailboxes are often hidden by mistake; list the ones that receive mail.
$hidden | Where-Object { $_.RecipientTypeDetails -in 'SharedMailbox', 'RoomMailbox' } | ForEach-Object {
    $delivered = @(Get-MessageTrackingLog -Recipients $_.PrimarySmtpAddress -EventId DELIVER -Start (Get-Date).AddDays(-7) -ResultSize 1).Count
    if ($delivered) { "{0} is hidden but still receives mail" -f $_.PrimarySmtpAddress }
}
