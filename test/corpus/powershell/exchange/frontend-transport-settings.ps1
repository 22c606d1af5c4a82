<#
    Frontend and mailbox transport service settings side by side per server.
#>
$rows = foreach ($name in (Get-ExchangeServer | Where-Object IsMailboxServer).Name) {
    $fe = Get-FrontendTransportService -Identity $name
    $mb = Get-MailboxTransportService -Identity $name
    $hub = Get-TransportService -Identity $name

    [pscustomobject][ordered]@{
        Server                    = $name
        'FE receive log'          = $fe.ReceiveProtocolLogPath
        'FE max conn/min'         = $fe.MaxConnectionRatePerMinute
        'Hub max outbound'        = $hub.MaxOutboundConnections
        'Hub per domain'          = $hub.MaxPerDomainOutboundConnections
        'Hub expiration'          = $hub.MessageExpirationTimeout
        'MBX deliveries'          = $mb.MaxConcurrentMailboxDeliveries
        'MBX submissions'         = $mb.MaxConcurrentMailboxSubmissions
    }
}

$rows | Format-List
