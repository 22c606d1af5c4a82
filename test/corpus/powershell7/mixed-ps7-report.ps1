#requires -Version 7.2
[CmdletBinding()]
param([string] $Server)

$Server ??= $env:COMPUTERNAME ?? 'localhost'
$queues = Get-Queue -Server $Server -ErrorAction SilentlyContinue
$busy = $queues | Where-Object MessageCount -GT 50
$first = ${busy}?[0]?.Identity

$summary = [ordered]@{
    Server = $Server
    Queues = ${queues}?.Count ?? 0
    Busy   = $busy ? @($busy).Count : 0
    First  = $first ?? '(none)'
}
[pscustomobject]$summary | Format-List
$summary.Busy -gt 0 && Write-Warning "$($summary.Busy) busy queues on $Server"
