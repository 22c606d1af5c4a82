$servers = 'ex01', 'ex02', 'ex03'
$queues = @{
    ex01 = @(5, 0, 12)
    ex02 = @(0, 0)
    ex03 = @(900, 3)
}

# for with several parts and a label
:outer for ($i = 0; $i -lt $servers.Count; $i++) {
    $server = $servers[$i]
    :inner foreach ($count in $queues[$server]) {
        if ($count -eq 0) { continue inner }
        if ($count -gt 500) {
            Write-Warning "$server has a queue of $count; stopping the scan"
            break outer
        }
        "$server queue $count"
    }
}

# while with a compound condition
$attempt = 0
$connected = $false
while (-not $connected -and $attempt -lt 3) {
    $attempt++
    $connected = ($attempt -eq 2)
    "attempt $attempt connected=$connected"
}

# do-while and do-until
$n = 10
do {
    $n -= 3
} while ($n -gt 0)
"do-while ended at $n"

$value = 1
do { $value *= 2 } until ($value -ge 100)
"do-until ended at $value"

# for with empty parts
$k = 0
for (;;) {
    if (++$k -ge 5) { break }
}
"infinite for stopped at $k"

# foreach over a pipeline expression and a range
foreach ($p in Get-ChildItem -Path $env:TEMP -File | Select-Object -First 3) { $p.Name }
foreach ($h in 0..23) { if ($h % 6) { continue }; "hour $h" }

# labelled while with continue
$rows = 1..4
$index = -1
:scan while (++$index -lt $rows.Length) {
    switch ($rows[$index]) { 2 { continue scan } }
    "row $($rows[$index])"
}
