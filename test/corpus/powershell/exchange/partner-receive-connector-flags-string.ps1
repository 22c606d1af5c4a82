<#
.SYNOPSIS
    Creates the receive connector for a partner's gateway that authenticates with mutual TLS.
.NOTES
    The auth mechanisms and permission groups are written the way Get-ReceiveConnector shows
    them ("Tls, ExternalAuthoritative"): PowerShell turns the comma-separated text into the
    flags value.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string]$Server,
    [Parameter(Mandatory)][string[]]$PartnerIPs,
    [string]$Name = 'Partner Gateway TLS'
)

$settings = @{
    Name             = $Name
    Server           = $Server
    TransportRole    = 'FrontendTransport'
    Usage            = 'Custom'
    Bindings         = '0.0.0.0:25'
    RemoteIPRanges   = $PartnerIPs
    AuthMechanism    = 'Tls, ExternalAuthoritative'
    PermissionGroups = 'AnonymousUsers, ExchangeServers'
    RequireTLS       = $true
    Fqdn             = 'mail.contoso.com'
}

if ($PSCmdlet.ShouldProcess("$Server\$Name", 'New-ReceiveConnector')) {
    New-ReceiveConnector @settings
}

# Later tightening, as the change ticket asked: count messages per user and per IP.
Set-ReceiveConnector -Identity "$Server\$Name" -MessageRateSource All -MessageRateLimit 600 -WhatIf
