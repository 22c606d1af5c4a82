<#
    Parameter defaults computed from other parameters, from the environment and from a
    here-string, all evaluated when the script starts.
#>
[CmdletBinding()]
param(
    [string]$Server = $env:COMPUTERNAME,
    [int]$Days = 1,
    [datetime]$Start = (Get-Date).Date.AddDays(-$Days),
    [string]$ReportPath = (Join-Path ([Environment]::GetFolderPath('MyDocuments')) "Delivery_$Server.txt"),
    [string[]]$EventIds = @('FAIL', 'DSN', 'DEFER'),
    [string]$Header = @"
Delivery problems on $Server
since $((Get-Date).Date.AddDays(-$Days).ToString('D'))
"@
)

$lines = New-Object System.Collections.Generic.List[string]
$lines.Add($Header)
$lines.Add(('-' * 60))

foreach ($id in $EventIds) {
    $events = @(Get-MessageTrackingLog -Server $Server -Start $Start -EventId $id -ResultSize Unlimited)
    $lines.Add(('{0,-6} {1,6}' -f $id, $events.Count))
    $events | Group-Object { $_.Recipients[0] -replace '^.*@', '' } | Sort-Object Count -Descending | Select-Object -First 5 |
        ForEach-Object { $lines.Add(('         {0,-35} {1,5}' -f $_.Name, $_.Count)) }
}

$lines | Set-Content -Path $ReportPath -Encoding UTF8
Get-Content -Path $ReportPath
