[CmdletBinding()]
param(
    [int]$Days = 90,
    [switch]$IncludeShared
)

$cutoff = (Get-Date).Date.AddDays(-$Days)
$types = @('UserMailbox')
if ($IncludeShared) { $types += 'SharedMailbox' }

$stale = Get-Mailbox -ResultSize Unlimited -RecipientTypeDetails $types |
    Get-MailboxStatistics |
    Where-Object { $_.LastLogonTime -eq $null -or $_.LastLogonTime -lt $cutoff }

Write-Verbose ("{0} mailboxes not used since {1:d}" -f @($stale).Count, $cutoff)

$stale |
    Sort-Object LastLogonTime |
    Select-Object DisplayName, LastLogonTime,
        @{ Name = 'DaysIdle'; Expression = { if ($_.LastLogonTime) { ((Get-Date) - $_.LastLogonTime).Days } else { -1 } } },
        ItemCount, TotalItemSize
