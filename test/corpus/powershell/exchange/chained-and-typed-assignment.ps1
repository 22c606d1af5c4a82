# Assignment forms: chained, typed, multiple targets, and assignment inside a condition.
$warn = $crit = 0
[int]$limit = '250'
[string[]]$servers = 'EX01', 'EX02'
[datetime]$since = '2024-01-01'
$first, $second, $rest = 1, 2, 3, 4, 5

foreach ($s in $servers) {
    if (($count = (Get-Queue -Server $s | Measure-Object MessageCount -Sum).Sum) -gt $limit) {
        $crit++
        Write-Host "$s : $count (over $limit)" -ForegroundColor Red
    }
    elseif ($count -gt ($limit / 2)) {
        $warn++
        Write-Host "$s : $count" -ForegroundColor Yellow
    }
}

"warn=$warn crit=$crit since=$($since.ToString('d')) first=$first second=$second rest=$($rest -join ',')"
[bool]$healthy = $crit -eq 0
if (-not $healthy) { exit 2 }
