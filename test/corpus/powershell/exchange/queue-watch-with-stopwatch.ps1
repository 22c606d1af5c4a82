[CmdletBinding()]
param(
    [string]$Queue = "$env:COMPUTERNAME\Submission",
    [int]$Samples = 12,
    [int]$IntervalSeconds = 5
)

# Samples a queue's message count and estimates the drain rate.
$timer = [System.Diagnostics.Stopwatch]::StartNew()
$points = @()

for ($i = 1; $i -le $Samples; $i++) {
    $q = Get-Queue -Identity $Queue -ErrorAction Stop
    $points += [pscustomobject]@{ Seconds = $timer.Elapsed.TotalSeconds; Count = $q.MessageCount }
    Write-Progress -Activity "Sampling $Queue" -Status "$($q.MessageCount) messages" -PercentComplete ($i * 100 / $Samples)
    if ($i -lt $Samples) { Start-Sleep -Seconds $IntervalSeconds }
}
$timer.Stop()
Write-Progress -Activity "Sampling $Queue" -Completed

$firstPoint = $points[0]
$lastPoint = $points[-1]
$elapsed = $lastPoint.Seconds - $firstPoint.Seconds
$rate = if ($elapsed -gt 0) { ($firstPoint.Count - $lastPoint.Count) / $elapsed } else { 0 }

$points | Format-Table @{ n = 'T+ (s)'; e = { '{0:N0}' -f $_.Seconds } }, Count -AutoSize
if ($rate -gt 0) {
    'Draining at {0:N1} msg/s; empty in about {1:N0} s' -f $rate, ($lastPoint.Count / $rate)
}
elseif ($rate -lt 0) {
    'Growing at {0:N1} msg/s' -f (-$rate)
}
else {
    'Not moving.'
}
