[CmdletBinding()]
param(
    [ValidateRange(50, 100)]
    [int]$WarnAtPercent = 80
)

# Compare the size of each foreign connector's drop directory with its quota.
foreach ($fc in Get-ForeignConnector) {
    if (-not $fc.DropDirectoryQuota -or "$($fc.DropDirectoryQuota)" -eq 'Unlimited') {
        Write-Verbose "$($fc.Name) has no quota"
        continue
    }

    foreach ($srv in $fc.SourceTransportServers) {
        $root = (Get-TransportService -Identity "$srv").RootDropDirectoryPath
        $dir = if ($root) { Join-Path $root $fc.DropDirectory } else { $fc.DropDirectory }
        $unc = '\\{0}\{1}' -f $srv, ($dir -replace '^([A-Za-z]):', '$1$')

        $used = (Get-ChildItem -Path $unc -File -ErrorAction SilentlyContinue | Measure-Object -Property Length -Sum).Sum
        $quota = $fc.DropDirectoryQuota.Value.ToBytes()
        $pct = if ($quota) { [math]::Round(100 * $used / $quota, 1) } else { 0 }

        $colour = if ($pct -ge $WarnAtPercent) { 'Red' } else { 'Green' }
        Write-Host ("{0} on {1}: {2:N0} of {3:N0} bytes ({4}%)" -f $fc.Name, $srv, $used, $quota, $pct) -ForegroundColor $colour
    }
}
