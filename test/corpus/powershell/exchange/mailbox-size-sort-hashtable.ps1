[CmdletBinding()]
param(
    [int]$Top = 25
)

# Largest mailboxes. TotalItemSize only sorts correctly by its byte value, so sort with a
# calculated expression rather than the displayed text.
$stats = Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics -WarningAction SilentlyContinue

$stats |
    Sort-Object -Property @{ Expression = { $_.TotalItemSize.Value.ToBytes() }; Descending = $true } |
    Select-Object -First $Top -Property DisplayName, ItemCount, TotalItemSize, LastLogonTime |
    Format-Table -AutoSize

$stats |
    Select-Object -Property @{ n = 'TotalGB'; e = { [math]::Round($_.TotalItemSize.Value.ToBytes() / 1GB, 2) } } |
    Measure-Object -Property TotalGB -Sum -Average |
    Select-Object Count, Sum, Average
