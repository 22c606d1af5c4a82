# Counts tracking events per EventId and Source, then looks at a few specific ones separately.
param([int]$Hours = 24)

$start = (Get-Date).AddHours(-$Hours)
$all = Get-TransportService | Get-MessageTrackingLog -Start $start -ResultSize Unlimited

$all | Group-Object EventId, Source -NoElement | Sort-Object Count -Descending | Format-Table Count, Name -AutoSize

$interesting = 'DEFER', 'DSN', 'EXPAND', 'REDIRECT', 'RESUBMIT', 'POISONMESSAGE', 'BADMAIL', 'DROP', 'HAREDIRECTFAIL', 'THROTTLE'
foreach ($id in $interesting) {
    $n = @(Get-MessageTrackingLog -Start $start -EventId $id -ResultSize Unlimited).Count
    if ($n) { '{0,-15} {1,6}' -f $id, $n }
}

# Messages that came in through the pickup directory or a foreign connector gateway.
Get-MessageTrackingLog -Start $start -Source PICKUP -EventId RECEIVE -ResultSize 50 | Select-Object Timestamp, Sender, MessageSubject
Get-MessageTrackingLog -Start $start -Source GATEWAY -ResultSize 50 | Select-Object Timestamp, EventId, Recipients
Get-MessageTrackingLog -Start $start -Source STOREDRIVER -EventId SUBMIT -ResultSize 50 | Select-Object Timestamp, Sender
Get-MessageTrackingLog -Start $start -Source AGENT -EventId AGENTINFO -ResultSize 20 | Select-Object Timestamp, Source, SourceContext
