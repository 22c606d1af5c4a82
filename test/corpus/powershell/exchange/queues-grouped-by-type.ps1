# Queues shown in one table per delivery type; the group label is computed, so -GroupBy gets a
# hashtable (the input is sorted by the same value first).
$queues = Get-TransportService | ForEach-Object { Get-Queue -Server $_.Name }

$queues |
    Sort-Object DeliveryType, Identity |
    Format-Table -Property Identity, Status, MessageCount, NextHopDomain -AutoSize `
        -GroupBy @{ Label = 'Delivery type'; Expression = { "$($_.DeliveryType)" } }

$queues |
    Sort-Object { $_.Identity.ToString().Split('\')[0] } |
    Format-List -Property Identity, MessageCount -GroupBy @{ Name = 'Server'; Expression = { $_.Identity.ToString().Split('\')[0] } }

# A summary line per delivery type for the ticket.
$queues | Group-Object { "$($_.DeliveryType)" } | ForEach-Object {
    $messages = ($_.Group | Measure-Object MessageCount -Sum).Sum
    '{0,-32} {1,4} queues {2,7} messages' -f $_.Name, $_.Count, $messages
}
