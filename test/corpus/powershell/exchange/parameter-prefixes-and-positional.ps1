# Parameter names may be shortened to any unique prefix, and identities may be given by position.
# Both forms are common in scripts written at the console.
$since = (Get-Date).AddHours(-4)

Get-SendConnector Internet | Format-List Name, SmartHosts, MaxMessageSize
Get-ReceiveConnector "EX01\Default Frontend EX01" | Format-List Bindings, RemoteIPRanges
Get-Queue EX01\Submission
Get-TransportService EX01 | Select-Object Name, MessageTrackingLogPath

Get-MessageTrackingLog -Serv EX01 -Sta $since -EventId DELIVER -ResultS 200 |
    Select-Object Timestamp, Recipients, MessageSubject

Set-SendConnector Internet -MaxMess 30MB -ProtocolLog Verbose -WhatIf
Set-ReceiveConnector "EX01\Relay" -MaxRecipients 200 -Ban '220 relay ready' -WhatIf
Get-Queue -Serv EX01 -Filt "MessageCount -gt 50"

# Pipeline binding: the connector objects carry their identity.
Get-ReceiveConnector -Server EX01 | Where-Object Name -like 'Relay*' | Set-ReceiveConnector -ProtocolLoggingLevel Verbose -WhatIf
Get-SendConnector | Where-Object { -not $_.Enabled } | Set-SendConnector -Enabled $true -WhatIf
