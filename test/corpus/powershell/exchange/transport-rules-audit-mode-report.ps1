# Rules in Audit or AuditAndNotify mode, and disabled rules, so none is forgotten in test mode.
$rules = Get-TransportRule -ResultSize Unlimited

$notEnforced = $rules.Where({ $_.Mode -ne 'Enforce' })
$disabled = $rules.Where({ $_.State -eq 'Disabled' })
$expired = $rules.Where({ $_.ExpiryDate -and $_.ExpiryDate -lt (Get-Date) })

Write-Host ("{0} rules, {1} not enforced, {2} disabled, {3} expired" -f $rules.Count, $notEnforced.Count, $disabled.Count, $expired.Count) -ForegroundColor Cyan

if ($notEnforced) {
    Write-Host "`nTest mode:" -ForegroundColor Yellow
    $notEnforced | Format-Table Priority, Name, Mode, WhenChanged -AutoSize
}
if ($disabled) {
    Write-Host "`nDisabled:" -ForegroundColor DarkYellow
    $disabled.ForEach({ '  {0} (changed {1:d})' -f $_.Name, $_.WhenChanged })
}
if ($expired) {
    Write-Host "`nExpired:" -ForegroundColor Red
    $expired | Select-Object Name, ExpiryDate | Format-Table -HideTableHeaders
}
