<#
.SYNOPSIS
    Lists receive connectors that allow anonymous relay and the remote ranges they accept.
#>
[CmdletBinding()]
param([string] $Server = $env:COMPUTERNAME)

$connectors = Get-ReceiveConnector -Server $Server
$anonymous = New-Object System.Security.Principal.SecurityIdentifier 'S-1-5-7'
$relayRight = 'Ms-Exch-SMTP-Accept-Any-Recipient'

foreach ($connector in $connectors) {
    $perms = Get-ADPermission -Identity $connector.Identity |
        Where-Object { $_.ExtendedRights -like "*$relayRight*" -and -not $_.Deny }
    $openRelay = $perms | Where-Object { $_.User -like '*ANONYMOUS LOGON*' }

    [pscustomobject]@{
        Connector     = $connector.Identity.ToString()
        Enabled       = $connector.Enabled
        Auth          = $connector.AuthMechanism -join ','
        Permissions   = $connector.PermissionGroups -join ','
        Bindings      = ($connector.Bindings | ForEach-Object { "$($_.Address):$($_.Port)" }) -join ' '
        RemoteRanges  = @($connector.RemoteIPRanges).Count
        AnonymousRelay = [bool]$openRelay
    }
}

$relay = Get-ReceiveConnector -Identity "$Server\Anonymous Relay" -ErrorAction SilentlyContinue
if ($relay) {
    $ranges = $relay.RemoteIPRanges | ForEach-Object { $_.Expression }
    $ranges | Sort-Object { [version]($_ -replace '[-/].*$', '') } | ForEach-Object { "  allowed: $_" }
    $wide = $ranges | Where-Object { $_ -match '/(\d+)$' -and [int]$Matches[1] -lt 24 }
    if ($wide) { Write-Warning "Wide ranges on the relay connector: $($wide -join ', ')" }
}
"SID used for anonymous: $($anonymous.Translate([System.Security.Principal.NTAccount]))"
