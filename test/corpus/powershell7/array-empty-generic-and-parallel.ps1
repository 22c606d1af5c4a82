#requires -Version 7.3
$results = [array]::Empty[object]()
$batches = 1..4 | ForEach-Object -Parallel {
    [pscustomobject]@{ Batch = $_; Thread = [System.Threading.Thread]::CurrentThread.ManagedThreadId }
} -ThrottleLimit 2
$results += $batches
$results | Sort-Object Batch | Format-Table
[System.Linq.Enumerable]::ToArray[object]($results).Length
