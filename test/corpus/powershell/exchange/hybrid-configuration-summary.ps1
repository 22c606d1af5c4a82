# Summary of the hybrid configuration objects, run in the on-premises shell.
$hybrid = Get-HybridConfiguration
if (-not $hybrid) {
    Write-Host 'No hybrid configuration object (Hybrid Configuration Wizard not run).' -ForegroundColor Yellow
    return
}

Write-Host 'Hybrid configuration' -ForegroundColor Cyan
$hybrid | Format-List Domains, OnPremisesSmartHost, Features, ReceivingTransportServers, SendingTransportServers, TlsCertificateName

Write-Host 'Organization relationships' -ForegroundColor Cyan
Get-OrganizationRelationship | Format-Table Name, Enabled, FreeBusyAccessEnabled, FreeBusyAccessLevel, TargetApplicationUri -AutoSize

Write-Host 'Connectors to Office 365' -ForegroundColor Cyan
Get-SendConnector | Where-Object { $_.AddressSpaces -match 'mail\.onmicrosoft\.com' } |
    Format-Table Name, AddressSpaces, SmartHosts, TlsAuthLevel, TlsDomain, CloudServicesMailEnabled -AutoSize

Get-ReceiveConnector | Where-Object { $_.TlsDomainCapabilities -match 'mail\.protection\.outlook\.com' } |
    Format-Table Identity, TlsDomainCapabilities, TlsCertificateName -AutoSize

Write-Host 'OAuth' -ForegroundColor Cyan
Get-IntraOrganizationConnector | Format-Table Name, Enabled, DiscoveryEndpoint, TargetAddressDomains -AutoSize
