[CmdletBinding()]
param(
    # Any property names of Get-ReceiveConnector output.
    [string[]]$Property = @('MaxMessageSize', 'MaxRecipientsPerMessage', 'ConnectionTimeout', 'MaxInboundConnectionPerSource', 'RequireTLS')
)

# One column per server, one row per setting: easy to spot a server configured differently.
$connectors = Get-ReceiveConnector | Where-Object { $_.Name -like 'Default Frontend *' }

foreach ($p in $Property) {
    $row = [ordered]@{ Setting = $p }
    foreach ($c in $connectors) {
        $row["$($c.Server)"] = "$($c.$p)"
    }
    $distinct = @($row.Values | Select-Object -Skip 1 | Sort-Object -Unique)
    $row['Same'] = $distinct.Count -le 1
    [pscustomobject]$row
}
