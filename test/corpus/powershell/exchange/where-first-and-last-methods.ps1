# The .Where() method's selection modes: First, Last, SkipUntil, Until, Split.
$queues = @(Get-Queue | Sort-Object MessageCount -Descending)

$firstRetry = $queues.Where({ $_.Status -eq 'Retry' }, 'First')
$lastTwoActive = $queues.Where({ $_.Status -eq 'Active' }, 'Last', 2)
$fromFirstEmpty = $queues.Where({ $_.MessageCount -eq 0 }, 'SkipUntil')
$untilFirstEmpty = $queues.Where({ $_.MessageCount -eq 0 }, 'Until')
$external, $internal = $queues.Where({ $_.DeliveryType -like 'Dns*' -or $_.DeliveryType -like 'Smart*' }, 'Split')

"First queue in Retry: $(if ($firstRetry) { $firstRetry[0].Identity } else { 'none' })"
"Last two active: $(($lastTwoActive | ForEach-Object Identity) -join ', ')"
"Queues with messages: $($untilFirstEmpty.Count); empty ones: $($fromFirstEmpty.Count)"
"External next hops: $($external.Count); internal: $($internal.Count)"

# .ForEach() with a property name and with a method name.
$names = $queues.ForEach('Identity')
$upper = $queues.ForEach({ "$($_.NextHopDomain)" }).ForEach('ToUpperInvariant')
$names | Select-Object -First 3
$upper | Select-Object -Unique -First 5
