# Histogram of delivered message sizes in powers of two, drawn with string multiplication.
param([int]$Hours = 24, [int]$BarWidth = 50)

$sizes = Get-TransportService |
    Get-MessageTrackingLog -Start (Get-Date).AddHours(-$Hours) -EventId DELIVER -ResultSize Unlimited |
    Select-Object -ExpandProperty TotalBytes

$buckets = @{}
foreach ($s in $sizes) {
    $exp = if ($s -gt 0) { [math]::Floor([math]::Log($s, 2)) } else { 0 }
    $buckets[[int]$exp] = 1 + [int]$buckets[[int]$exp]
}

$max = ($buckets.Values | Measure-Object -Maximum).Maximum
foreach ($exp in ($buckets.Keys | Sort-Object)) {
    $low = [math]::Pow(2, $exp)
    $label = switch ($low) {
        { $_ -ge 1MB } { '{0,6:N0} MB' -f ($_ / 1MB); break }
        { $_ -ge 1KB } { '{0,6:N0} KB' -f ($_ / 1KB); break }
        default        { '{0,6:N0} B ' -f $_ }
    }
    $len = [int][math]::Ceiling($buckets[$exp] / $max * $BarWidth)
    '{0} |{1} {2}' -f $label, ('#' * $len), $buckets[$exp]
}
"{0:N0} messages in {1} hours" -f @($sizes).Count, $Hours
