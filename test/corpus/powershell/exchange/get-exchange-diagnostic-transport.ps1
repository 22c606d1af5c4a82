[CmdletBinding()]
param(
    [string]$Server = $env:COMPUTERNAME,
    [ValidateSet('Transport', 'FrontEnd', 'EdgeTransport')]
    [string]$Process = 'EdgeTransport'
)

# Get-ExchangeDiagnosticInfo returns XML; pull the resource throttling section out of it.
$raw = Get-ExchangeDiagnosticInfo -Server $Server -Process $Process -Component ResourceThrottling
[xml]$doc = $raw.Result

$resources = $doc.SelectNodes('//ResourceMonitor')
if (-not $resources -or $resources.Count -eq 0) {
    Write-Warning "No ResourceMonitor nodes in the diagnostic output of $Server."
    return
}

$resources | ForEach-Object {
    [pscustomobject]@{
        Resource      = $_.Resource
        CurrentValue  = [int]$_.CurrentResourceUse
        Pressure      = $_.CurrentPressure
        Normal        = $_.LowPressureLimit
        High          = $_.HighPressureLimit
    }
} | Sort-Object Pressure -Descending | Format-Table -AutoSize
