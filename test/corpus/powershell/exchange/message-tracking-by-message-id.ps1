[CmdletBinding(DefaultParameterSetName = 'MessageId')]
param(
    [Parameter(Mandatory = $true, ParameterSetName = 'MessageId')]
    [string]$MessageId,

    [Parameter(Mandatory = $true, ParameterSetName = 'NetworkId')]
    [guid]$NetworkMessageId,

    [datetime]$Start = (Get-Date).AddDays(-7)
)

$search = @{ Start = $Start; ResultSize = 'Unlimited' }
if ($PSCmdlet.ParameterSetName -eq 'MessageId') {
    # Tracking logs store the id with angle brackets.
    if ($MessageId -notmatch '^<.*>$') { $MessageId = "<$MessageId>" }
    $search.MessageId = $MessageId
}
else {
    $search.NetworkMessageId = $NetworkMessageId.ToString()
}

$hops = Get-ExchangeServer | Where-Object { $_.IsHubTransportServer -or $_.IsMailboxServer } | ForEach-Object {
    Get-MessageTrackingLog -Server $_.Name @search -ErrorAction SilentlyContinue
}

$hops | Sort-Object Timestamp | Format-Table -AutoSize -Property Timestamp, ServerHostname, EventId, Source,
    @{ Label = 'Connector'; Expression = { $_.ConnectorId } },
    @{ Label = 'Recipients'; Expression = { $_.Recipients -join ', ' } },
    @{ Label = 'Status'; Expression = { $_.RecipientStatus -join ' ' } }
