function Invoke-OnAllTransportServers {
    <#
    .SYNOPSIS
        Runs an Exchange cmdlet once per transport server, passing -Server and any other arguments.
    .EXAMPLE
        Invoke-OnAllTransportServers Get-Queue -Filter "MessageCount -gt 10"
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [ValidateSet('Get-Queue', 'Get-Message', 'Get-MessageTrackingLog', 'Get-AgentLog')]
        [string]$Command,

        [Parameter(ValueFromRemainingArguments = $true)]
        [object[]]$Rest
    )

    foreach ($server in (Get-TransportService).Name) {
        Write-Verbose "$Command on $server $Rest"
        $output = & $Command -Server $server @Rest
        $output | Add-Member -NotePropertyName QueriedServer -NotePropertyValue $server -PassThru -Force
    }
}

Invoke-OnAllTransportServers Get-Queue -Filter "MessageCount -gt 10" | Format-Table QueriedServer, Identity, MessageCount
Invoke-OnAllTransportServers Get-MessageTrackingLog -EventId FAIL -ResultSize 50 | Format-Table QueriedServer, Timestamp, Sender
