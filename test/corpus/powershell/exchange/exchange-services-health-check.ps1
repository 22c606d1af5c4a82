<#
.SYNOPSIS
    Checks that the Exchange services set to Automatic are running on each server.
#>
[CmdletBinding()]
param(
    [string[]]$ComputerName = (Get-ExchangeServer | Where-Object { $_.AdminDisplayVersion -like 'Version 15*' }).Name,
    [pscredential]$Credential
)

$scriptBlock = {
    Get-CimInstance -ClassName Win32_Service -Filter "StartMode = 'Auto' AND Name LIKE 'MSExchange%'" |
        Where-Object { $_.State -ne 'Running' } |
        Select-Object Name, DisplayName, State
}

$invokeParams = @{
    ComputerName = $ComputerName
    ScriptBlock  = $scriptBlock
    ErrorAction  = 'SilentlyContinue'
    ErrorVariable = 'remoteErrors'
}
if ($Credential) { $invokeParams.Credential = $Credential }

$stopped = Invoke-Command @invokeParams

foreach ($err in $remoteErrors) {
    Write-Host "Unreachable: $($err.TargetObject) - $($err.Exception.Message)" -ForegroundColor Red
}

if ($stopped) {
    $stopped | Sort-Object PSComputerName | Format-Table PSComputerName, Name, DisplayName, State -AutoSize
}
else {
    Write-Host 'All automatic Exchange services are running.' -ForegroundColor Green
}
