#requires -RunAsAdministrator
<#
.SYNOPSIS
    Registers a daily scheduled task that runs a report script in the Exchange Management Shell.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path $_ })]
    [string]$ScriptPath,

    [string]$TaskName = 'Exchange Daily Report',

    [ValidatePattern('^\d{1,2}:\d{2}$')]
    [string]$At = '06:30',

    [Parameter(Mandatory)]
    [pscredential]$RunAs
)

$exShell = Join-Path $env:ExchangeInstallPath 'bin\RemoteExchange.ps1'
$command = ". '$exShell'; Connect-ExchangeServer -auto -ClientApplication:ManagementShell; & '$ScriptPath'"

$action = New-ScheduledTaskAction -Execute 'powershell.exe' `
    -Argument "-NonInteractive -NoProfile -ExecutionPolicy Bypass -Command `"$command`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 2) -StartWhenAvailable

$existing = Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
if ($existing) {
    Write-Host "Replacing existing task '$TaskName'" -ForegroundColor Yellow
    Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false
}

Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -Settings $settings `
    -User $RunAs.UserName -Password $RunAs.GetNetworkCredential().Password -RunLevel Highest | Out-Null

Write-Host "Task '$TaskName' will run daily at $At." -ForegroundColor Green
