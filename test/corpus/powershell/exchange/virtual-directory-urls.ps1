<#
.SYNOPSIS
    Shows internal and external URLs of every virtual directory on each server, one table per type.
#>
[CmdletBinding()]
param(
    [string]$Server = '*'
)

$servers = Get-ExchangeServer -Identity $Server | Where-Object { $_.IsClientAccessServer }

$getters = [ordered]@{
    OWA         = { param($s) Get-OwaVirtualDirectory -Server $s -ADPropertiesOnly }
    ECP         = { param($s) Get-EcpVirtualDirectory -Server $s -ADPropertiesOnly }
    EWS         = { param($s) Get-WebServicesVirtualDirectory -Server $s -ADPropertiesOnly }
    ActiveSync  = { param($s) Get-ActiveSyncVirtualDirectory -Server $s -ADPropertiesOnly }
    OAB         = { param($s) Get-OabVirtualDirectory -Server $s -ADPropertiesOnly }
    MAPI        = { param($s) Get-MapiVirtualDirectory -Server $s -ADPropertiesOnly }
    PowerShell  = { param($s) Get-PowerShellVirtualDirectory -Server $s -ADPropertiesOnly }
}

foreach ($kind in $getters.Keys) {
    Write-Host "`n$kind" -ForegroundColor Cyan
    Write-Host ('-' * $kind.Length) -ForegroundColor Cyan
    $rows = foreach ($s in $servers) {
        $vdir = & $getters[$kind] $s.Name
        [pscustomobject]@{
            Server   = $s.Name
            Internal = "$($vdir.InternalUrl)"
            External = "$($vdir.ExternalUrl)"
        }
    }
    $rows | Format-Table -AutoSize
}

$autodiscover = Get-ClientAccessService | Select-Object Name, AutoDiscoverServiceInternalUri
$autodiscover | Format-Table -AutoSize
