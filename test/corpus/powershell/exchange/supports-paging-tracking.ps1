function Get-DeliveredMessage {
    <#
    .SYNOPSIS
        Delivered messages for a recipient, with -First / -Skip / -IncludeTotalCount paging.
    #>
    [CmdletBinding(SupportsPaging = $true)]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Recipient,

        [datetime]$Start = (Get-Date).AddDays(-2)
    )

    $events = @(Get-TransportService | Get-MessageTrackingLog -Recipients $Recipient -EventId DELIVER -Start $Start -ResultSize Unlimited |
        Sort-Object Timestamp -Descending)

    if ($PSCmdlet.PagingParameters.IncludeTotalCount) {
        $PSCmdlet.PagingParameters.NewTotalCount([uint64]$events.Count, 1.0)
    }

    $skip = [int]$PSCmdlet.PagingParameters.Skip
    $first = [math]::Min([uint64]$PSCmdlet.PagingParameters.First, [uint64]([math]::Max(0, $events.Count - $skip)))
    if ($first -le 0) { return }

    $events[$skip..($skip + $first - 1)] | Select-Object Timestamp, Sender, MessageSubject, TotalBytes
}

Get-DeliveredMessage -Recipient 'ceo@contoso.com' -First 20 -IncludeTotalCount
Get-DeliveredMessage -Recipient 'ceo@contoso.com' -Skip 20 -First 20
