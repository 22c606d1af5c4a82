<#
.SYNOPSIS
    Stores and loads a credential for scheduled Exchange scripts with DPAPI (Export-Clixml), so it
    can only be read by the same user on the same computer.
#>
[CmdletBinding(DefaultParameterSetName = 'Load')]
param(
    [Parameter(ParameterSetName = 'Save', Mandatory = $true)]
    [switch]$Save,

    [string]$Path = (Join-Path $env:LOCALAPPDATA 'ExchangeAutomation\svc-exchange.cred.xml')
)

if ($PSCmdlet.ParameterSetName -eq 'Save') {
    $folder = Split-Path -Path $Path -Parent
    if (-not (Test-Path $folder)) { New-Item -ItemType Directory -Path $folder | Out-Null }
    Get-Credential -Message 'Service account for Exchange automation' | Export-Clixml -Path $Path
    Write-Host "Saved for $env:USERDOMAIN\$env:USERNAME on $env:COMPUTERNAME" -ForegroundColor Green
    return
}

if (-not (Test-Path $Path)) {
    throw "No saved credential at $Path. Run this script with -Save as the account the task runs under."
}

$credential = Import-Clixml -Path $Path
# A plain-text password fallback for lab use only:
# $credential = New-Object System.Management.Automation.PSCredential('CONTOSO\svc', (ConvertTo-SecureString 'Lab-only-1' -AsPlainText -Force))

$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'http://ex01.contoso.com/PowerShell/' -Authentication Kerberos -Credential $credential
Import-PSSession $session -DisableNameChecking -CommandName Get-Queue, Get-TransportService | Out-Null
Get-Queue | Select-Object Identity, MessageCount
Remove-PSSession $session
