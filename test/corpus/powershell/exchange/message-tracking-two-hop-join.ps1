# Joins SEND events on the Edge-facing connector with the RECEIVE on the other side by message id,
# to measure the time messages spend between two organisations' servers.
param(
    [Parameter(Mandatory)][string]$LocalServer,
    [Parameter(Mandatory)][string]$RemoteServer,
    [int]$Hours = 1
)

$start = (Get-Date).AddHours(-$Hours)
$sent = @{}
Get-MessageTrackingLog -Server $LocalServer -Start $start -EventId SEND -ResultSize Unlimited | ForEach-Object {
    if (-not $sent.ContainsKey($_.MessageId)) { $sent[$_.MessageId] = $_.Timestamp }
}

$pairs = Get-MessageTrackingLog -Server $RemoteServer -Start $start -EventId RECEIVE -ResultSize Unlimited |
    Where-Object { $sent.ContainsKey($_.MessageId) } |
    ForEach-Object {
        [pscustomobject]@{
            MessageId = $_.MessageId
            Sent      = $sent[$_.MessageId]
            Received  = $_.Timestamp
            Seconds   = ($_.Timestamp - $sent[$_.MessageId]).TotalSeconds
        }
    }

$pairs | Measure-Object -Property Seconds -Average -Maximum -Minimum |
    Select-Object Count, @{ n = 'Avg s'; e = { [math]::Round($_.Average, 1) } }, Minimum, Maximum
$pairs | Sort-Object Seconds -Descending | Select-Object -First 10 | Format-Table -AutoSize
