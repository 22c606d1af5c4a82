# Shows the newest and oldest queue errors, using array slices and negative indexes.
$errorsByTime = Get-TransportService | ForEach-Object { Get-Queue -Server $_.Name } |
    Where-Object { $_.LastError } |
    Sort-Object LastRetryTime

if (-not $errorsByTime) {
    'No queue has a last error.'
    return
}

$list = @($errorsByTime)
$first = $list[0..([math]::Min(4, $list.Count - 1))]
$last = $list[-1]

"Oldest errors:"
$first | ForEach-Object { '  {0:g} {1}: {2}' -f $_.LastRetryTime, $_.Identity, $_.LastError }

"Newest error:"
'  {0:g} {1}: {2}' -f $last.LastRetryTime, $last.Identity, $last.LastError

# Every other queue, for a quick sample of a long list.
$sample = for ($i = 0; $i -lt $list.Count; $i += 2) { $list[$i] }
"Sample of $(@($sample).Count) of $($list.Count) queues: $(($sample | ForEach-Object Identity) -join ', ')"

# Reverse order without sorting again.
[array]::Reverse($list)
"Most recent first: $($list[0].Identity)"
