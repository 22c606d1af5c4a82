<#
    Queue summary: one line per server with total messages, the busiest queue and
    any queue that is in Retry. Colours make it easy to read during an incident.
#>
param(
    [int]$WarningThreshold = 100,
    [int]$CriticalThreshold = 500
)

$servers = Get-TransportService | Sort-Object Name

foreach ($server in $servers) {
    $queues = @(Get-Queue -Server $server.Name -ErrorAction SilentlyContinue)
    if ($queues.Count -eq 0) {
        Write-Host ("{0,-20} unreachable or no queues" -f $server.Name) -ForegroundColor DarkGray
        continue
    }

    $total = ($queues | Measure-Object -Property MessageCount -Sum).Sum
    $busiest = $queues | Sort-Object MessageCount -Descending | Select-Object -First 1
    $retrying = $queues | Where-Object { $_.Status -eq 'Retry' }

    $colour = 'Green'
    if ($total -ge $CriticalThreshold) { $colour = 'Red' }
    elseif ($total -ge $WarningThreshold) { $colour = 'Yellow' }

    Write-Host ("{0,-20} {1,6} messages, busiest: {2} ({3})" -f $server.Name, $total, $busiest.Identity, $busiest.MessageCount) -ForegroundColor $colour

    foreach ($q in $retrying) {
        Write-Host ("    RETRY {0} -> {1}" -f $q.Identity, $q.LastError) -ForegroundColor Magenta
    }
}
