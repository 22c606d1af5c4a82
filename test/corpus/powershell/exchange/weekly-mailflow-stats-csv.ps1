<#
    Sent and received counts per day for the last seven days, from the tracking logs of all servers.
    Written for a scheduled task; appends to a CSV so a year of history builds up.
#>
param(
    [string]$HistoryFile = 'C:\Reports\MailflowHistory.csv'
)

$today = (Get-Date).Date
$servers = (Get-TransportService).Name

$rows = for ($d = 7; $d -ge 1; $d--) {
    $from = $today.AddDays(-$d)
    $to = $from.AddDays(1)
    $received = 0
    $sent = 0

    foreach ($srv in $servers) {
        $received += @(Get-MessageTrackingLog -Server $srv -Start $from -End $to -EventId RECEIVE -ResultSize Unlimited |
            Where-Object Source -eq 'SMTP').Count
        $sent += @(Get-MessageTrackingLog -Server $srv -Start $from -End $to -EventId SEND -ResultSize Unlimited).Count
    }

    [pscustomobject]@{
        Date     = $from.ToString('yyyy-MM-dd')
        Received = $received
        Sent     = $sent
    }
}

$known = @()
if (Test-Path $HistoryFile) {
    $known = Import-Csv $HistoryFile | Select-Object -ExpandProperty Date
}
$rows | Where-Object { $known -notcontains $_.Date } | Export-Csv -Path $HistoryFile -Append -NoTypeInformation
$rows | Format-Table -AutoSize
