# "filter" functions run their body once per pipeline object with $_ set, a compact old idiom.
filter Select-LargeMessage {
    param([long]$MinimumBytes = 10MB)
    if ($_.TotalBytes -ge $MinimumBytes) { $_ }
}

filter Add-SizeMB {
    $_ | Add-Member -NotePropertyName SizeMB -NotePropertyValue ([math]::Round($_.TotalBytes / 1MB, 1)) -PassThru
}

$start = (Get-Date).AddDays(-1)
Get-TransportService |
    Get-MessageTrackingLog -Start $start -EventId DELIVER -ResultSize Unlimited |
    Select-LargeMessage -MinimumBytes 20MB |
    Add-SizeMB |
    Sort-Object SizeMB -Descending |
    Select-Object -First 30 Timestamp, Sender, @{ n = 'To'; e = { $_.Recipients[0] } }, MessageSubject, SizeMB |
    Format-Table -AutoSize
