<#
    Exchange Online inbound and outbound connectors, with their TLS and smart host settings,
    next to the on-premises send connectors that point at the tenant.
#>
$inbound = Get-InboundConnector | Select-Object @{ n = 'Direction'; e = { 'Inbound' } }, Name, Enabled, ConnectorType,
    @{ n = 'Peer'; e = { ($_.SenderDomains + $_.SenderIPAddresses) -join ', ' } },
    RequireTls, TlsSenderCertificateName

$outbound = Get-OutboundConnector | Select-Object @{ n = 'Direction'; e = { 'Outbound' } }, Name, Enabled, ConnectorType,
    @{ n = 'Peer'; e = { ($_.SmartHosts + $_.RecipientDomains) -join ', ' } },
    @{ n = 'RequireTls'; e = { $_.TlsSettings -ne $null } },
    @{ n = 'TlsSenderCertificateName'; e = { $_.TlsDomain } }

@($inbound) + @($outbound) | Format-Table -AutoSize -Wrap

# On-premises side, if the on-prem cmdlets were imported with the prefix OnPrem.
if (Get-Command Get-OnPremSendConnector -ErrorAction SilentlyContinue) {
    Get-OnPremSendConnector | Where-Object { $_.SmartHosts -match 'mail\.protection\.outlook\.com' } |
        Format-Table Name, SmartHosts, RequireTLS, TlsDomain, TlsAuthLevel
}
