using namespace System.Collections.Generic
using namespace System.Linq

class QueueWatcher {
    [Dictionary[string, int]] $Counts = [Dictionary[string, int]]::new([StringComparer]::OrdinalIgnoreCase)
    [HashSet[string]] $Seen = [HashSet[string]]::new()
    [Queue[string]] $Pending = [Queue[string]]::new()

    [void] Observe([string] $queue, [int] $messages) {
        $this.Counts[$queue] = $messages
        if ($this.Seen.Add($queue)) {
            $this.Pending.Enqueue($queue)
        }
    }

    [KeyValuePair[string, int][]] Busiest([int] $top) {
        $ordered = $this.Counts.GetEnumerator() | Sort-Object -Property Value -Descending | Select-Object -First $top
        return [KeyValuePair[string, int][]] @($ordered)
    }
}

$w = [QueueWatcher]::new()
$w.Observe('contoso.com', 12)
$w.Observe('fabrikam.com', 480)
$w.Observe('CONTOSO.COM', 15)
$w.Observe('Submission', 3)

foreach ($pair in $w.Busiest(2)) {
    '{0} has {1} messages' -f $pair.Key, $pair.Value
}
while ($w.Pending.Count -gt 0) {
    "first seen: $($w.Pending.Dequeue())"
}
$numbers = [List[int]]::new([int[]](1..10))
[Enumerable]::Sum($numbers)
$numbers.RemoveAll({ param($n) $n % 2 -eq 0 }) | Out-Null
$numbers -join ','
