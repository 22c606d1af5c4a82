# Shows the message size limits that apply at each level, from organisation down to connectors,
# because the smallest one wins and users only see "message too large".
$config = Get-TransportConfig

$limits = New-Object System.Collections.ArrayList
[void]$limits.Add([pscustomobject]@{ Level = 'Organization'; Name = 'TransportConfig'; Receive = $config.MaxReceiveSize; Send = $config.MaxSendSize })

foreach ($rc in Get-ReceiveConnector) {
    [void]$limits.Add([pscustomobject]@{ Level = 'Receive connector'; Name = "$($rc.Identity)"; Receive = $rc.MaxMessageSize; Send = '' })
}
foreach ($sc in Get-SendConnector) {
    [void]$limits.Add([pscustomobject]@{ Level = 'Send connector'; Name = $sc.Name; Receive = ''; Send = $sc.MaxMessageSize })
}
foreach ($fc in Get-ForeignConnector) {
    [void]$limits.Add([pscustomobject]@{ Level = 'Foreign connector'; Name = $fc.Name; Receive = ''; Send = $fc.MaxMessageSize })
}

$limits | Format-Table -AutoSize
Write-Host "Recipient limit per message: $($config.MaxRecipientEnvelopeLimit)" -ForegroundColor Cyan
