# Measures delivery latency: time from RECEIVE (SMTP) to DELIVER for each message id,
# then shows percentiles. Large result sets: restrict -Hours.
param(
    [int]$Hours = 2,
    [string]$Server = $env:COMPUTERNAME
)

$start = (Get-Date).AddHours(-$Hours)
$events = Get-MessageTrackingLog -Server $Server -Start $start -ResultSize Unlimited |
    Where-Object { ($_.EventId -eq 'RECEIVE' -and $_.Source -eq 'SMTP') -or $_.EventId -eq 'DELIVER' }

$received = @{}
$latencies = New-Object 'System.Collections.Generic.List[double]'

foreach ($e in ($events | Sort-Object Timestamp)) {
    $id = $e.MessageId
    if ($e.EventId -eq 'RECEIVE') {
        if (-not $received.ContainsKey($id)) { $received[$id] = $e.Timestamp }
    }
    elseif ($received.ContainsKey($id)) {
        $latencies.Add(($e.Timestamp - $received[$id]).TotalSeconds)
        $received.Remove($id)
    }
}

if ($latencies.Count -eq 0) {
    Write-Warning 'No message was both received and delivered in the window.'
    return
}

$sorted = $latencies.ToArray()
[Array]::Sort($sorted)

function Get-Percentile([double[]]$Values, [double]$P) {
    $index = [math]::Ceiling($P / 100 * $Values.Length) - 1
    return $Values[[math]::Max(0, $index)]
}

foreach ($p in 50, 90, 95, 99) {
    "P{0}: {1:N1} s" -f $p, (Get-Percentile $sorted $p)
}
"Max: {0:N1} s over {1} messages" -f $sorted[-1], $sorted.Length
