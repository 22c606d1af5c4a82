# Managed availability: health sets that are not Healthy on each server, with the monitors behind them.
param(
    [string[]]$Server = (Get-ExchangeServer | Where-Object { $_.AdminDisplayVersion.Major -ge 15 }).Name
)

foreach ($s in $Server) {
    $unhealthy = Get-HealthReport -Identity $s | Where-Object { $_.AlertValue -ne 'Healthy' -and $_.AlertValue -ne 'Disabled' }
    if (-not $unhealthy) {
        Write-Host "${s}: all health sets healthy" -ForegroundColor Green
        continue
    }

    Write-Host "${s}:" -ForegroundColor Yellow
    foreach ($set in $unhealthy) {
        Write-Host ("  {0,-30} {1}" -f $set.HealthSet, $set.AlertValue) -ForegroundColor Yellow
        Get-ServerHealth -Identity $s -HealthSet $set.HealthSet |
            Where-Object { $_.AlertValue -eq 'Unhealthy' } |
            ForEach-Object { Write-Host "      monitor $($_.Name) since $($_.LastTransitionTime)" -ForegroundColor DarkYellow }
    }
}
