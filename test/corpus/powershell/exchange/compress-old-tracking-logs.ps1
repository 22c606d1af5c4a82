# Zips message tracking logs older than a month into one archive per month, then removes them.
param(
    [string]$LogPath = (Get-TransportService -Identity $env:COMPUTERNAME).MessageTrackingLogPath.PathName,
    [string]$ArchivePath = 'D:\LogArchive\MessageTracking'
)

if (-not (Test-Path $ArchivePath)) {
    New-Item -ItemType Directory -Path $ArchivePath -Force > $null
}

$old = Get-ChildItem -Path $LogPath -Filter 'MSGTRK*.LOG' |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddMonths(-1) }

$byMonth = $old | Group-Object { $_.LastWriteTime.ToString('yyyy-MM') }

foreach ($month in $byMonth) {
    $zip = Join-Path $ArchivePath "MSGTRK_$($month.Name).zip"
    Write-Host "Archiving $($month.Count) files to $zip"
    Compress-Archive -Path $month.Group.FullName -DestinationPath $zip -Update
    if (Test-Path $zip) {
        $month.Group | Remove-Item -Force
    }
}
