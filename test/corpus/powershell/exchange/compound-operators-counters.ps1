# Tallies tracking events with the compound assignment operators and increments.
$stats = @{ Received = 0; Delivered = 0; Failed = 0; Bytes = 0L }
$remaining = 1000

$events = Get-MessageTrackingLog -Start (Get-Date).AddHours(-1) -ResultSize $remaining
foreach ($e in $events) {
    switch ($e.EventId) {
        'RECEIVE' { $stats.Received++ ; $stats.Bytes += $e.TotalBytes }
        'DELIVER' { $stats.Delivered += 1 }
        'FAIL'    { $stats['Failed'] += 1 }
    }
    $remaining--
}

$average = 0
if ($stats.Received) {
    $average = $stats.Bytes
    $average /= $stats.Received
}
$kb = $stats.Bytes
$kb /= 1KB
$percentFailed = 0
if ($events.Count) { $percentFailed = $stats.Failed * 100; $percentFailed /= $events.Count }
$slots = 17; $slots %= 5; $slots *= 3; $slots -= 1

'Received {0}, delivered {1}, failed {2} ({3:N1}%)' -f $stats.Received, $stats.Delivered, $stats.Failed, $percentFailed
'Average size {0:N0} bytes, total {1:N0} KB' -f $average, $kb
"Unused result slots: $remaining; arithmetic check: $slots; pre-increment: $(++$slots)"
