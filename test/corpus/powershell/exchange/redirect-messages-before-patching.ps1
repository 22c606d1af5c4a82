# Before patching a server: drain it, redirect its queued mail to a partner server,
# and wait until the local queues are empty (except Poison and Shadow).
param(
    [Parameter(Mandatory = $true)][string]$Server,
    [Parameter(Mandatory = $true)][string]$TargetFqdn
)

Set-ServerComponentState -Identity $Server -Component HubTransport -State Draining -Requester Maintenance
Invoke-Command -ComputerName $Server -ScriptBlock { Restart-Service -Name MSExchangeTransport }

Redirect-Message -Server $Server -Target $TargetFqdn -Confirm:$false

$tries = 0
while ($true) {
    $tries++
    $left = (Get-Queue -Server $Server |
        Where-Object { $_.Identity -notmatch '\\(Poison|Shadow)' -and $_.DeliveryType -ne 'ShadowRedundancy' } |
        Measure-Object MessageCount -Sum).Sum
    if (-not $left) { break }
    if ($tries -ge 40) {
        Write-Host "Still $left messages after $tries checks; continue by hand." -ForegroundColor Yellow
        break
    }
    Write-Host "Waiting: $left messages on $Server"
    Start-Sleep -Seconds 15
}
