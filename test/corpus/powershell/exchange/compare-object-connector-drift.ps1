# Compares today's receive connector settings with a baseline saved by Export-Clixml and lists
# every property that changed.
param(
    [string]$BaselinePath = 'C:\Baselines\ReceiveConnectors.xml',
    [switch]$UpdateBaseline
)

$props = 'Identity', 'Enabled', 'Bindings', 'RemoteIPRanges', 'AuthMechanism', 'PermissionGroups', 'MaxMessageSize', 'RequireTLS', 'Fqdn'
$now = Get-ReceiveConnector | Select-Object -Property $props | ForEach-Object {
    $o = $_
    $flat = [ordered]@{}
    foreach ($p in $props) { $flat[$p] = (@($o.$p) | ForEach-Object { "$_" } | Sort-Object) -join ';' }
    [pscustomobject]$flat
}

if ($UpdateBaseline -or -not (Test-Path $BaselinePath)) {
    $now | Export-Clixml -Path $BaselinePath
    Write-Host "Baseline written to $BaselinePath" -ForegroundColor Cyan
    return
}

$baseline = Import-Clixml -Path $BaselinePath

foreach ($p in $props | Select-Object -Skip 1) {
    $diff = Compare-Object -ReferenceObject $baseline -DifferenceObject $now -Property Identity, $p
    $diff | Group-Object Identity | ForEach-Object {
        $old = ($_.Group | Where-Object SideIndicator -eq '<=').$p
        $new = ($_.Group | Where-Object SideIndicator -eq '=>').$p
        Write-Host ("{0} {1}: '{2}' -> '{3}'" -f $_.Name, $p, $old, $new) -ForegroundColor Yellow
    }
}

$added = Compare-Object $baseline.Identity $now.Identity | Where-Object SideIndicator -eq '=>'
$removed = Compare-Object $baseline.Identity $now.Identity | Where-Object SideIndicator -eq '<='
$added | ForEach-Object { Write-Host "New connector: $($_.InputObject)" -ForegroundColor Green }
$removed | ForEach-Object { Write-Host "Removed connector: $($_.InputObject)" -ForegroundColor Red }
