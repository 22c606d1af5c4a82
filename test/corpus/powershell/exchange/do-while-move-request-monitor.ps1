<#
.SYNOPSIS
    Watches move requests of a batch until none is InProgress or Queued.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$BatchName,

    [ValidateRange(10, 3600)]
    [int]$IntervalSeconds = 60
)

$active = 'Queued', 'InProgress', 'CompletionInProgress'

do {
    $requests = @(Get-MoveRequest -BatchName $BatchName)
    $stats = $requests | Get-MoveRequestStatistics
    $running = @($stats | Where-Object { $active -contains "$($_.Status)" })

    Clear-Host
    Write-Host ("Batch {0} at {1:T}: {2} requests, {3} still running" -f $BatchName, (Get-Date), $requests.Count, $running.Count) -ForegroundColor Cyan
    $stats | Sort-Object PercentComplete |
        Format-Table DisplayName, Status, PercentComplete, TotalMailboxSize, BytesTransferred -AutoSize

    $failed = $stats | Where-Object { "$($_.Status)" -eq 'Failed' }
    foreach ($f in $failed) {
        Write-Host "FAILED: $($f.DisplayName) - $($f.Message)" -ForegroundColor Red
    }

    if ($running.Count -gt 0) { Start-Sleep -Seconds $IntervalSeconds }
} while ($running.Count -gt 0)

Write-Host 'Batch finished.' -ForegroundColor Green
