param(
    [string[]]$Server = (Get-TransportService | ForEach-Object Name),
    [switch]$Resubmit
)

foreach ($s in $Server) {
    $retry = Get-Queue -Server $s -Filter "Status -eq 'Retry'"
    if (-not $retry) {
        Write-Host "${s}: no queue in Retry" -ForegroundColor Green
        continue
    }

    foreach ($q in $retry) {
        Write-Host "${s}: retrying $($q.Identity) ($($q.MessageCount) messages, last error: $($q.LastError))" -ForegroundColor Yellow
        try {
            if ($Resubmit) {
                Retry-Queue -Identity $q.Identity -Resubmit $true -Confirm:$false -ErrorAction Stop
            }
            else {
                Retry-Queue -Identity $q.Identity -ErrorAction Stop
            }
        }
        catch {
            Write-Host "  failed: $($_.Exception.Message)" -ForegroundColor Red
        }
    }
}
