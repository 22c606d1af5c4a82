# Delivery agent connectors (for SMS gateways or other non-SMTP delivery) and their queues.
$dac = Get-DeliveryAgentConnector

if (-not $dac) {
    'No delivery agent connectors.'
    return
}

foreach ($c in $dac) {
    '{0} (protocol {1}) enabled={2} max connections={3}' -f $c.Name, $c.DeliveryProtocol, $c.Enabled, $c.MaxConcurrentConnections
    '  address spaces: ' + ($c.AddressSpaces -join ', ')

    foreach ($server in $c.SourceTransportServers) {
        $queues = Get-Queue -Server "$server" | Where-Object { $_.DeliveryType -eq 'DeliveryAgent' -and $_.NextHopConnector -eq $c.Guid }
        foreach ($q in $queues) {
            '  {0}: {1} messages, {2}' -f $server, $q.MessageCount, $q.Status
        }
    }
}
