# Run on an Edge Transport server (not domain joined): its local connectors, accepted domains
# from EdgeSync, and the anti-spam agents.
$isEdge = (Get-ExchangeServer -Identity $env:COMPUTERNAME).IsEdgeServer
if (-not $isEdge) {
    Write-Warning 'This script is meant for an Edge Transport server.'
}

Write-Host 'Receive connectors' -ForegroundColor Cyan
Get-ReceiveConnector | Format-Table Name, Bindings, PermissionGroups, AuthMechanism -AutoSize

Write-Host 'Send connectors (EdgeSync created)' -ForegroundColor Cyan
Get-SendConnector | Format-Table Name, AddressSpaces, SmartHosts, DNSRoutingEnabled -AutoSize

Write-Host 'Accepted domains' -ForegroundColor Cyan
Get-AcceptedDomain | Format-Table Name, DomainName, DomainType -AutoSize

Write-Host 'Anti-spam agents' -ForegroundColor Cyan
Get-TransportAgent | Format-Table Identity, Enabled, Priority -AutoSize

$filter = Get-ContentFilterConfig
'Content filter: enabled={0}, SCL reject={1} ({2}), quarantine mailbox={3}' -f $filter.Enabled, $filter.SCLRejectThreshold, $filter.SCLRejectEnabled, $filter.QuarantineMailbox
Get-IPBlockListEntry | Select-Object -First 20 IPRange, ExpirationTime, Comment
