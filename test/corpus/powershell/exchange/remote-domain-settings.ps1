[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$DomainName,

    [bool]$AutoForwardEnabled = $false,

    [ValidateSet('External', 'ExternalLegacy', 'InternalLegacy', 'None')]
    [string]$AllowedOOFType = 'External',

    [ValidateSet('Enabled', 'Disabled')]
    [string]$Tnef
)

$name = $DomainName -replace '[^\w\.-]', '_'
$remote = Get-RemoteDomain | Where-Object { $_.DomainName -eq $DomainName }

if (-not $remote) {
    if ($PSCmdlet.ShouldProcess($DomainName, 'New-RemoteDomain')) {
        $remote = New-RemoteDomain -Name $name -DomainName $DomainName
    }
}

$set = @{
    Identity           = $remote.Identity
    AutoForwardEnabled = $AutoForwardEnabled
    AllowedOOFType     = $AllowedOOFType
}
if ($Tnef) {
    $set.TNEFEnabled = ($Tnef -eq 'Enabled')
}

if ($remote -and $PSCmdlet.ShouldProcess($DomainName, 'Set-RemoteDomain')) {
    Set-RemoteDomain @set
    Get-RemoteDomain -Identity $remote.Identity | Format-List Name, DomainName, AutoForwardEnabled, AllowedOOFType, TNEFEnabled
}
