# Relay connector set-up as it appears in many runbooks: one long command per step.
$server = 'EX01'
$name = 'Internal Relay'
$apps = '10.1.20.15', '10.1.20.16', '10.1.30.0/24'

New-ReceiveConnector -Name $name -Server $server -TransportRole FrontendTransport -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges $apps -Fqdn relay.contoso.com -ProtocolLoggingLevel Verbose
Set-ReceiveConnector -Identity "$server\$name" -PermissionGroups "AnonymousUsers,ExchangeServers" -AuthMechanism "Tls,ExternalAuthoritative"
Get-ReceiveConnector "$server\$name" | Add-ADPermission -User 'NT AUTHORITY\ANONYMOUS LOGON' -ExtendedRights 'ms-Exch-SMTP-Accept-Any-Recipient'
Get-ReceiveConnector "$server\$name" | Format-List Name, Bindings, RemoteIPRanges, PermissionGroups, AuthMechanism

# Test from one of the application servers (run there):
#   Send-MailMessage -SmtpServer relay.contoso.com -From app@contoso.com -To someone@fabrikam.com -Subject 'Relay test'
# Then confirm on the Exchange side that the message left through the Internet send connector:
Get-MessageTrackingLog -Server $server -Start (Get-Date).AddMinutes(-15) -EventId SEND -ResultSize 20 |
    Where-Object { $_.ConnectorId -like '*Internet*' } |
    Select-Object Timestamp, Sender, Recipients, ConnectorId
