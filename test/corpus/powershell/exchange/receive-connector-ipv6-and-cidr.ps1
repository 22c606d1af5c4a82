<#
.SYNOPSIS
    Creates an internal SMTP connector that listens on IPv4 and IPv6 and accepts the ranges the
    network team hands out, written in every notation Exchange accepts.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$Server = $env:COMPUTERNAME
)

$ranges = @(
    '10.10.0.25'                       # one host
    '10.10.1.1-10.10.1.254'            # a range
    '192.168.1.1/24'                   # CIDR with host bits set, as the documentation shows
    '172.16.0.0/12'
    'fe80::39bd:88f7:6969:d223%11'     # link-local IPv6 with zone index
    '2001:0DB8::CD3/60'
    '2001:db8:1::10-2001:db8:1::ff'
)

$bindings = '0.0.0.0:2525', '[::]:2525'

$connector = Get-ReceiveConnector -Server $Server | Where-Object Name -eq 'Internal Apps 2525'
if ($connector) {
    if ($PSCmdlet.ShouldProcess($connector.Identity, 'Update ranges and bindings')) {
        Set-ReceiveConnector -Identity $connector.Identity -RemoteIPRanges $ranges -Bindings $bindings
    }
}
elseif ($PSCmdlet.ShouldProcess("$Server\Internal Apps 2525", 'Create')) {
    New-ReceiveConnector -Name 'Internal Apps 2525' -Server $Server -TransportRole FrontendTransport -Usage Custom `
        -Bindings $bindings -RemoteIPRanges $ranges `
        -AuthMechanism Tls, Integrated, BasicAuth, BasicAuthRequireTLS `
        -PermissionGroups ExchangeUsers `
        -MaxMessageSize 50MB -MaxRecipientsPerMessage 500 `
        -ConnectionTimeout 00:10:00 -ConnectionInactivityTimeout 00:05:00 `
        -Banner '220 apps.contoso.com ready'
}
