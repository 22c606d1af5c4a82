# Splits identities like "EX01\Default Frontend EX01" into server and name with multiple assignment.
$connectors = Get-ReceiveConnector

$table = foreach ($rc in $connectors) {
    $server, $name = "$($rc.Identity)" -split '\\', 2
    $ip, $port = "$($rc.Bindings[0])" -split ':(?=\d+$)'
    [pscustomobject]@{ Server = $server; Name = $name; FirstBindingIP = $ip; Port = [int]$port }
}

$table | Sort-Object Server, Port | Format-Table -AutoSize

# Swap two values without a temporary variable.
$primary = 'EX01'; $secondary = 'EX02'
$primary, $secondary = $secondary, $primary
"Primary is now $primary, secondary is $secondary"

# First element and the rest.
$head, $tail = @(Get-TransportService | Sort-Object Name | ForEach-Object Name)
"First transport server: $head; others: $($tail -join ', ')"
