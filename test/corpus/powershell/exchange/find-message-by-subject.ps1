param(
    [Parameter(Mandatory)]
    [string]$Subject,
    [string]$Sender,
    [int]$Hours = 24
)

$search = @{
    Start          = (Get-Date).AddHours(-$Hours)
    MessageSubject = $Subject
    ResultSize     = 'Unlimited'
}
if ($PSBoundParameters.ContainsKey('Sender')) {
    $search['Sender'] = $Sender
}

$results = Get-TransportService | ForEach-Object {
    Get-MessageTrackingLog @search -Server $_.Name
}

$results |
    Sort-Object Timestamp |
    Select-Object Timestamp, ServerHostname, EventId, Source, Sender,
        @{ n = 'Recipients'; e = { $_.Recipients -join ';' } },
        MessageSubject, TotalBytes |
    Format-Table -AutoSize -Wrap
