# Settings as constants and read-only variables, read back through the variable cmdlets.
New-Variable -Name MaxQueue -Value 500 -Option ReadOnly -Scope Script -Force
New-Variable -Name ReportTitle -Value 'Transport health' -Option Constant -ErrorAction SilentlyContinue
Set-Variable -Name LastRun -Value (Get-Date) -Scope Script

function Test-QueueLimit {
    param([int]$Count)
    $limit = Get-Variable -Name MaxQueue -Scope Script -ValueOnly
    return $Count -gt $limit
}

$busy = Get-Queue | Where-Object { Test-QueueLimit -Count $_.MessageCount }
Write-Host "$ReportTitle - $(@($busy).Count) queues above $MaxQueue" -ForegroundColor Cyan

try {
    $MaxQueue = 1000
}
catch [System.Management.Automation.SessionStateUnauthorizedAccessException] {
    Write-Host 'MaxQueue is read-only, as intended.' -ForegroundColor DarkGray
}

Get-Variable -Name MaxQueue, LastRun | Format-Table Name, Value, Options -AutoSize
Remove-Variable -Name LastRun -Scope Script
