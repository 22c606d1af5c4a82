[CmdletBinding()]
param(
    [datetime] $Start = (Get-Date).AddHours(-4),
    [datetime] $End = (Get-Date),
    [string] $Sender,
    [int] $Top = 10
)

$servers = Get-TransportService | Select-Object -ExpandProperty Name
$tracking = @{
    Start      = $Start
    End        = $End
    ResultSize = 'Unlimited'
    EventId    = 'RECEIVE'
}
if ($Sender) { $tracking.Sender = $Sender }

$events = $servers | ForEach-Object { Get-MessageTrackingLog -Server $_ @tracking }
"{0} RECEIVE events from {1} servers between {2:t} and {3:t}" -f $events.Count, $servers.Count, $Start, $End

$events | Group-Object -Property Sender | Sort-Object Count -Descending | Select-Object -First $Top Name, Count

$bySource = $events | Group-Object Source | ForEach-Object {
    [pscustomobject]@{
        Source = $_.Name
        Count  = $_.Count
        SizeMB = [math]::Round((($_.Group | Measure-Object TotalBytes -Sum).Sum) / 1MB, 1)
    }
}
$bySource | Format-Table -AutoSize

$hourly = $events | Group-Object { $_.Timestamp.ToString('yyyy-MM-dd HH:00') } | Sort-Object Name
foreach ($h in $hourly) {
    '{0}  {1,6}  {2}' -f $h.Name, $h.Count, ('#' * [math]::Min(60, [math]::Ceiling($h.Count / 10)))
}

$failed = Get-MessageTrackingLog -Start $Start -End $End -EventId FAIL -ResultSize 1000 |
    Select-Object Timestamp, Sender, @{ n = 'Recipients'; e = { $_.Recipients -join ';' } }, RecipientStatus
$failed | Export-Csv -Path "$env:TEMP\tracking-fail-$(Get-Date -Format yyyyMMddHHmm).csv" -NoTypeInformation
