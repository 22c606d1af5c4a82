#requires -Version 3.0
# Shows which receive connectors listen on which IP and port on each transport server,
# and flags two connectors on one server that share a binding and a remote range.

param(
    [string[]]$Server = @((Get-TransportService | Select-Object -ExpandProperty Name))
)

$rows = New-Object System.Collections.Generic.List[object]

foreach ($name in $Server) {
    Write-Verbose "Reading receive connectors on $name"
    try {
        $connectors = Get-ReceiveConnector -Server $name -ErrorAction Stop
    }
    catch {
        Write-Warning "Could not read connectors on ${name}: $($_.Exception.Message)"
        continue
    }

    foreach ($rc in $connectors) {
        foreach ($binding in $rc.Bindings) {
            $rows.Add([PSCustomObject]@{
                Server    = $name
                Connector = $rc.Name
                Binding   = $binding.ToString()
                Remote    = ($rc.RemoteIPRanges -join ',')
                Auth      = $rc.AuthMechanism
                Enabled   = $rc.Enabled
            })
        }
    }
}

$duplicates = $rows | Group-Object Server, Binding, Remote | Where-Object Count -gt 1
if ($duplicates) {
    Write-Host "Connectors sharing the same binding and remote ranges:" -ForegroundColor Yellow
    foreach ($group in $duplicates) {
        Write-Host ("  {0}: {1}" -f $group.Name, (($group.Group | ForEach-Object Connector) -join ' / ')) -ForegroundColor Yellow
    }
}

$rows | Sort-Object Server, Binding | Format-Table -AutoSize
