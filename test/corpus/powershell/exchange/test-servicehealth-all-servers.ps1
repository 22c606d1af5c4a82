$results = @()
$servers = Get-ExchangeServer | Where-Object { $_.ServerRole -ne 'Edge' } | Sort-Object Name

foreach ($server in $servers) {
    Write-Host "Checking $($server.Name)..." -NoNewline
    try {
        $health = Test-ServiceHealth -Server $server.Name -ErrorAction Stop
        $missing = $health | Where-Object { -not $_.RequiredServicesRunning }
        if ($missing) {
            Write-Host ' services stopped' -ForegroundColor Red
            foreach ($role in $missing) {
                $results += [PSCustomObject]@{
                    Server  = $server.Name
                    Role    = $role.Role
                    Stopped = $role.ServicesNotRunning -join ', '
                }
            }
        }
        else {
            Write-Host ' OK' -ForegroundColor Green
        }
    }
    catch {
        Write-Host " error: $($_.Exception.Message)" -ForegroundColor Magenta
    }
}

$results | Format-Table -Wrap
