# Buckets messages waiting in queues by age, using an enum for the buckets.
enum AgeBucket {
    UnderFiveMinutes
    UnderOneHour
    UnderOneDay
    OverOneDay
}

function Get-AgeBucket {
    param([timespan]$Age)
    if ($Age.TotalMinutes -lt 5) { return [AgeBucket]::UnderFiveMinutes }
    if ($Age.TotalHours -lt 1) { return [AgeBucket]::UnderOneHour }
    if ($Age.TotalDays -lt 1) { return [AgeBucket]::UnderOneDay }
    return [AgeBucket]::OverOneDay
}

$now = Get-Date
$counts = [ordered]@{}
foreach ($name in [enum]::GetNames([AgeBucket])) { $counts[$name] = 0 }

Get-TransportService | ForEach-Object {
    Get-Message -Server $_.Name -ResultSize Unlimited -ErrorAction SilentlyContinue
} | ForEach-Object {
    $bucket = Get-AgeBucket -Age ($now - $_.DateReceived)
    $counts[$bucket.ToString()]++
}

$counts.GetEnumerator() | ForEach-Object {
    $colour = if ($_.Key -eq 'OverOneDay' -and $_.Value -gt 0) { 'Red' } else { 'White' }
    Write-Host ('{0,-18}{1,8}' -f $_.Key, $_.Value) -ForegroundColor $colour
}
