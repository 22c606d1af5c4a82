[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$Name,

    [Parameter(Mandatory)]
    [string[]]$AddressSpaces,

    [Parameter(Mandatory)]
    [string[]]$SmartHosts,

    [string[]]$SourceTransportServers = @((Get-TransportService | Select-Object -First 2).Name),

    [ValidateSet('None', 'BasicAuth', 'BasicAuthRequireTLS', 'ExchangeServer', 'ExternalAuthoritative')]
    [string]$SmartHostAuthMechanism = 'None',

    [pscredential]$Credential,

    [switch]$RequireTLS
)

if ($SmartHostAuthMechanism -like 'BasicAuth*' -and -not $Credential) {
    throw "-SmartHostAuthMechanism $SmartHostAuthMechanism needs -Credential."
}

$connector = @{
    Name                   = $Name
    Usage                  = 'Custom'
    AddressSpaces          = $AddressSpaces
    SmartHosts             = $SmartHosts
    DNSRoutingEnabled      = $false
    SourceTransportServers = $SourceTransportServers
    SmartHostAuthMechanism = $SmartHostAuthMechanism
    RequireTLS             = [bool]$RequireTLS
    ProtocolLoggingLevel   = 'Verbose'
    MaxMessageSize         = '35MB'
}
if ($Credential) { $connector.AuthenticationCredential = $Credential }

if ($PSCmdlet.ShouldProcess($Name, 'New-SendConnector')) {
    New-SendConnector @connector | Format-List Name, AddressSpaces, SmartHosts, SourceTransportServers, RequireTLS
}
