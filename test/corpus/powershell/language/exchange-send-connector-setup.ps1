[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string] $PartnerDomain,

    [Parameter(Mandatory)]
    [string[]] $SmartHosts,

    [string[]] $SourceServers = @((Get-TransportService | Select-Object -First 2).Name),

    [ValidateSet('None', 'BasicAuth', 'BasicAuthRequireTLS', 'ExternalAuthoritative', 'ExchangeServer')]
    [string] $AuthMechanism = 'None'
)

$name = "Partner - $PartnerDomain"
$existing = Get-SendConnector -Identity $name -ErrorAction SilentlyContinue

$common = @{
    AddressSpaces         = "SMTP:$PartnerDomain;1"
    SmartHosts            = $SmartHosts
    SourceTransportServers = $SourceServers
    DNSRoutingEnabled     = $false
    RequireTLS            = $true
    TlsDomain             = $PartnerDomain
    TlsAuthLevel          = 'DomainValidation'
    MaxMessageSize        = 50MB
    SmartHostAuthMechanism = $AuthMechanism
}

if ($existing) {
    if ($PSCmdlet.ShouldProcess($name, 'Update send connector')) {
        Set-SendConnector -Identity $name @common
    }
}
elseif ($PSCmdlet.ShouldProcess($name, 'Create send connector')) {
    New-SendConnector -Name $name -Usage Partner @common | Out-Null
}

Get-SendConnector -Identity $name -ErrorAction SilentlyContinue |
    Format-List Name, AddressSpaces, SmartHosts, RequireTLS, TlsDomain, MaxMessageSize, Enabled

$test = Test-NetConnection -ComputerName $SmartHosts[0] -Port 25 -WarningAction SilentlyContinue
if (-not $test.TcpTestSucceeded) {
    Write-Warning "Port 25 on $($SmartHosts[0]) is not reachable from $env:COMPUTERNAME"
}
