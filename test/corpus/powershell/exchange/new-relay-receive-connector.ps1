<#
.SYNOPSIS
    Creates an anonymous relay receive connector on one or more frontend transport services.
.EXAMPLE
    .\new-relay-receive-connector.ps1 -Server EX01,EX02 -RemoteIPRanges 10.0.5.10,10.0.5.20-10.0.5.29
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string[]]$Server,

    [Parameter(Mandatory = $true)]
    [string[]]$RemoteIPRanges,

    [string]$Name = 'Anonymous Relay',

    [ValidateRange(1, 65535)]
    [int]$Port = 25,

    [string]$Fqdn = 'relay.contoso.com'
)

foreach ($s in $Server) {
    $existing = Get-ReceiveConnector -Server $s | Where-Object Name -eq $Name
    if ($existing) {
        Write-Host "${s}: '$Name' exists, updating remote ranges" -ForegroundColor Yellow
        if ($PSCmdlet.ShouldProcess($existing.Identity, 'Set-ReceiveConnector')) {
            Set-ReceiveConnector -Identity $existing.Identity -RemoteIPRanges $RemoteIPRanges
        }
        continue
    }

    $newParams = @{
        Name               = $Name
        Server             = $s
        TransportRole      = 'FrontendTransport'
        Custom             = $true
        Bindings           = "0.0.0.0:$Port"
        RemoteIPRanges     = $RemoteIPRanges
        PermissionGroups   = 'AnonymousUsers'
        AuthMechanism      = 'None'
        Fqdn               = $Fqdn
        ProtocolLoggingLevel = 'Verbose'
    }

    if ($PSCmdlet.ShouldProcess("$s\$Name", 'New-ReceiveConnector')) {
        $rc = New-ReceiveConnector @newParams
        # Let anonymous senders relay to any recipient.
        $rc | Add-ADPermission -User 'NT AUTHORITY\ANONYMOUS LOGON' -ExtendedRights 'Ms-Exch-SMTP-Accept-Any-Recipient' | Out-Null
        Write-Host "${s}: created $($rc.Identity)" -ForegroundColor Green
    }
}
