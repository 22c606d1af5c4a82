# Records mailbox sizes weekly and shows the fastest growing mailboxes against last week.
param(
    [string]$HistoryFolder = 'D:\Reports\MailboxGrowth',
    [int]$Top = 15
)

if (-not (Test-Path $HistoryFolder)) { New-Item -ItemType Directory -Path $HistoryFolder | Out-Null }
$today = Join-Path $HistoryFolder ("sizes_{0:yyyyMMdd}.csv" -f (Get-Date))

Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics -WarningAction SilentlyContinue |
    Select-Object @{ n = 'Guid'; e = { $_.MailboxGuid.ToString() } }, DisplayName,
        @{ n = 'Bytes'; e = { $_.TotalItemSize.Value.ToBytes() } } |
    Export-Csv -Path $today -NoTypeInformation

$previous = Get-ChildItem -Path $HistoryFolder -Filter 'sizes_*.csv' |
    Where-Object { $_.FullName -ne $today } |
    Sort-Object Name -Descending |
    Select-Object -First 1

if (-not $previous) { 'First run: nothing to compare yet.'; return }

$old = @{}
Import-Csv $previous.FullName | ForEach-Object { $old[$_.Guid] = [long]$_.Bytes }

Import-Csv $today | ForEach-Object {
    $before = if ($old.ContainsKey($_.Guid)) { $old[$_.Guid] } else { 0L }
    [pscustomobject]@{
        Mailbox  = $_.DisplayName
        GrowthMB = [math]::Round(([long]$_.Bytes - $before) / 1MB, 1)
        NowGB    = [math]::Round([long]$_.Bytes / 1GB, 2)
    }
} | Sort-Object GrowthMB -Descending | Select-Object -First $Top | Format-Table -AutoSize
