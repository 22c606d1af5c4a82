<#
.SYNOPSIS
    Connects to Exchange Online with the EXO V3 module, installing it for the current user if needed.
.PARAMETER UserPrincipalName
    Admin account to sign in with (interactive, supports MFA).
.PARAMETER AppId
    For unattended use: the application id, together with -CertificateThumbprint and -Organization.
#>
[CmdletBinding(DefaultParameterSetName = 'Interactive')]
param(
    [Parameter(ParameterSetName = 'Interactive', Mandatory = $true)]
    [string]$UserPrincipalName,

    [Parameter(ParameterSetName = 'App', Mandatory = $true)]
    [guid]$AppId,

    [Parameter(ParameterSetName = 'App', Mandatory = $true)]
    [ValidatePattern('^[0-9A-Fa-f]{40}$')]
    [string]$CertificateThumbprint,

    [Parameter(ParameterSetName = 'App', Mandatory = $true)]
    [string]$Organization
)

if (-not (Get-Module -ListAvailable -Name ExchangeOnlineManagement)) {
    Write-Host 'Installing ExchangeOnlineManagement for the current user...' -ForegroundColor Yellow
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser -Force -AllowClobber
}

Import-Module ExchangeOnlineManagement -ErrorAction Stop

if ($PSCmdlet.ParameterSetName -eq 'App') {
    Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
}
else {
    Connect-ExchangeOnline -UserPrincipalName $UserPrincipalName -ShowBanner:$false
}

$org = Get-OrganizationConfig
Write-Host "Connected to $($org.DisplayName) ($($org.Name))" -ForegroundColor Green
