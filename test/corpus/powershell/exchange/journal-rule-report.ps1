$rules = Get-JournalRule
if (-not $rules) {
    Write-Host 'No journal rules are configured.' -ForegroundColor Yellow
    return
}

$config = Get-TransportConfig
Write-Host "Journaling reports NDR to: $($config.JournalingReportNdrTo)" -ForegroundColor Cyan

$rules | Select-Object Name, Enabled, Scope,
    @{ Name = 'Recipient'; Expression = { if ($_.Recipient) { $_.Recipient } else { '(all)' } } },
    JournalEmailAddress |
    Format-Table -AutoSize

$undeliverable = $rules | Where-Object { -not (Get-Recipient -Identity "$($_.JournalEmailAddress)" -ErrorAction SilentlyContinue) }
foreach ($u in $undeliverable) {
    Write-Host "Rule '$($u.Name)' journals to an address that does not resolve to a recipient: $($u.JournalEmailAddress)" -ForegroundColor DarkYellow
}
