#requires -Modules ExchangeOnlineManagement
# Mailboxes whose type does not match their use: user mailboxes nobody signs into and
# shared mailboxes over the 50 GB limit for unlicensed shared mailboxes.
$threshold = 50GB

$shared = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited
$tooBig = foreach ($s in $shared) {
    $stat = Get-EXOMailboxStatistics -Identity $s.ExternalDirectoryObjectId
    $text = $stat.TotalItemSize.ToString()
    $bytes = [long]($text.Split('(')[1].Split(' ')[0].Replace(',', ''))
    if ($bytes -gt $threshold * 0.9) {
        [pscustomobject]@{ Mailbox = $s.PrimarySmtpAddress; SizeGB = [math]::Round($bytes / 1GB, 1) }
    }
}

Write-Host 'Shared mailboxes near or over 50 GB (need a licence):' -ForegroundColor Yellow
$tooBig | Sort-Object SizeGB -Descending | Format-Table -AutoSize

$users = Get-EXOMailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited
$never = $users | Get-EXOMailboxStatistics -PropertySets All -ErrorAction SilentlyContinue |
    Where-Object { -not $_.LastUserActionTime }
Write-Host "User mailboxes with no recorded user action: $(@($never).Count)" -ForegroundColor Cyan
