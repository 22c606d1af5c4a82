# Checks that every smart host of every send connector answers on port 25 from each source server.
$checks = foreach ($sc in Get-SendConnector | Where-Object { -not $_.DNSRoutingEnabled }) {
    foreach ($sh in $sc.SmartHosts) {
        $target = "$sh".Trim('[', ']')
        foreach ($src in $sc.SourceTransportServers) {
            [pscustomobject]@{ Connector = $sc.Name; Source = "$src"; SmartHost = $target; Port = $sc.Port }
        }
    }
}

$results = $checks | Group-Object Source | ForEach-Object {
    $group = $_.Group
    Invoke-Command -ComputerName $_.Name -ArgumentList (, $group) -ScriptBlock {
        param($items)
        foreach ($i in $items) {
            $ok = Test-NetConnection -ComputerName $i.SmartHost -Port $i.Port -InformationLevel Quiet -WarningAction SilentlyContinue
            [pscustomobject]@{ Connector = $i.Connector; SmartHost = $i.SmartHost; Port = $i.Port; Reachable = $ok }
        }
    }
}

$results | Sort-Object Reachable, PSComputerName | Format-Table PSComputerName, Connector, SmartHost, Port, Reachable -AutoSize
