#requires -Version 7.0
# Counting with narrow unsigned types: the suffixes make the type explicit.
[byte] $value = 250uy
for ($i = 0uy; $i -lt 5uy; $i++) {
    $value = [byte](($value + 2uy) % 256)
    "step $i value $value"
}

$limit = 1000us
$total = 0ul
foreach ($n in 1..10) { $total += [ulong]$n * $limit }
"total $total ($($total.GetType().Name))"
$factorial = 1n
foreach ($k in 1n..25n) { $factorial *= $k }
"25! = $factorial"
