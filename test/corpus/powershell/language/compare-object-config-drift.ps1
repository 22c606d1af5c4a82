param(
    [string] $ReferenceServer = 'ex01',
    [string] $DifferenceServer = 'ex02'
)

function Get-ConnectorSnapshot {
    param([string] $Server)
    Get-ReceiveConnector -Server $Server | ForEach-Object {
        [pscustomobject]@{
            Name           = $_.Name
            Enabled        = $_.Enabled
            Auth           = ($_.AuthMechanism -split ',\s*' | Sort-Object) -join ','
            MaxMessageSize = "$($_.MaxMessageSize)"
            Banner         = $_.Banner
        }
    }
}

$reference = Get-ConnectorSnapshot -Server $ReferenceServer
$difference = Get-ConnectorSnapshot -Server $DifferenceServer

$nameDiff = Compare-Object -ReferenceObject $reference.Name -DifferenceObject $difference.Name
foreach ($d in $nameDiff) {
    $where = if ($d.SideIndicator -eq '<=') { "only on $ReferenceServer" } else { "only on $DifferenceServer" }
    "{0} is {1}" -f $d.InputObject, $where
}

$properties = 'Enabled', 'Auth', 'MaxMessageSize', 'Banner'
foreach ($r in $reference) {
    $match = $difference | Where-Object Name -EQ $r.Name
    if (-not $match) { continue }
    $diffs = Compare-Object -ReferenceObject $r -DifferenceObject $match -Property $properties
    if ($diffs) {
        Write-Warning "Connector '$($r.Name)' differs"
        $diffs | Format-Table -Property (@('SideIndicator') + $properties) -AutoSize
    }
}

$a = 1..10
$b = 5..15
Compare-Object $a $b -IncludeEqual -ExcludeDifferent | Measure-Object | Select-Object -ExpandProperty Count
Compare-Object -ReferenceObject (Get-Content "$env:windir\win.ini" -ErrorAction SilentlyContinue) -DifferenceObject @('[fonts]') -SyncWindow 2 -PassThru
