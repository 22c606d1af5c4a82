<#
    Edge subscriptions and the state of EdgeSync, with the date each subscription's credentials
    expire. Run on a Mailbox server in the subscribed site.
#>
$subscriptions = Get-EdgeSubscription
if (-not $subscriptions) {
    Write-Host 'No Edge subscriptions.' -ForegroundColor Yellow
    return
}

foreach ($sub in $subscriptions) {
    Write-Host "Edge server: $($sub.Name)  site: $($sub.Site)  domain: $($sub.Domain)" -ForegroundColor Cyan
    try {
        $sync = Test-EdgeSynchronization -TargetServer $sub.Name -ErrorAction Stop
        foreach ($line in $sync) {
            $colour = if ("$($line.SyncStatus)" -eq 'Normal') { 'Green' } else { 'Red' }
            Write-Host ("  status {0}, lease {1}, last sync {2}" -f $line.SyncStatus, $line.LeaseHolder, $line.LastSynchronizedDate) -ForegroundColor $colour
            Write-Host ("  credential expires {0}" -f $line.CredentialStatus) -ForegroundColor Gray
        }
    }
    catch {
        Write-Host "  Test-EdgeSynchronization failed: $($_.Exception.Message)" -ForegroundColor Red
    }
}

# The two connectors EdgeSync creates
Get-SendConnector | Where-Object { $_.Name -like 'EdgeSync - *' } | Format-Table Name, AddressSpaces, SourceTransportServers -AutoSize
