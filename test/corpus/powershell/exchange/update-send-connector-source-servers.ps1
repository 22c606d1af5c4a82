# When a server is decommissioned, remove it from the source servers of every send connector
# (and refuse if that would leave a connector with none).
param(
    [Parameter(Mandatory = $true)]
    [string]$RetiringServer,
    [switch]$WhatIf
)

foreach ($connector in Get-SendConnector) {
    $current = @($connector.SourceTransportServers | ForEach-Object { $_.Name })
    if ($current -notcontains $RetiringServer) { continue }

    $remaining = $current | Where-Object { $_ -ne $RetiringServer }
    if (-not $remaining) {
        Write-Host "$($connector.Name): $RetiringServer is the only source server - add another one first." -ForegroundColor Red
        continue
    }

    Write-Host "$($connector.Name): $($current -join ', ') -> $($remaining -join ', ')" -ForegroundColor Yellow
    Set-SendConnector -Identity $connector.Identity -SourceTransportServers $remaining -WhatIf:$WhatIf
}
