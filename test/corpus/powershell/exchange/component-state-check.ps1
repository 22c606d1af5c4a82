[CmdletBinding()]
param(
    [string[]]$Server
)

if (-not $Server) {
    $Server = Get-ExchangeServer | Where-Object { $_.IsMailboxServer -or $_.IsEdgeServer } | ForEach-Object { $_.Name }
}

$inactive = foreach ($s in $Server) {
    Get-ServerComponentState -Identity $s |
        Where-Object { $_.State -ne 'Active' } |
        Select-Object @{ n = 'Server'; e = { $s } }, Component, State
}

if (-not $inactive) {
    Write-Host "Every component is Active on $($Server -join ', ')" -ForegroundColor Green
    return
}

$inactive | Format-Table -AutoSize
$inactive | Where-Object Component -eq 'ServerWideOffline' | ForEach-Object {
    Write-Host "$($_.Server) is in maintenance mode (ServerWideOffline = $($_.State))" -ForegroundColor Yellow
}
