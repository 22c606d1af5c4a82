# Shared helpers dot-sourced by other scripts: are we elevated, and is the Exchange shell loaded?

function Confirm-Administrator {
    $currentPrincipal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
    return $currentPrincipal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Confirm-ExchangeManagementShell {
    [CmdletBinding()]
    [OutputType([bool])]
    param()

    $command = Get-Command -Name Get-ExchangeServer -ErrorAction SilentlyContinue
    if ($null -eq $command) {
        Write-Verbose 'Get-ExchangeServer is not available'
        return $false
    }

    # The remote shell exposes the cmdlets too, but only the local snap-in has full access
    # to the registry and the file system of this server.
    $isLocal = $null -ne (Get-PSSnapin -Name Microsoft.Exchange.Management.PowerShell.SnapIn -ErrorAction SilentlyContinue)
    Write-Verbose "Exchange cmdlets found; local snap-in loaded: $isLocal"
    return $true
}

function Get-ExchangeInstallPath {
    $setup = Get-ItemProperty -Path Registry::HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\ExchangeServer\v15\Setup -ErrorAction SilentlyContinue
    if ($setup) {
        return $setup.MsiInstallPath
    }
    return $null
}

if (-not (Confirm-Administrator)) {
    Write-Host 'This script must run from an elevated prompt.' -ForegroundColor Red
    exit 1
}
if (-not (Confirm-ExchangeManagementShell -Verbose:$false)) {
    Write-Host 'Run this from the Exchange Management Shell.' -ForegroundColor Red
    exit 1
}
Write-Host "Exchange is installed in $(Get-ExchangeInstallPath)" -ForegroundColor Green
